import { localeFormat } from './localeFormat'

/** The clock time of a moment for the locale, "14:33" or "2:33 PM", as it is (no rounding). */
export function formatClockTime(at: number, locale: string | undefined): string {
  return localeFormat(Intl.DateTimeFormat, locale, { timeStyle: 'short' }, at)
}
