import { describe, expect, it } from 'vitest'
import { en } from './en'
import { formatWhen } from './formatWhen'
import { de } from './locales/de'

// Wednesday 25 November 2026, 14:00 local time.
const NOW = new Date(2026, 10, 25, 14, 0, 0).getTime()
const at = (day: number, hour: number, minute: number, second = 0) =>
  new Date(2026, 10, day, hour, minute, second).getTime()

describe('formatWhen', () => {
  it('gives the clock time alone for later today', () => {
    expect(formatWhen(at(25, 14, 32), NOW, 'en-GB', en.common)).toBe('14:32')
    expect(formatWhen(at(25, 14, 32), NOW, 'en-US', en.common)).toBe('2:32 PM')
    expect(formatWhen(at(25, 14, 32), NOW, 'de-DE', de.common)).toBe('14:32 Uhr')
  })

  it('rounds up to the next minute, so the time is never earlier than the real one', () => {
    expect(formatWhen(at(25, 14, 31, 1), NOW, 'en-GB', en.common)).toBe('14:32')
    expect(formatWhen(at(25, 14, 32, 0), NOW, 'en-GB', en.common)).toBe('14:32')
  })

  it('names the weekday within a week', () => {
    expect(formatWhen(at(26, 9, 0), NOW, 'en-GB', en.common)).toBe('09:00 on Thursday')
    expect(formatWhen(at(26, 9, 0), NOW, 'de-DE', de.common)).toBe('Donnerstag, 09:00 Uhr')
  })

  it('adds the date a week or more ahead', () => {
    expect(formatWhen(at(25 + 7, 9, 0), NOW, 'en-GB', en.common)).toBe('09:00 on Wednesday 2 December')
  })

  it('survives an invalid locale tag', () => {
    expect(formatWhen(at(25, 14, 32), NOW, 'not a locale!', en.common)).toMatch(/32/)
  })
})
