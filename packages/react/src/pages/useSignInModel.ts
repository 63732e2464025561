'use client'
import { useSignIn } from '../context/useSignIn'
import { useStatusKit } from '../context/useStatusKit'
import type { PageProps } from './PageProps'
import type { StatusPageModel } from './StatusPageModel'
import { signInAction } from './signInAction'
import { usePageModel } from './usePageModel'

/**
 * 401: "Sign in to continue" and its one action. With the provider's `login.href`, a link that brings the user
 * back here (`returnTo`). With `login.onLogin`, a button that awaits it (one attempt at a time; "Signing in…" below
 * it meanwhile, and a message when it fails), then resets, so what failed is fetched again.
 */
export function useSignInModel(props: PageProps): StatusPageModel {
  const model = usePageModel(props, 'unauthorized')
  const { messages, login } = useStatusKit()
  const m = messages.unauthorized
  const signIn = useSignIn(login, props.reset)
  const pending = signIn.state === 'pending'
  return {
    ...model,
    actions: [signInAction(signIn, m)],
    statusMessage: pending ? m.signingIn : signIn.state === 'failed' ? m.signInFailed : model.statusMessage,
    state: signIn.state,
  }
}
