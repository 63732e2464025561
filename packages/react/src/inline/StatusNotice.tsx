'use client'
import { toStatusError } from '@statuskit/core'
import { useId, useMemo, useState } from 'react'
import { useSessionStatus } from '../context/useSessionStatus'
import { useStatusKit } from '../context/useStatusKit'
import { StatusActions } from '../pages/StatusActions'
import type { StatusPageAction } from '../pages/StatusPageModel'
import { useRetryCountdown } from '../pages/useRetryCountdown'
import { variantForError } from '../pages/variantForError'
import { useOnline } from '../query/useOnline'
import { type NoticeContext, noticeModel } from './noticeModel'

/** Props of `<StatusNotice>`. */
export interface StatusNoticeProps {
  /** What failed (anything: it is normalized with `toStatusError`). `null` or `undefined` renders nothing. */
  error: unknown
  /**
   * What failed: a save (`mutation`, the default: its input is kept), an action without input such as Archive
   * (`action`: nothing changed), a background refresh of data that stays on screen (`refetch`, with `updatedAt`),
   * or a part of the page (`widget`).
   */
  context?: NoticeContext | undefined
  /** For `refetch`: when the data on screen was fetched (TanStack Query's `dataUpdatedAt`). */
  updatedAt?: number | undefined
  /** "Try again": shown when trying again can help, inactive until the server's time for 429 and 503. */
  onRetry?: (() => void) | undefined
  /** "Dismiss": removes the notice (the app clears the error, e.g. `mutation.reset()`). */
  onDismiss?: (() => void) | undefined
}

/**
 * The compact, inline form of any failure, for content that stays on screen: a save that failed ("…Your changes are
 * not saved. What you entered is still here." and "Try again"), a background refresh that failed while the data
 * stays ("We couldn't refresh this. Showing what we had at 14:32."), or a widget. The same words as the pages, one
 * line plus an action, never server text. A failed save is announced at once (`role="alert"`), the others politely;
 * the announcement never changes while it is shown, and "Try again" stays focusable while inactive.
 *
 * Place it where nothing moves under the pointer when it appears: after the form's actions, above the data.
 */
export function StatusNotice({
  error,
  context = 'mutation',
  updatedAt,
  onRetry,
  onDismiss,
}: StatusNoticeProps) {
  const { messages, locale, normalize } = useStatusKit()
  const { renewedAt } = useSessionStatus()
  const online = useOnline()
  const normalized = useMemo(
    () => (error == null ? undefined : toStatusError(error, { normalize })),
    [error, normalize],
  )
  // When this error was first shown, to tell a 401 before a renewed session from one after it.
  const [seen, setSeen] = useState<{ error: unknown; at: number }>({ error, at: Date.now() })
  if (seen.error !== error) setSeen({ error, at: Date.now() })
  const model = normalized
    ? noticeModel(normalized, {
        context,
        messages,
        locale,
        now: Date.now(),
        online,
        updatedAt,
        renewedAt,
        failedAt: seen.at,
      })
    : undefined
  const countdown = useRetryCountdown(model?.retryAt)
  const id = useId()
  if (!normalized || !model) return null
  const c = messages.common
  const actions: StatusPageAction[] = []
  if (onRetry && model.retryable) {
    actions.push({
      id: 'retry',
      label: c.tryAgain,
      priority: 'primary',
      onSelect: onRetry,
      disabled: countdown.state === 'counting',
    })
  }
  if (onDismiss) {
    actions.push({
      id: 'dismiss',
      label: messages.notice.dismiss,
      priority: 'secondary',
      onSelect: onDismiss,
    })
  }
  return (
    // `data-variant` picks the family's mark and accent in the stylesheet, as on the pages.
    <div
      className="sk-notice"
      data-status={normalized.status ?? normalized.kind}
      data-variant={variantForError(normalized)}
      data-context={context}
    >
      <p
        className="sk-notice-message"
        id={id}
        role={context === 'mutation' || context === 'action' ? 'alert' : 'status'}
      >
        {model.title ? <strong className="sk-notice-title">{model.title} </strong> : null}
        {model.message}
      </p>
      {actions.length ? <StatusActions actions={actions} describedBy={id} /> : null}
    </div>
  )
}
