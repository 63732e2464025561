import { describe, expect, it } from 'vitest'
import { busyRetryDelay } from './busyRetryDelay'

describe('busyRetryDelay', () => {
  describe('given the default base of one second', () => {
    it('waits between 1–2 s, 2–4 s, 4–8 s for the first three attempts', () => {
      for (const [attempt, low, high] of [
        [1, 1000, 2000],
        [2, 2000, 4000],
        [3, 4000, 8000],
      ] as const) {
        expect(busyRetryDelay(attempt, undefined, () => 0)).toBe(low)
        expect(busyRetryDelay(attempt, undefined, () => 0.999999)).toBeCloseTo(high, -1)
        expect(busyRetryDelay(attempt, undefined, () => 0.5)).toBe((low + high) / 2)
      }
    })

    it('never waits longer than a minute, however many attempts', () => {
      expect(busyRetryDelay(40, undefined, () => 0.999999)).toBeLessThanOrEqual(60_000)
      expect(busyRetryDelay(Number.MAX_SAFE_INTEGER, undefined, () => 0)).toBe(30_000)
    })
  })

  describe('given a base of five seconds', () => {
    it('keeps four requests at most in the first minute of three paced retries', () => {
      const longest = [1, 2, 3].reduce((at, attempt) => at + busyRetryDelay(attempt, 5000, () => 0), 0)
      expect(longest).toBe(5000 + 10_000 + 20_000)
    })
  })

  describe('given nonsense', () => {
    it('counts a missing, fractional or negative attempt as the first and ignores a bad random source', () => {
      for (const attempt of [Number.NaN, 0, -3, 1.5, Number.POSITIVE_INFINITY]) {
        expect(busyRetryDelay(attempt, undefined, () => 0)).toBe(1000)
      }
      for (const random of [() => Number.NaN, () => -1, () => 7]) {
        expect(busyRetryDelay(1, 1000, random)).toBe(1000)
      }
      expect(busyRetryDelay(1, Number.NaN, () => 0)).toBe(1000)
      expect(busyRetryDelay(1, -5, () => 0)).toBe(1000)
    })

    it('always gives a finite wait of at least the base', () => {
      for (let attempt = -2; attempt < 70; attempt += 1) {
        const wait = busyRetryDelay(attempt)
        expect(Number.isFinite(wait)).toBe(true)
        expect(wait).toBeGreaterThanOrEqual(1000)
      }
    })
  })
})
