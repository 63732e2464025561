'use client'
import { safeReturnTo } from '@statuskit/core'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { LoginOptions } from './LoginOptions'

/** `idle` (ready), `pending` (waiting for `onLogin`), or `failed` (it rejected; the user can try again). */
export type SignInState = 'idle' | 'pending' | 'failed'

export interface SignIn {
  readonly state: SignInState
  /** The login page with the return path, for `login.href`; undefined otherwise. */
  readonly href: string | undefined
  /** Runs `login.onLogin` (ignored while one is pending), then `reset()`; without `login`, reloads the page. */
  readonly signIn: () => void
}

function loginHref(href: string, returnToParam: string | undefined): string {
  const here = window.location
  try {
    const url = new URL(href, here.href)
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return href
    const returnTo = safeReturnTo(`${here.pathname}${here.search}${here.hash}`, here.origin)
    url.searchParams.set(returnToParam || 'returnTo', returnTo)
    return url.origin === here.origin ? `${url.pathname}${url.search}${url.hash}` : url.href
  } catch {
    return href
  }
}

/**
 * The 401 page's sign-in action. With `login.href`, a link whose `returnTo` (or `returnToParam`) holds the
 * current path, search and hash, validated as same-origin and filled in after mount (the server cannot know
 * the browser's address). With `login.onLogin`, an action that awaits it once at a time, then calls `reset`.
 */
export function useSignIn(login: LoginOptions | undefined, reset: () => void): SignIn {
  const [state, setState] = useState<SignInState>('idle')
  const plainHref = login?.href
  const returnToParam = login?.returnToParam
  const [href, setHref] = useState(plainHref)
  useEffect(() => {
    if (plainHref === undefined) {
      setHref(undefined)
      return
    }
    const update = (): void => setHref(loginHref(plainHref, returnToParam))
    update()
    window.addEventListener('hashchange', update)
    window.addEventListener('popstate', update)
    return () => {
      window.removeEventListener('hashchange', update)
      window.removeEventListener('popstate', update)
    }
  }, [plainHref, returnToParam])

  const pending = useRef(false)
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const latest = useRef({ login, reset })
  useEffect(() => {
    latest.current = { login, reset }
  })

  const signIn = useCallback(() => {
    const onLogin = latest.current.login?.onLogin
    if (onLogin === undefined) {
      // No way to sign in was configured: a reload lets the app's own sign-in redirect run.
      if (latest.current.login?.href === undefined) window.location.reload()
      return
    }
    if (pending.current) return
    pending.current = true
    setState('pending')
    let attempt: Promise<void>
    try {
      // Called synchronously, inside the click: a popup opened by onLogin is not blocked as unrequested.
      attempt = Promise.resolve(onLogin())
    } catch (error) {
      attempt = Promise.reject(error)
    }
    attempt.then(
      () => {
        pending.current = false
        if (mounted.current) setState('idle')
        latest.current.reset()
      },
      () => {
        pending.current = false
        if (mounted.current) setState('failed')
      },
    )
  }, [])

  return { state, href: login?.onLogin === undefined ? href : undefined, signIn }
}
