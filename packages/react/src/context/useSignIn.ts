'use client'
import { safeReturnTo } from '@statuskit/core'
import { useEffect, useRef, useState } from 'react'
import type { LoginOptions } from './LoginOptions'

/** `idle` (ready), `pending` (waiting for `onLogin`), or `failed` (it rejected; the user can try again). */
type SignInState = 'idle' | 'pending' | 'failed'

export interface SignIn {
  readonly state: SignInState
  /** The login page with the return path, for `login.href`; undefined otherwise. */
  readonly href: string | undefined
  /** Runs `login.onLogin` (ignored while one is pending), then `reset()`; without `login`, reloads the page. */
  readonly signIn: () => void
}

function loginHref(href: string, returnToParam: string | undefined): string {
  try {
    const url = new URL(href, location.href)
    if (!/^https?:$/.test(url.protocol)) return href
    // The current address, checked by the core like any return path: `/.//evil.com` must not become `//evil.com`.
    const path = safeReturnTo(location.href, location.origin)
    url.searchParams.set(returnToParam || 'returnTo', path)
    return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : url.href
  } catch {
    return href
  }
}

/**
 * The 401 page's sign-in action. With `login.href`, a link whose `returnTo` (or `returnToParam`) holds the
 * current path, search and hash as a same-origin path, filled in after mount (the server cannot know the
 * browser's address). With `login.onLogin`, an action that awaits it once at a time, then calls `reset`.
 */
export function useSignIn(login: LoginOptions | undefined, reset: () => void): SignIn {
  const [state, setState] = useState<SignInState>('idle')
  const plainHref = login?.href
  const returnToParam = login?.returnToParam
  const [href, setHref] = useState(plainHref)
  useEffect(() => {
    const update = (): void => setHref(plainHref && loginHref(plainHref, returnToParam))
    update()
    if (plainHref === undefined) return
    addEventListener('hashchange', update)
    addEventListener('popstate', update)
    return () => {
      removeEventListener('hashchange', update)
      removeEventListener('popstate', update)
    }
  }, [plainHref, returnToParam])

  const pending = useRef(false)

  const signIn = (): void => {
    if (!login?.onLogin) {
      // No way to sign in was configured: a reload lets the app's own sign-in redirect run.
      if (!login?.href) location.reload()
      return
    }
    if (pending.current) return
    pending.current = true
    setState('pending')
    const settle = (next: SignInState): void => {
      pending.current = false
      setState(next)
    }
    // The executor runs synchronously, inside the click, so a popup opened by onLogin is not blocked; a
    // synchronous throw becomes a rejection.
    new Promise<void>((resolve) => resolve(login.onLogin())).then(
      () => {
        settle('idle')
        reset()
      },
      () => settle('failed'),
    )
  }

  return { state, href: login?.onLogin ? undefined : href, signIn }
}
