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
 * 503: "Sorry, the service is unavailable" and when it is back ("You can use it again from 14:30 on
 * Tuesday", for the provider's locale) whenever the server said; a countdown when that is within five minutes;
 * the page checks again by itself at that time, unless paused. Without a time, it says we do not know yet.
 */
export function ServiceUnavailablePage({
  error,
  reset,
  headingLevel,
  title,
  description,
  actions,
}: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.serviceUnavailable
  const retryAt = useRetryDeadline(error, false)
  const countdown = useRetryCountdown(retryAt, { onDone: () => reset({ automatic: true }) })
  const { state } = countdown
  const known = retryAt !== undefined
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      state={known ? state : 'unknown'}
      title={title ?? m.title}
      description={description ?? (known ? undefined : m.backUnknown)}
      actions={
        actions ?? (
          <>
            <TryAgainButton reset={reset} />
            {known ? <PauseButton countdown={countdown} /> : null}
          </>
        )
      }
    >
      <CountdownText
        countdown={countdown}
        texts={{
          at: m.backAt,
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
