import { describe, expect, it } from 'vitest'
import { formatDuration } from './formatDuration'

describe('formatDuration', () => {
  it('gives seconds under a minute, rounded up', () => {
    expect(formatDuration(45_000, 'en')).toBe('45 seconds')
    expect(formatDuration(44_001, 'en')).toBe('45 seconds')
    expect(formatDuration(1000, 'en')).toBe('1 second')
    expect(formatDuration(-5, 'en')).toBe('0 seconds')
  })

  it('gives minutes and seconds from a minute up', () => {
    expect(formatDuration(60_000, 'en')).toBe('1 minute')
    expect(formatDuration(245_000, 'en')).toBe('4 minutes 5 seconds')
  })

  it('speaks the locale', () => {
    expect(formatDuration(245_000, 'de')).toBe('4 Minuten 5 Sekunden')
  })
})
