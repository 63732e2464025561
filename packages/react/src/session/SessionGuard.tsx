'use client'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useMemo, version } from 'react'
import type { LoginOptions } from '../context/LoginOptions'
import { SessionContext } from '../context/SessionContext'
import { useStatusKit } from '../context/useStatusKit'
import { SignInDialog } from './SignInDialog'
import { useSessionExpiry } from './useSessionExpiry'
import { useTypingPause } from './useTypingPause'

/**
 * React 19 sets `inert` from `true`; React 18 only from a string (an empty one), and warns about `true`. A function,
 * not a module-level constant, so importing the kit runs no code.
 */
function inertValue(): boolean {
  return (Number.parseInt(version, 10) >= 19 ? true : '') as boolean
}

/** Props of `<SessionGuard>`. */
export interface SessionGuardProps {
  children?: ReactNode
  /** How to sign in again; defaults to the provider's `login`. */
  login?: LoginOptions | undefined
}

/**
 * Keeps the page when the session ends. When any query or mutation of the QueryClient fails with 401, the guard
 * first renews the session silently with `login.refresh()` when there is one (once for a burst of 401s), and
 * fetches again what failed; only when that is not possible does one sign-in dialog open over the page, which
 * stays mounted (nothing typed is lost). The dialog waits until the user stops typing, opens with focus on its
 * heading (a keystroke meant for the page can never sign in or leave), says that what was typed is kept, and gives
 * focus back when it closes. After sign-in the queries that failed with 401 fetch again; a mutation runs again only
 * when it says that is safe (`meta: { resubmitAfterSignIn: true }`), else its form still holds the input and
 * `useSession().renewedAt` tells it to say the work is not saved yet.
 *
 * With `statusQueryDefaults`, the 401s it takes on never reach an error boundary. Needs a `QueryClientProvider`
 * above it.
 */
export function SessionGuard({ children, login }: SessionGuardProps) {
  const client = useQueryClient()
  const kit = useStatusKit()
  const options = login ?? kit.login
  const { state, renewedAt, renew } = useSessionExpiry(client, {
    refresh: options?.refresh,
    normalize: kit.normalize,
  })
  const expired = state === 'expired'
  const open = useTypingPause(expired) && expired
  const info = useMemo(() => ({ state, renewedAt }), [state, renewedAt])
  return (
    <SessionContext.Provider value={info}>
      {/* inert keeps the page out of reach of the keyboard and assistive technology while the dialog is open,
          without unmounting it. */}
      <div
        className="sk-session-content"
        style={{ display: 'contents' }}
        inert={open ? inertValue() : undefined}
      >
        {children}
      </div>
      {open ? <SignInDialog login={options} onSignedIn={renew} /> : null}
    </SessionContext.Provider>
  )
}
