'use client'
import { useStatusKit } from '../context/useStatusKit'
import { SignInButton } from '../session/SignInButton'
import { SignInFeedback } from '../session/SignInFeedback'
import { useSignIn } from '../session/useSignIn'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * 401: "Sign in to continue". With the provider's `login.href`, a "Sign in" link that brings the user back
 * here (`returnTo`). With `login.onLogin`, a "Sign in" button that awaits it (one attempt at a time, with a
 * pending message and a message when it fails), then resets the boundary so what failed is fetched again.
 */
export function UnauthorizedPage(props: PageProps) {
  const { messages, login } = useStatusKit()
  const m = messages.unauthorized
  const signIn = useSignIn(login, props.reset)
  return (
    <StatusLayout
      {...props}
      section="unauthorized"
      state={signIn.state}
      defaultActions={[<SignInButton key="sign-in" signIn={signIn} label={m.signIn} />]}
      serverText
    >
      <SignInFeedback state={signIn.state} messages={m} />
    </StatusLayout>
  )
}
