import { StatusError } from '@statuskit/core'
import { renderHook } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useRetryDeadline } from './useRetryDeadline'

const START = Date.UTC(2026, 10, 25, 14, 0, 0)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('useRetryDeadline', () => {
  describe('given an error with a server-requested wait', () => {
    it("should use the server's retryAt", () => {
      const error = new StatusError({ kind: 'http', status: 429, retryAfterMs: 30_000, now: START - 5000 })
      const { result } = renderHook(() => useRetryDeadline(error, true))
      expect(result.current).toBe(START + 25_000)
    })
  })

  describe('given an error without one', () => {
    it("should use the retry policy's first delay when asked, fixed across re-renders", () => {
      const random = vi.spyOn(Math, 'random').mockReturnValue(0.5)
      const error = new StatusError({ kind: 'http', status: 429 })
      const { result, rerender } = renderHook(() => useRetryDeadline(error, true), { wrapper: StrictMode })
      const first = result.current
      expect(first).toBeGreaterThan(START)
      expect(first).toBeLessThanOrEqual(START + 2000)
      random.mockReturnValue(0.9)
      vi.advanceTimersByTime(700)
      rerender()
      expect(result.current).toBe(first)
    })

    it('should have no deadline when the policy is not asked for', () => {
      const { result } = renderHook(() =>
        useRetryDeadline(new StatusError({ kind: 'http', status: 503 }), false),
      )
      expect(result.current).toBeUndefined()
    })
  })

  describe('given a new error', () => {
    it('should fix a new deadline', () => {
      const { result, rerender } = renderHook(({ error }) => useRetryDeadline(error, true), {
        initialProps: { error: new StatusError({ kind: 'http', status: 429, retryAfterMs: 10_000 }) },
      })
      expect(result.current).toBe(START + 10_000)
      rerender({ error: new StatusError({ kind: 'http', status: 429, retryAfterMs: 60_000 }) })
      expect(result.current).toBe(START + 60_000)
    })
  })
})
