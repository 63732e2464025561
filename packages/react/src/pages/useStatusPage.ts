'use client'
import type { PageProps } from './PageProps'
import type { StatusPageModel } from './StatusPageModel'
import { useBadRequestModel } from './useBadRequestModel'
import { useCountdownModel } from './useCountdownModel'
import { useOfflineModel } from './useOfflineModel'
import { usePageModel } from './usePageModel'
import { useSignInModel } from './useSignInModel'
import { variantForError } from './variantForError'

/**
 * Everything the built-in page for `error` shows and does, for a design system that renders its own markup: the
 * heading and body in the provider's language, the server's words (4xx only), field errors, the time to come back
 * and the countdown, the actions with their handlers (links have `href`), the status line, what a polite live
 * region should say, and the reference line. The built-in pages are this model rendered by one layout; use it the
 * same way (focus the `h1` of a full page on mount, keep the status line's space, render server text as text).
 *
 * Pass what a boundary passes a fallback (`{ error, reset, headingLevel }`); the page retries by itself only as a
 * boundary's fallback. Use it inside a fallback, a route's error component, or with `toStatusError(value)`.
 */
export function useStatusPage(props: PageProps): StatusPageModel {
  const variant = variantForError(props.error)
  // Every part runs on every render (hooks cannot be skipped); only the error's own part is active.
  const countdown = useCountdownModel(
    props,
    variant === 'serviceUnavailable' ? variant : 'rateLimited',
    variant === 'serviceUnavailable' || variant === 'rateLimited',
  )
  const offline = useOfflineModel(props, variant === 'offline')
  const signIn = useSignInModel(props)
  const badRequest = useBadRequestModel(props)
  const page = usePageModel(props, variant)
  return variant === 'serviceUnavailable' || variant === 'rateLimited'
    ? countdown
    : variant === 'offline'
      ? offline
      : variant === 'unauthorized'
        ? signIn
        : variant === 'badRequest'
          ? badRequest
          : page
}
