'use client'
import { useId } from 'react'
import type { LoginOptions } from './LoginOptions'
import { useFocusTrap } from './useFocusTrap'
import { useSignIn } from './useSignIn'
import { useStatusKit } from './useStatusKit'

export interface SignInDialogProps {
  login: LoginOptions | undefined
  /** Called once `login.onLogin()` resolved. */
  onSignedIn: () => void
}

/**
 * The modal sign-in prompt of `<SessionGuard>`: takes focus, keeps it, gives it back when it closes. It does
 * not close on Escape: closing it without signing in would leave the page failing.
 */
export function SignInDialog({ login, onSignedIn }: SignInDialogProps) {
  const { messages } = useStatusKit()
  const m = messages.unauthorized
  const titleId = useId()
  const descriptionId = useId()
  const { state, href, signIn } = useSignIn(login, onSignedIn)
  const ref = useFocusTrap<HTMLDivElement>()
  const pending = state === 'pending'
  return (
    <div className="sk-dialog-backdrop">
      <div
        ref={ref}
        className="sk-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={descriptionId}
        data-status={401}
        data-state={state}
        tabIndex={-1}
      >
        <h2 id={titleId} className="sk-heading">
          {m.title}
        </h2>
        <p id={descriptionId} className="sk-description">
          {m.description}
        </p>
        <div className="sk-actions">
          {href === undefined ? (
            <button
              type="button"
              className="sk-button sk-button--primary"
              aria-disabled={pending || undefined}
              aria-busy={pending || undefined}
              onClick={signIn}
            >
              {m.signIn}
            </button>
          ) : (
            <a className="sk-button sk-button--primary" href={href}>
              {m.signIn}
            </a>
          )}
        </div>
        <p className="sk-sign-in-status" role="status">
          {pending ? m.signingIn : null}
        </p>
        {state === 'failed' ? (
          <p className="sk-sign-in-error" role="alert">
            {m.signInFailed}
          </p>
        ) : null}
      </div>
    </div>
  )
}
