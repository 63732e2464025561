import { describe, expect, it } from 'vitest'
import { automaticRetryAt } from './automaticRetryAt'
import { StatusError } from './StatusError'

const NOW = Date.UTC(2026, 10, 29, 14, 30, 0)

describe('automaticRetryAt', () => {
  describe('given a server that said when to come back', () => {
    it('retries a second after that time, for a 429 and a 503 alike', () => {
      for (const status of [429, 503]) {
        const error = new StatusError({ kind: 'http', status, retryAfterMs: 120_000, now: NOW })
        expect(automaticRetryAt(error, 0, NOW)).toBe(NOW + 121_000)
        expect(automaticRetryAt(error, 2, NOW + 50_000)).toBe(NOW + 121_000)
      }
    })
  })

  describe('given a 429 without a time', () => {
    it('waits at least 5, then 10, then 20 seconds, growing with the attempts already made', () => {
      const error = new StatusError({ kind: 'http', status: 429 })
      const waits = [0, 1, 2].map((attempt) => (automaticRetryAt(error, attempt, NOW) as number) - NOW)
      expect(waits[0]).toBeGreaterThanOrEqual(5000)
      expect(waits[0]).toBeLessThanOrEqual(10_000)
      expect(waits[1]).toBeGreaterThanOrEqual(10_000)
      expect(waits[2]).toBeGreaterThanOrEqual(20_000)
    })
  })

  describe('given failures that no timer should retry', () => {
    it('gives undefined for a 503 without a time, server errors, client errors and network failures', () => {
      for (const error of [
        new StatusError({ kind: 'http', status: 503 }),
        new StatusError({ kind: 'http', status: 500 }),
        new StatusError({ kind: 'http', status: 404 }),
        new StatusError({ kind: 'network' }),
        new StatusError({ kind: 'unknown' }),
      ]) {
        expect(automaticRetryAt(error, 0, NOW)).toBeUndefined()
      }
    })
  })
})
