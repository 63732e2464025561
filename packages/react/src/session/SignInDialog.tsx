'use client'
import { useId } from 'react'
import type { LoginOptions } from '../context/LoginOptions'
import { useStatusKit } from '../context/useStatusKit'
import { SignInButton } from './SignInButton'
import { SignInFeedback } from './SignInFeedback'
import { useFocusTrap } from './useFocusTrap'
import { useSignIn } from './useSignIn'

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
  const signIn = useSignIn(login, onSignedIn)
  const ref = useFocusTrap<HTMLDivElement>()
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
        data-state={signIn.state}
        tabIndex={-1}
      >
        <h2 id={titleId} className="sk-heading">
          {m.title}
        </h2>
        <p id={descriptionId} className="sk-description">
          {m.description}
        </p>
        <div className="sk-actions">
          <SignInButton signIn={signIn} label={m.signIn} />
        </div>
        <SignInFeedback state={signIn.state} messages={m} />
      </div>
    </div>
  )
}
