import { describe, expect, it } from 'vitest'
import { formatDuration } from './formatDuration'

describe('formatDuration', () => {
  it('gives seconds under a minute, rounded up', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 seconds')
    expect(formatDuration(44_001, 'en')).toBe('45 seconds')
    expect(formatDuration(1000, 'en')).toBe('1 second')
    expect(formatDuration(-5, 'en')).toBe('0 seconds')
    expect(formatDuration(Number.NaN, 'en')).toBe('0 seconds')
  })

  it('gives minutes and seconds from a minute up', () => {
    expect(formatDuration(60_000, 'en')).toBe('1 minute')
    expect(formatDuration(245_000, 'en')).toBe('4 minutes 5 seconds')
  })

  it('uses the largest sensible unit for long waits, never "1,440 minutes"', () => {
    expect(formatDuration(86_400_000, 'en')).toBe('1 day')
    expect(formatDuration(2 * 3_600_000, 'en')).toBe('2 hours')
    expect(formatDuration(3_600_000 + 90_000, 'en')).toBe('1 hour 2 minutes')
    expect(formatDuration(27 * 3_600_000, 'en')).toBe('1 day 3 hours')
  })

  it('rounds up in the smaller unit, carrying into the larger one', () => {
    expect(formatDuration(3_599_500, 'en')).toBe('1 hour')
    expect(formatDuration(3_540_001, 'en')).toBe('59 minutes 1 second')
  })

  it('speaks the locale', () => {
    expect(formatDuration(245_000, 'de')).toBe('4 Minuten 5 Sekunden')
    expect(formatDuration(86_400_000, 'de')).toBe('1 Tag')
  })
})
