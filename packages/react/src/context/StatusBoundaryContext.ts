'use client'
import type { StatusError } from '@statuskit/core'
import { createContext } from 'react'
import type { ResetOptions } from './FallbackProps'

/** What a boundary offers the components below it (and its own fallback): `useStatusBoundary()` reads it. */
export interface StatusBoundaryApi {
  /** A user's reset (always honoured; it clears the count of automatic resets), or an automatic one. */
  reset: (options?: ResetOptions) => void
  /**
   * Shows `error` in this boundary, whatever other error boundaries sit between it and the caller. From a
   * boundary's own fallback, the next `<StatusBoundary>` up shows it.
   */
  showError: (error: unknown) => void
  /**
   * The error the boundary shows, set only for its fallback: a plain-element fallback such as
   * `<StatusPage />` reads it, and resets the boundary instead of reloading the page.
   */
  error?: StatusError | undefined
  /**
   * For its fallback: automatic resets already done in a row, and how many more will be honoured. A page that
   * retries by itself says so only while one is left, and paces its waits by the number done.
   */
  automaticResets?: { readonly done: number; readonly left: number } | undefined
  /**
   * For its fallback: when the user last pressed "Try again" (epoch ms), if the error now shown came back after
   * it, so the page can say that it tried ("Still not working. We tried again at 14:33.").
   */
  retriedAt?: number | undefined
  /** For a fallback whose reset takes a while (a router revalidating): true until it settles. */
  retrying?: boolean | undefined
  /**
   * For its fallback: a ref for the fallback's root element. When the boundary recovers while focus is in the
   * fallback, focus moves to the recovered content instead of dropping to the document.
   */
  fallbackRef?: ((element: HTMLElement | null) => void) | undefined
}

/** `null` outside any `<StatusBoundary>`, so misuse can fail loudly. */
export const StatusBoundaryContext = /* @__PURE__ */ createContext<StatusBoundaryApi | null>(null)
