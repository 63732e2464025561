'use client'
import { useQueryClient } from '@tanstack/react-query'
import { type ReactNode, useContext, version } from 'react'
import { ErrorReporterContext } from '../context/ErrorReporterContext'
import type { LoginOptions } from '../context/LoginOptions'
import { useStatusKit } from '../context/useStatusKit'
import { useQueryFailureReports } from '../query/useQueryFailureReports'
import { SignInDialog } from './SignInDialog'
import { useSessionExpiry } from './useSessionExpiry'

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
 * Keeps the page when the session ends: when any query or mutation of the QueryClient fails with 401, one
 * sign-in dialog opens over the page, which stays mounted (nothing typed is lost). After `login.onLogin()`
 * resolves, the queries that failed with 401 fetch again and the dialog closes; a failed mutation is not
 * replayed, its form still holds the input. With `login.href` the dialog links to the login page with a safe
 * `returnTo`. Inside it, 401s never go to error boundaries. Needs a `QueryClientProvider` above it.
 */
export function SessionGuard({ children, login }: SessionGuardProps) {
  const client = useQueryClient()
  const kit = useStatusKit()
  const { state, renew } = useSessionExpiry(client)
  useQueryFailureReports(client, useContext(ErrorReporterContext))
  const expired = state === 'expired'
  return (
    <>
      {/* inert keeps the page out of reach of the keyboard and assistive technology while the dialog is open,
          without unmounting it. */}
      <div
        className="sk-session-content"
        style={{ display: 'contents' }}
        inert={expired ? inertValue() : undefined}
      >
        {children}
      </div>
      {expired ? <SignInDialog login={login ?? kit.login} onSignedIn={renew} /> : null}
    </>
  )
}
