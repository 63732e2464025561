'use client'
import { useId, useRef } from 'react'
import type { LoginOptions } from '../context/LoginOptions'
import { useSignIn } from '../context/useSignIn'
import { useStatusKit } from '../context/useStatusKit'
import { StatusActions } from '../pages/StatusActions'
import { signInAction } from '../pages/signInAction'
import { useFocusTrap } from './useFocusTrap'

export interface SignInDialogProps {
  login: LoginOptions | undefined
  /** Called once `login.onLogin()` resolved. */
  onSignedIn: () => void
}

/**
 * The modal sign-in prompt of `<SessionGuard>`: focus goes to its heading (never to an action, so a keystroke meant
 * for the page cannot sign in or navigate away), stays inside, and goes back where it was when the dialog closes.
 * It does not close on Escape: closing it without signing in would leave the page failing.
 */
export function SignInDialog({ login, onSignedIn }: SignInDialogProps) {
  const { messages } = useStatusKit()
  const m = messages.unauthorized
  const titleId = useId()
  const descriptionId = useId()
  const signIn = useSignIn(login, onSignedIn)
  const heading = useRef<HTMLHeadingElement>(null)
  const ref = useFocusTrap<HTMLDivElement>(heading)
  const pending = signIn.state === 'pending'
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
        data-variant="unauthorized"
        data-state={signIn.state}
      >
        <h2 id={titleId} className="sk-heading" ref={heading} tabIndex={-1}>
          {m.title}
        </h2>
        <p id={descriptionId} className="sk-description">
          {m.dialogDescription}
        </p>
        <StatusActions actions={[signInAction(signIn, m)]} />
        <p className="sk-status" role="status">
          {pending ? m.signingIn : signIn.state === 'failed' ? m.signInFailed : null}
        </p>
      </div>
    </div>
  )
}
