'use client'
import type { StatusError } from '@statuskit/core'
import { createContext } from 'react'
import type { ResetOptions } from './FallbackProps'

/** What a boundary offers the components below it (and its own fallback): `useStatusBoundary()` reads it. */
export interface StatusBoundaryApi {
  /** A user's reset (always honoured; it clears the count of automatic resets), or an automatic one. */
  reset: (options?: ResetOptions) => void
  /**
   * The error the boundary shows, set only for its fallback: a plain-element fallback such as
   * `<StatusPage />` reads it, and resets the boundary instead of reloading the page.
   */
  error?: StatusError | undefined
}

/** `null` outside any `<StatusBoundary>`, so misuse can fail loudly. */
export const StatusBoundaryContext = /* @__PURE__ */ createContext<StatusBoundaryApi | null>(null)
