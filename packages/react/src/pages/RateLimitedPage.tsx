'use client'
import { CountdownPage } from './CountdownPage'
import type { PageProps } from './PageProps'

/**
 * 429: "Too many requests" and when the user can try again: the clock time first, a countdown beside it (for
 * waits within five minutes). "Try again" is disabled while counting; at zero the page tries again by itself,
 * once (`reset({ automatic: true })`), unless paused (WCAG 2.2.2). The wait is the server's `retryAt`, else
 * the retry policy's first delay, fixed once per error.
 */
export function RateLimitedPage(props: PageProps) {
  return <CountdownPage {...props} section="rateLimited" rateLimited />
}
