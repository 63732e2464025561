'use client'
import { createContext } from 'react'

/** What a boundary offers the components below it (and its own fallback): `useStatusBoundary()` reads it. */
export interface StatusBoundaryApi {
  /** A user's reset: always honoured, and it clears the count of automatic resets. */
  reset: () => void
}

/** `null` outside any `<StatusBoundary>`, so misuse can fail loudly. */
export const StatusBoundaryContext = createContext<StatusBoundaryApi | null>(null)
StatusBoundaryContext.displayName = 'StatusBoundaryContext'
