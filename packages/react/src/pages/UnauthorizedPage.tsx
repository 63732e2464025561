'use client'
import { useSignIn } from '../useSignIn'
import { useStatusKit } from '../useStatusKit'
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
  const { state, href, signIn } = useSignIn(login, props.reset)
  const pending = state === 'pending'
  const className = 'sk-button sk-button--primary'
  return (
    <StatusLayout
      {...props}
      section="unauthorized"
      state={state}
      defaultActions={[
        href === undefined ? (
          <button
            key="sign-in"
            type="button"
            className={className}
            // aria-disabled rather than disabled keeps focus on the button while signing in.
            aria-disabled={pending || undefined}
            onClick={signIn}
          >
            {m.signIn}
          </button>
        ) : (
          <a key="sign-in" className={className} href={href}>
            {m.signIn}
          </a>
        ),
      ]}
      serverText
    >
      <p className="sk-sign-in-status" role="status">
        {pending ? m.signingIn : null}
      </p>
      {state === 'failed' ? (
        <p className="sk-sign-in-error" role="alert">
          {m.signInFailed}
        </p>
      ) : null}
    </StatusLayout>
  )
}
