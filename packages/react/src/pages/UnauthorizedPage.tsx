'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useSignInModel } from './useSignInModel'

/**
 * 401: "Sign in to continue". With the provider's `login.href`, a "Sign in" link that brings the user back here
 * (`returnTo`). With `login.onLogin`, a "Sign in" button that awaits it (one attempt at a time, "Signing in…" under
 * it meanwhile, a message when it fails), then resets the boundary so what failed is fetched again.
 */
export function UnauthorizedPage(props: PageProps) {
  return <StatusLayout {...props} model={useSignInModel(props)} />
}
