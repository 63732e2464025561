'use client'
import type { CSSProperties } from 'react'
import { formatDuration } from '../format/formatDuration'
import { formatWhen } from '../format/formatWhen'
import { formatMessage } from '../messages/formatMessage'
import { useMounted } from '../useMounted'
import type { RetryCountdown } from '../useRetryCountdown'
import { useStatusKit } from '../useStatusKit'

const FIVE_MINUTES = 300_000
// Waits longer than this get a reminder ten seconds before the end; shorter ones would only repeat the start.
const LONG_WAIT = 20_000
const SOON = 10_000

// Inline, so the region stays hidden even without the stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  margin: -1,
  padding: 0,
  border: 0,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}

export interface CountdownTexts {
  /** Template with `{when}`. */
  at: string
  /** Template with `{duration}`. */
  timeLeft: string
  paused: string
  announceStart: string
  announceSoon: string
  announceRetrying: string
}

/**
 * When the user can go on: the clock time first, a ticking `role="timer"` beside it only when the wait is
 * within five minutes, and a polite status region that speaks three times at most: at the start, ten seconds
 * before the end of a long wait, and when the page tries again by itself.
 */
export function CountdownText({ countdown, texts }: { countdown: RetryCountdown; texts: CountdownTexts }) {
  const { messages, locale } = useStatusKit()
  const mounted = useMounted()
  const { state, deadline, remainingMs } = countdown
  if (deadline === undefined) return null
  const whenText = formatWhen(deadline, Date.now(), locale, messages.common)
  const showTimer = state !== 'done' && remainingMs <= FIVE_MINUTES

  let announcement = ''
  if (mounted) {
    if (state === 'done') announcement = texts.announceRetrying
    else if (state === 'counting' && countdown.totalMs > LONG_WAIT && remainingMs <= SOON) {
      announcement = formatMessage(texts.announceSoon, {
        duration: formatDuration(SOON, locale, messages.common),
      })
    } else announcement = formatMessage(texts.announceStart, { when: whenText })
  }

  return (
    <>
      <p className="sk-when" suppressHydrationWarning>
        {formatMessage(texts.at, { when: whenText })}
        {showTimer ? (
          <>
            {' '}
            <span className="sk-timer" role="timer" suppressHydrationWarning>
              {formatMessage(texts.timeLeft, {
                duration: formatDuration(remainingMs, locale, messages.common),
              })}
            </span>
          </>
        ) : null}
      </p>
      {state === 'paused' ? <p className="sk-paused">{texts.paused}</p> : null}
      <p className="sk-announcer" role="status" style={visuallyHidden}>
        {announcement}
      </p>
    </>
  )
}
