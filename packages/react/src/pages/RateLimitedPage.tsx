'use client'
import { useRetryCountdown } from '../useRetryCountdown'
import { useRetryDeadline } from '../useRetryDeadline'
import { useStatusKit } from '../useStatusKit'
import { CountdownText } from './CountdownText'
import type { PageProps } from './PageProps'
import { PauseButton } from './PauseButton'
import { StatusLayout } from './StatusLayout'
import { TryAgainButton } from './TryAgainButton'

/**
 * 429: "Too many requests" and when the user can try again: the clock time first, a countdown beside it (for
 * waits within five minutes). "Try again" is disabled while counting; at zero the page tries again by itself,
 * once (`reset({ automatic: true })`), unless paused (WCAG 2.2.2). The wait is the server's `retryAt`, else
 * the retry policy's delay, fixed once per error.
 */
export function RateLimitedPage({ error, reset, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.rateLimited
  const retryAt = useRetryDeadline(error, true)
  const countdown = useRetryCountdown(retryAt, { onDone: () => reset({ automatic: true }) })
  const { state } = countdown
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      state={state}
      title={title ?? m.title}
      description={description ?? m.description}
      actions={
        actions ?? (
          <>
            <TryAgainButton reset={reset} disabled={state === 'counting'} />
            <PauseButton countdown={countdown} />
          </>
        )
      }
      serverText
    >
      <CountdownText
        countdown={countdown}
        texts={{
          at: m.tryAgainAt,
          timeLeft: m.timeLeft,
          paused: m.paused,
          announceStart: m.announceStart,
          announceSoon: m.announceSoon,
          announceRetrying: m.announceRetrying,
        }}
      />
    </StatusLayout>
  )
}
