import { formatMessage } from '../messages/formatMessage'
import type { Messages } from '../messages/Messages'

function unit(value: number, name: 'minute' | 'second', locale: string | undefined): string {
  const options: Intl.NumberFormatOptions = { style: 'unit', unit: name, unitDisplay: 'long' }
  try {
    return new Intl.NumberFormat(locale, options).format(value)
  } catch {
    return new Intl.NumberFormat(undefined, options).format(value)
  }
}

/** A wait in words ("45 seconds", "4 minutes 5 seconds"), whole seconds rounded up. */
export function formatDuration(ms: number, locale: string | undefined, common: Messages['common']): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  if (total < 60) return unit(total, 'second', locale)
  const minutes = unit(Math.floor(total / 60), 'minute', locale)
  const rest = total % 60
  if (rest === 0) return minutes
  return formatMessage(common.minutesAndSeconds, { minutes, seconds: unit(rest, 'second', locale) })
}
