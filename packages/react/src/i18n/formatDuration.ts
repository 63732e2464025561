import { localeFormat } from './localeFormat'

type Unit = 'day' | 'hour' | 'minute' | 'second'

const UNITS: readonly (readonly [Unit, number])[] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
]

function unit(value: number, name: Unit, locale: string | undefined): string {
  return localeFormat(Intl.NumberFormat, locale, { style: 'unit', unit: name, unitDisplay: 'long' }, value)
}

/**
 * A wait as people say it, in its largest unit and the next one when that is not zero: "45 seconds",
 * "4 minutes 5 seconds", "2 hours", "1 day 3 hours", never "1,440 minutes". Rounded up at the smaller unit shown,
 * so the wait is never said to be shorter than it is.
 */
export function formatDuration(ms: number, locale: string | undefined): string {
  const total = Math.max(0, Math.ceil(ms / 1000)) || 0
  const found = UNITS.findIndex(([, size]) => total >= size)
  const index = found === -1 ? UNITS.length - 1 : found
  const [largest, size] = UNITS[index] as readonly [Unit, number]
  const next = UNITS[index + 1]
  if (!next) return unit(total, largest, locale)
  // Round up in the smaller unit, which may carry into the larger one ("59 minutes 60 seconds" is "1 hour").
  const small = Math.ceil(total / next[1])
  const ratio = size / next[1]
  const big = Math.floor(small / ratio)
  const rest = small % ratio
  return unit(big, largest, locale) + (rest ? ` ${unit(rest, next[0], locale)}` : '')
}
