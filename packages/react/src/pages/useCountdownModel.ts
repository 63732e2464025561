'use client'
import { automaticRetryAt, type StatusError } from '@statuskit/core'
import { useContext, useEffect, useRef, useState } from 'react'
import { AutomaticResets } from '../context/AutomaticResets'
import { StatusBoundaryContext } from '../context/StatusBoundaryContext'
import { useStatusKit } from '../context/useStatusKit'
import { formatDuration } from '../i18n/formatDuration'
import { formatMessage } from '../i18n/formatMessage'
import { formatWhen } from '../i18n/formatWhen'
import type { PageProps } from './PageProps'
import type { StatusPageModel } from './StatusPageModel'
import { usePageModel } from './usePageModel'
import { useRetryCountdown } from './useRetryCountdown'

/** A visible countdown only within five minutes; a longer wait shows just the time to come back. */
const COUNTDOWN_WITHIN_MS = 300_000

/** The moment the page may try by itself, fixed once per error so that re-renders never move it. */
function useRetryAt(error: StatusError, attempt: number, active: boolean): number | undefined {
  const compute = (): number | undefined => (active ? automaticRetryAt(error, attempt) : undefined)
  const [fixed, setFixed] = useState(() => ({ error, at: compute() }))
  if (fixed.error === error) return fixed.at
  const next = { error, at: compute() }
  setFixed(next)
  return next.at
}

/**
 * The 429 and 503 pages: when the user can go on, clock time first ("You can try again at 14:32"), a countdown
 * within five minutes, "Try again" inactive until then (stopping the automatic retry does not unlock it early), and
 * one automatic retry a moment after that time, which the user can stop. A 429 without a time invents no
 * countdown: the page says it will try again by itself and paces those attempts (growing waits, see
 * `automaticRetryAt`). Automatic retries are counted (the boundary's for its fallback, the page's own otherwise):
 * after three in a row the page says it stopped and waits for the user.
 */
export function useCountdownModel(
  props: PageProps,
  variant: 'rateLimited' | 'serviceUnavailable',
  active = true,
): StatusPageModel {
  const model = usePageModel(props, variant)
  const { error, reset } = props
  const { messages, locale } = useStatusKit()
  const boundary = useContext(StatusBoundaryContext)
  const m = messages[variant]
  const c = messages.common
  // A boundary's fallback spends the boundary's automatic resets; a page on its own (given a `reset` of the app's)
  // keeps a budget of its own, so it can never loop either.
  const own = useRef<AutomaticResets | null>(null)
  own.current ??= new AutomaticResets()
  const fromBoundary = boundary?.error === error ? boundary.automaticResets : undefined
  const budget = fromBoundary ?? own.current
  const retryAt = useRetryAt(error, budget.done, active)
  const serverAt = error.retryAt
  // The user may stop the automatic retry (WCAG 2.2.1); the clock keeps running either way.
  const [allowed, setAllowed] = useState(true)
  const automatic = allowed && budget.left > 0 && retryAt !== undefined
  // The countdown runs to the server's time (or, without one, to the page's own); the automatic retry follows a
  // moment after it, see `automaticRetryAt`.
  const countdown = useRetryCountdown(serverAt ?? retryAt)
  const done = countdown.state === 'done'
  useEffect(() => {
    if (!done || !automatic || retryAt === undefined) return
    const timer = setTimeout(
      () => {
        if (fromBoundary || own.current?.take()) reset({ automatic: true })
      },
      Math.max(0, retryAt - Date.now()),
    )
    return () => clearTimeout(timer)
  }, [done, automatic, retryAt, fromBoundary, reset])
  // Live regions speak only what changes after they mount.
  const [mounted, setMounted] = useState(false)
  useEffect(() => setMounted(true), [])

  const counting = countdown.state === 'counting'
  const left = countdown.remainingMs
  const when =
    serverAt === undefined
      ? undefined
      : formatMessage(m.when, { when: formatWhen(serverAt, Date.now(), locale, c) })
  const timing =
    retryAt === undefined && serverAt === undefined
      ? undefined
      : {
          when,
          timeLeft:
            counting && serverAt !== undefined && left <= COUNTDOWN_WITHIN_MS
              ? formatMessage(c.timeLeft, { duration: formatDuration(left, locale) })
              : undefined,
          automatic,
          remainingMs: left,
          note: automatic
            ? serverAt === undefined
              ? messages.rateLimited.automaticSoon
              : m.automatic
            : undefined,
        }
  const locked = counting && serverAt !== undefined
  const [retry] = model.actions
  const toggle =
    counting && retryAt !== undefined && budget.left > 0
      ? [
          {
            id: allowed ? ('stopAutomatic' as const) : ('resumeAutomatic' as const),
            label: allowed ? c.stopAutomatic : c.resumeAutomatic,
            priority: 'secondary' as const,
            onSelect: () => setAllowed(!allowed),
          },
        ]
      : []

  const nested = model.headingLevel > 1
  return {
    ...model,
    description: nested
      ? model.description
      : serverAt !== undefined
        ? variant === 'rateLimited'
          ? m.description
          : undefined
        : variant === 'rateLimited'
          ? `${m.description} ${messages.rateLimited.wait}`
          : m.description,
    timing,
    actions: retry
      ? [{ ...retry, disabled: locked, disabledReason: locked ? when : undefined }, ...toggle]
      : toggle,
    statusMessage: !allowed
      ? c.automaticStopped
      : budget.left === 0 && budget.done > 0
        ? c.automaticGaveUp
        : model.statusMessage,
    announcement: !mounted
      ? undefined
      : countdown.state === 'done'
        ? automatic
          ? c.retrying
          : retryAt === undefined
            ? undefined
            : c.canRetry
        : serverAt === undefined
          ? automatic
            ? messages.rateLimited.automaticSoon
            : undefined
          : formatMessage(m.soon, {
              duration: formatDuration(
                countdown.totalMs > 20_000 && left <= 10_000 ? 10_000 : countdown.totalMs,
                locale,
              ),
            }),
    state: !allowed ? 'paused' : countdown.state,
  }
}
