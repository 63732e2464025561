import { type StatusError, statusCategory } from '@statuskit/core'
import { formatClockTime } from '../i18n/formatClockTime'
import { formatMessage } from '../i18n/formatMessage'
import { formatWhen } from '../i18n/formatWhen'
import type { Messages } from '../i18n/Messages'
import { variantForError } from '../pages/variantForError'

/**
 * What failed, for an inline notice: a save of what the user entered (`mutation`), an action without input such
 * as Archive or Delete (`action`), a background refresh of data still on screen (`refetch`), or a part of the
 * page (`widget`).
 */
export type NoticeContext = 'mutation' | 'action' | 'refetch' | 'widget'

/** The words and the one action of an inline notice, in the provider's language. */
export interface NoticeModel {
  /** One line: what happened and what it means for the user's work ("…not saved. What you entered is still here."). */
  readonly message: string
  /** Shown first in a widget: "This part of the page couldn't load"; undefined elsewhere. */
  readonly title: string | undefined
  /** Whether "Try again" can help (never for 400, 403, 404 or 422 answers to a save). */
  readonly retryable: boolean
  /** Until when "Try again" stays inactive (the server's time for 429 and 503), epoch ms. */
  readonly retryAt: number | undefined
}

/** What `noticeModel` needs besides the error: the context, the provider's words and the moment. */
export interface NoticeInput {
  readonly context: NoticeContext
  readonly messages: Messages
  readonly locale: string | undefined
  readonly now: number
  /**
   * Whether the browser is online (TanStack Query's `onlineManager`): offline words only when it is not, and no
   * "Try again" then, which could not work.
   */
  readonly online: boolean
  /** When the data on screen was fetched (`dataUpdatedAt`), for a failed refresh. */
  readonly updatedAt?: number | undefined
  /** When the error happened and when the session was last renewed: a 401 save before a renewal is to save again. */
  readonly failedAt?: number | undefined
  readonly renewedAt?: number | undefined
}

/**
 * The notice for a failure shown inline, beside content that stays: the same words as the pages (each status's
 * `reason`), one line, and what it means for the user's work. A save that failed was not sent or not taken, so its
 * input is still there; one whose answer never came (a timeout, an unknown failure) may have been saved. A failed
 * refresh keeps showing the data from when it was fetched. Server text never appears here.
 */
export function noticeModel(error: StatusError, input: NoticeInput): NoticeModel {
  const { messages, context, locale, now } = input
  const notice = messages.notice
  const variant = variantForError(error)
  const section = variant === 'offline' && input.online ? 'unreachable' : variant
  const reason = messages[section].reason
  const retryAt = error.retryAt !== undefined && error.retryAt > now ? error.retryAt : undefined
  const when =
    retryAt !== undefined && (variant === 'rateLimited' || variant === 'serviceUnavailable')
      ? formatMessage(messages[variant].when, { when: formatWhen(retryAt, now, locale, messages.common) })
      : undefined
  const renewed =
    input.renewedAt !== undefined && input.failedAt !== undefined && input.renewedAt >= input.failedAt
  let sentences: (string | undefined)[]
  let retryable = true
  if (context === 'refetch') {
    sentences = [
      formatMessage(notice.notRefreshed, { time: formatClockTime(input.updatedAt ?? now, locale) }),
      when,
    ]
  } else if (context === 'widget') {
    sentences = [reason, when]
  } else if (variant === 'unauthorized' && context === 'mutation') {
    sentences = renewed ? [notice.saveAgain] : [reason, notice.signInToSave]
    retryable = renewed
  } else {
    const unanswered = error.kind === 'timeout' || error.kind === 'unknown'
    sentences = [
      reason,
      when,
      unanswered ? notice.maybeNotSaved : context === 'action' ? notice.notDone : notice.notSaved,
    ]
    // A save the server refused for what it is (bad input, no access, gone) fails the same way again.
    retryable =
      error.kind !== 'abort' &&
      (statusCategory(error.status ?? 0) !== 'client-error' || variant === 'rateLimited')
  }
  return {
    message: sentences.filter(Boolean).join(' '),
    title: context === 'widget' ? messages.common.partTitle : undefined,
    retryable: retryable && input.online,
    retryAt,
  }
}
