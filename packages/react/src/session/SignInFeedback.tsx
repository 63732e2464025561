'use client'
import type { Messages } from '../i18n/Messages'
import type { SignInState } from './useSignIn'

/** What a sign-in attempt is doing: a polite "Signing in…" while pending, an alert when it failed. */
export function SignInFeedback({
  state,
  messages,
}: {
  state: SignInState
  messages: Messages['unauthorized']
}) {
  return (
    <>
      <p className="sk-sign-in-status" role="status">
        {state === 'pending' ? messages.signingIn : null}
      </p>
      {state === 'failed' ? (
        <p className="sk-sign-in-error" role="alert">
          {messages.signInFailed}
        </p>
      ) : null}
    </>
  )
}
