'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useCountdownModel } from './useCountdownModel'

/**
 * 429: "Too many requests" and when the user can try again: the clock time first, a countdown beside it (for
 * waits within five minutes), "Try again" inactive until then, and one try by itself a moment after that time,
 * which the user can stop (WCAG 2.2.1). Without a time from the server, no invented countdown: the page says it
 * will try again by itself and paces those attempts. See `useCountdownModel`.
 */
export function RateLimitedPage(props: PageProps) {
  return <StatusLayout {...props} model={useCountdownModel(props, 'rateLimited')} />
}
