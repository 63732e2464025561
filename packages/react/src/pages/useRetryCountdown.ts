'use client'
import { useCallback, useEffect, useRef, useState } from 'react'

/** `counting` towards the deadline, `paused` by the user, or `done` (the deadline passed, or there is none). */
export type RetryCountdownState = 'counting' | 'paused' | 'done'

/** Options of `useRetryCountdown`. */
export interface RetryCountdownOptions {
  /**
   * Called once when the countdown reaches zero (never for a missing `retryAt`, never while paused). Pages
   * pass `() => reset({ automatic: true })`. The latest function is used; it need not be memoized.
   */
  onDone?: (() => void) | undefined
}

/** What `useRetryCountdown` returns: the state, the time left and the pause controls. */
export interface RetryCountdown {
  readonly state: RetryCountdownState
  /** Milliseconds left: frozen while paused, 0 when done. */
  readonly remainingMs: number
  /** Whole seconds left, rounded up: what a visible countdown shows. */
  readonly seconds: number
  /** The epoch ms the countdown ends at; it moves later by the time spent paused. Undefined without `retryAt`. */
  readonly deadline: number | undefined
  /** The whole wait as it was when the countdown started, in ms. */
  readonly totalMs: number
  /** Stops the countdown and its automatic action (WCAG 2.2.2); the time left is kept. */
  pause: () => void
  /** Continues from the time left at `pause()`. */
  resume: () => void
}

interface Timing {
  /** The `retryAt` this countdown started from. */
  readonly from: number | undefined
  readonly state: RetryCountdownState
  readonly deadline: number | undefined
  /** The time left, kept while paused. */
  readonly left: number
  readonly totalMs: number
}

function start(retryAt: number | undefined): Timing {
  const valid = Number.isFinite(retryAt)
  const left = valid ? Math.max(0, (retryAt as number) - Date.now()) : 0
  return {
    from: retryAt,
    state: valid ? 'counting' : 'done',
    deadline: valid ? retryAt : undefined,
    left,
    totalMs: left,
  }
}

/**
 * A countdown to `retryAt` (epoch ms). It is deadline-based: each tick reads the clock, so it stays right after
 * the browser stalled its timers (a background tab, a sleeping laptop). One timer at a time, scheduled on the
 * whole-second boundaries of the time left: at most one update per second and none in between. `onDone` runs
 * once at zero. Every timer is cleared on unmount; safe in StrictMode. A new `retryAt` starts a new countdown.
 */
export function useRetryCountdown(
  retryAt: number | undefined,
  options: RetryCountdownOptions = {},
): RetryCountdown {
  const [stored, setTiming] = useState(() => start(retryAt))
  let timing = stored
  if (!Object.is(stored.from, retryAt)) {
    timing = start(retryAt)
    setTiming(timing)
  }

  const onDone = useRef(options.onDone)
  useEffect(() => {
    onDone.current = options.onDone
  })

  const { state, deadline } = timing
  useEffect(() => {
    if (state !== 'counting') return
    let timer: ReturnType<typeof setTimeout>
    // Wait until the whole-second value shown next changes, so a tick lands right on the boundary.
    const schedule = (left: number) => {
      timer = setTimeout(tick, left > 0 ? ((left - 1) % 1000) + 1 : 0)
    }
    const tick = (): void => {
      const left = (deadline as number) - Date.now()
      if (left > 0) {
        schedule(left)
        // A copy re-renders, which reads the clock again.
        setTiming((current) => (current.deadline === deadline ? { ...current } : current))
        return
      }
      // The effect's cleanup clears this timer on any change, so zero is reached once per countdown.
      setTiming((current) => (current.deadline === deadline ? { ...current, state: 'done' } : current))
      onDone.current?.()
    }
    schedule((deadline as number) - Date.now())
    return () => clearTimeout(timer)
  }, [state, deadline])

  const pause = useCallback(() => {
    setTiming((current) =>
      current.state === 'counting'
        ? { ...current, state: 'paused', left: Math.max(0, (current.deadline as number) - Date.now()) }
        : current,
    )
  }, [])
  const resume = useCallback(() => {
    setTiming((current) =>
      current.state === 'paused'
        ? { ...current, state: 'counting', deadline: Date.now() + current.left }
        : current,
    )
  }, [])

  // Read the clock here too, so a render after a stall never shows a stale value.
  const remainingMs =
    state === 'counting'
      ? Math.max(0, (deadline as number) - Date.now())
      : state === 'paused'
        ? timing.left
        : 0
  return {
    state,
    remainingMs,
    seconds: Math.ceil(remainingMs / 1000),
    deadline,
    totalMs: timing.totalMs,
    pause,
    resume,
  }
}
