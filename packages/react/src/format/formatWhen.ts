import { formatMessage } from '../messages/formatMessage'
import type { Messages } from '../messages/Messages'

const DAY_MS = 86_400_000
const MINUTE_MS = 60_000

function dateTimeFormat(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options)
  } catch {
    // An invalid locale tag must not take the error page down with it.
    return new Intl.DateTimeFormat(undefined, options)
  }
}

function startOfDay(time: number): number {
  const date = new Date(time)
  date.setHours(0, 0, 0, 0)
  return date.getTime()
}

/**
 * A moment to come back, as people say it: "14:32" today, "14:30 on Tuesday" within a week, else with the
 * date. The time is rounded up to the minute, so "at 14:32" is never earlier than the real moment.
 */
export function formatWhen(
  at: number,
  now: number,
  locale: string | undefined,
  common: Messages['common'],
): string {
  const rounded = Math.ceil(at / MINUTE_MS) * MINUTE_MS
  const time = dateTimeFormat(locale, { timeStyle: 'short' }).format(rounded)
  const days = Math.round((startOfDay(rounded) - startOfDay(now)) / DAY_MS)
  if (days <= 0) return formatMessage(common.today, { time })
  const day = dateTimeFormat(
    locale,
    days < 7 ? { weekday: 'long' } : { weekday: 'long', day: 'numeric', month: 'long' },
  ).format(rounded)
  return formatMessage(common.onDay, { time, day })
}
