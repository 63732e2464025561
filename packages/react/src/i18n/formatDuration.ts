import { localeFormat } from './localeFormat'

function unit(value: number, name: 'minute' | 'second', locale: string | undefined): string {
  return localeFormat(Intl.NumberFormat, locale, { style: 'unit', unit: name, unitDisplay: 'long' }, value)
}

/** A wait in words ("45 seconds", "4 minutes 5 seconds"), whole seconds rounded up. */
export function formatDuration(ms: number, locale: string | undefined): string {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const rest = total % 60
  return total < 60
    ? unit(total, 'second', locale)
    : unit(Math.floor(total / 60), 'minute', locale) + (rest ? ` ${unit(rest, 'second', locale)}` : '')
}
