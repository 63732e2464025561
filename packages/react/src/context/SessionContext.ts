'use client'
import { createContext } from 'react'

/** What a `<SessionGuard>` knows about the session, for the components below it (`useSession()`). */
export interface SessionInfo {
  /**
   * `active`; `renewing` while `login.refresh()` runs after a 401; `expired` from a 401 that could not be renewed
   * until the user signs in again.
   */
  readonly state: 'active' | 'renewing' | 'expired'
  /** When the session was last renewed after a 401 (epoch ms), so a save that failed before can say it is not saved. */
  readonly renewedAt: number | undefined
}

/** `null` outside a `<SessionGuard>`. */
export const SessionContext = /* @__PURE__ */ createContext<SessionInfo | null>(null)
