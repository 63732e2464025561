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
  readonly run: number
  readonly source: number | undefined
  readonly state: RetryCountdownState
  readonly deadline: number | undefined
  readonly pausedMs: number
  readonly totalMs: number
  /** Only there to re-render once per second. */
  readonly tick: number
}

let runs = 0

function start(retryAt: number | undefined): Timing {
  runs += 1
  const valid = typeof retryAt === 'number' && Number.isFinite(retryAt)
  return {
    run: runs,
    source: retryAt,
    state: valid ? 'counting' : 'done',
    deadline: valid ? retryAt : undefined,
    pausedMs: 0,
    totalMs: valid ? Math.max(0, retryAt - Date.now()) : 0,
    tick: 0,
  }
}

/** Time until the displayed whole-second value next changes, so a tick lands right on the boundary. */
function untilNextSecond(left: number): number {
  return left <= 0 ? 0 : ((left - 1) % 1000) + 1
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
  if (!Object.is(stored.source, retryAt)) {
    timing = start(retryAt)
    setTiming(timing)
  }

  const onDone = useRef(options.onDone)
  useEffect(() => {
    onDone.current = options.onDone
  })
  // Which run already called onDone: StrictMode's double effects and re-renders must not call it twice.
  const doneRun = useRef(0)

  const { run, state, deadline } = timing
  useEffect(() => {
    if (state !== 'counting' || deadline === undefined) return
    let timer: ReturnType<typeof setTimeout>
    const tick = (): void => {
      const left = deadline - Date.now()
      if (left > 0) {
        // Schedule before updating, so ticks continue even while React batches updates.
        timer = setTimeout(tick, untilNextSecond(left))
        setTiming((current) => (current.run === run ? { ...current, tick: current.tick + 1 } : current))
        return
      }
      setTiming((current) =>
        current.run === run && current.state === 'counting' ? { ...current, state: 'done' } : current,
      )
      if (doneRun.current !== run) {
        doneRun.current = run
        onDone.current?.()
      }
    }
    timer = setTimeout(tick, untilNextSecond(deadline - Date.now()))
    return () => clearTimeout(timer)
  }, [run, state, deadline])

  const pause = useCallback(() => {
    setTiming((current) =>
      current.state === 'counting' && current.deadline !== undefined
        ? { ...current, state: 'paused', pausedMs: Math.max(0, current.deadline - Date.now()) }
        : current,
    )
  }, [])
  const resume = useCallback(() => {
    setTiming((current) =>
      current.state === 'paused'
        ? { ...current, state: 'counting', deadline: Date.now() + current.pausedMs }
        : current,
    )
  }, [])

  // Read the clock here too, so a render after a stall never shows a stale value.
  const remainingMs =
    state === 'counting' && deadline !== undefined
      ? Math.max(0, deadline - Date.now())
      : state === 'paused'
        ? timing.pausedMs
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
