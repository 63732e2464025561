'use client'
import { useStatusKit } from '../context/useStatusKit'
import type { SignIn } from './useSignIn'

/**
 * The "Sign in" action of the 401 page and of `<SessionGuard>`'s dialog: a link to `login.href`, or a button
 * that runs `login.onLogin`. While signing in it stays focusable (`aria-disabled`, not `disabled`).
 */
export function SignInButton({ signIn, label }: { signIn: SignIn; label: string }) {
  const { linkComponent: Link = 'a' } = useStatusKit()
  const className = 'sk-button sk-button--primary'
  if (signIn.href !== undefined) {
    return (
      <Link className={className} href={signIn.href}>
        {label}
      </Link>
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
