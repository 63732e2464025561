'use client'
import type { SignIn } from './useSignIn'

/**
 * The "Sign in" action of the 401 page and of `<SessionGuard>`'s dialog: a link to `login.href`, or a button
 * that runs `login.onLogin`. While signing in it stays focusable (`aria-disabled`, not `disabled`).
 */
export function SignInButton({ signIn, label }: { signIn: SignIn; label: string }) {
  const className = 'sk-button sk-button--primary'
  if (signIn.href !== undefined) {
    return (
      <a className={className} href={signIn.href}>
        {label}
      </a>
    )
  }
  const pending = signIn.state === 'pending'
  return (
    <button
      type="button"
      className={className}
      aria-disabled={pending || undefined}
      aria-busy={pending || undefined}
      onClick={signIn.signIn}
    >
      {label}
    </button>
  )
}
