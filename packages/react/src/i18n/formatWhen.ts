import { formatClockTime } from './formatClockTime'
import { formatMessage } from './formatMessage'
import { localeFormat } from './localeFormat'
import type { Messages } from './Messages'

const midnight = (time: number): number => new Date(time).setHours(0, 0, 0, 0)

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
  const rounded = Math.ceil(at / 60_000) * 60_000
  const time = formatClockTime(rounded, locale)
  const days = Math.round((midnight(rounded) - midnight(now)) / 86_400_000)
  return days > 0
    ? formatMessage(common.onDay, {
        time,
        day: localeFormat(
          Intl.DateTimeFormat,
          locale,
          days < 7 ? { weekday: 'long' } : { weekday: 'long', day: 'numeric', month: 'long' },
          rounded,
        ),
      })
    : formatMessage(common.today, { time })
}
