'use client'
import type { CSSProperties } from 'react'
import { useEffect, useState } from 'react'
import { useStatusKit } from '../context/useStatusKit'
import { formatDuration } from '../i18n/formatDuration'
import { formatMessage } from '../i18n/formatMessage'
import { formatWhen } from '../i18n/formatWhen'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useRetryCountdown } from './useRetryCountdown'
import { useRetryDeadline } from './useRetryDeadline'

// Inline, so the region stays hidden even without the stylesheet.
const visuallyHidden: CSSProperties = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
}

export interface CountdownPageProps extends PageProps {
  section: 'rateLimited' | 'serviceUnavailable'
  /** 429: without a server-given time, wait the retry policy's first delay, and keep "Try again" off meanwhile. */
  rateLimited?: boolean
}

/**
 * The 429 and 503 pages: when the user can go on, the clock time first ("You can try again at 14:32"), a
 * `role="timer"` countdown beside it only when that is within five minutes, a Pause control for the automatic
 * retry at zero (WCAG 2.2.2), and a polite status region that speaks three times at most: at the start, ten
 * seconds before the end of a wait longer than twenty seconds, and when the page tries again by itself.
 */
export function CountdownPage(props: CountdownPageProps) {
  const { error, reset, section, rateLimited = false } = props
  const { messages, locale } = useStatusKit()
  const m = messages[section]
  const c = messages.common
  const countdown = useRetryCountdown(useRetryDeadline(error, rateLimited), {
    onDone: () => reset({ automatic: true }),
  })
  const { state, deadline, remainingMs } = countdown
  // Live regions fill only after mount, so that they speak.
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])
  const paused = state === 'paused'
  const known = deadline !== undefined
  // A ticking counter only within five minutes; a longer wait shows just the time to come back.
  const timer = state !== 'done' && remainingMs <= 300_000
  const when = known ? formatMessage(m.when, { when: formatWhen(deadline, Date.now(), locale, c) }) : ''

  return (
    <StatusLayout
      {...props}
      state={known ? state : 'unknown'}
      description={props.description ?? (known && !rateLimited ? null : undefined)}
      busy={rateLimited && state === 'counting'}
      defaultActions={[
        'retry',
        state !== 'done' && (
          <button
            key="pause"
            type="button"
            className="sk-button sk-button--secondary"
            onClick={paused ? countdown.resume : countdown.pause}
          >
            {paused ? c.resume : c.pause}
          </button>
        ),
      ]}
      serverText
    >
      {known ? (
        <p className="sk-when" suppressHydrationWarning>
          {when}
          {timer ? ' ' : null}
          {timer ? (
            <span className="sk-timer" role="timer" suppressHydrationWarning>
              {formatMessage(c.timeLeft, { duration: formatDuration(remainingMs, locale) })}
            </span>
          ) : null}
        </p>
      ) : null}
      {paused ? <p className="sk-paused">{c.paused}</p> : null}
      {known ? (
        <p className="sk-announcer" role="status" style={visuallyHidden}>
          {!mounted
            ? ''
            : state === 'done'
              ? c.retrying
              : state === 'counting' && countdown.totalMs > 20_000 && remainingMs <= 10_000
                ? formatMessage(m.soon, { duration: formatDuration(10_000, locale) })
                : // The whole wait, fixed at the start: the visible line already gives the clock time.
                  formatMessage(m.soon, { duration: formatDuration(countdown.totalMs, locale) })}
        </p>
      ) : null}
    </StatusLayout>
  )
}
