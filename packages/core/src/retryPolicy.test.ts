import { afterEach, describe, expect, it, vi } from 'vitest'
import { retryPolicy } from './retryPolicy'
import { StatusError } from './StatusError'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const MAX = 2147483647

function http(status: number, retryAfterMs?: number): StatusError {
  return new StatusError({ kind: 'http', status, retryAfterMs, now: Date.now() })
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('retry', () => {
  it('retries transient failures while failureCount < maxRetries', () => {
    const { retry } = retryPolicy()
    for (const error of [
      new TypeError('Failed to fetch'),
      new DOMException('signal timed out', 'TimeoutError'),
      http(408),
      http(425),
      http(429),
      http(500),
      http(502),
      http(503),
      http(504),
      { status: 503 },
    ]) {
      expect(retry(0, error)).toBe(true)
      expect(retry(2, error)).toBe(true)
      expect(retry(3, error)).toBe(false)
    }
  })

  it('never retries aborts, unknown failures or programming errors', () => {
    const { retry } = retryPolicy({ maxRetries: 10 })
    for (const error of [
      new DOMException('The user aborted a request.', 'AbortError'),
      new TypeError("Cannot read properties of undefined (reading 'id')"),
      new RangeError('Invalid array length'),
      new Error('Something broke'),
      'oops',
      null,
      undefined,
    ]) {
      expect(retry(0, error)).toBe(false)
    }
  })

  it('never retries 4xx other than 408, 425 and 429, nor 501 or 505', () => {
    const { retry } = retryPolicy({ maxRetries: 10 })
    for (const status of [400, 401, 403, 404, 405, 409, 410, 413, 422, 451, 501, 505, 301]) {
      expect(retry(0, http(status))).toBe(false)
    }
  })

  it('honours maxRetries, including 0', () => {
    expect(retryPolicy({ maxRetries: 0 }).retry(0, http(503))).toBe(false)
    const { retry } = retryPolicy({ maxRetries: 5 })
    expect(retry(4, http(503))).toBe(true)
    expect(retry(5, http(503))).toBe(false)
  })

  it('does not retry for a nonsense failureCount', () => {
    const { retry } = retryPolicy()
    expect(retry(Number.NaN, http(503))).toBe(false)
    expect(retry(Number.POSITIVE_INFINITY, http(503))).toBe(false)
  })

  it('does not wait out a server-requested wait longer than maxRetryAfterMs', () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const { retry } = retryPolicy({ maxRetryAfterMs: 60_000 })
    expect(retry(0, http(429, 60_000))).toBe(true)
    expect(retry(0, http(429, 60_001))).toBe(false)
    expect(retry(0, http(503, 3_600_000))).toBe(false)
  })

  it('measures the time left until retryAt, not the original wait', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const error = http(429, 90_000)
    const { retry } = retryPolicy({ maxRetryAfterMs: 60_000 })
    expect(retry(0, error)).toBe(false)
    now.mockReturnValue(NOW + 30_000)
    expect(retry(0, error)).toBe(true)
  })

  it('reads the wait from raw errors too', () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const { retry } = retryPolicy()
    const response = new Response(null, { status: 429, headers: { 'retry-after': '3600' } })
    expect(retry(0, response)).toBe(false)
    expect(retry(0, new Response(null, { status: 429, headers: { 'retry-after': '5' } }))).toBe(true)
  })
})

describe('retryDelay', () => {
  it('waits exactly what the server asked for', () => {
    vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const { retryDelay } = retryPolicy()
    expect(retryDelay(0, http(429, 7_000))).toBe(7_000)
    expect(retryDelay(2, http(503, 120_000))).toBe(120_000)
  })

  it('never retries earlier than asked, and counts down as time passes', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const error = http(429, 10_000)
    const { retryDelay } = retryPolicy()
    now.mockReturnValue(NOW + 2_500.4)
    expect(retryDelay(0, error)).toBe(7_500)
    now.mockReturnValue(NOW + 60_000)
    expect(retryDelay(0, error)).toBe(0)
  })

  it('keeps the wait of a raw error fixed from its first normalization', () => {
    const now = vi.spyOn(Date, 'now').mockReturnValue(NOW)
    const raw = new Response(null, { status: 503, headers: { 'retry-after': '10' } })
    const { retry, retryDelay } = retryPolicy()
    expect(retry(0, raw)).toBe(true)
    now.mockReturnValue(NOW + 4_000)
    expect(retryDelay(0, raw)).toBe(6_000)
  })

  it('uses full jitter bounded by min(maxDelayMs, baseDelayMs * 2 ** failureCount)', () => {
    const random = vi.spyOn(Math, 'random')
    const { retryDelay } = retryPolicy()
    random.mockReturnValue(0.5)
    expect(retryDelay(0, http(503))).toBe(500)
    expect(retryDelay(1, http(503))).toBe(1_000)
    expect(retryDelay(3, http(503))).toBe(4_000)
    expect(retryDelay(10, http(503))).toBe(15_000)
    random.mockReturnValue(0)
    expect(retryDelay(4, new TypeError('Failed to fetch'))).toBe(0)
    random.mockReturnValue(0.9999999999)
    expect(retryDelay(4, new TypeError('Failed to fetch'))).toBeLessThanOrEqual(16_000)
    expect(retryDelay(4, new TypeError('Failed to fetch'))).toBeGreaterThan(15_999)
  })

  it('spreads a storm of retries across the whole window', () => {
    const { retryDelay } = retryPolicy({ baseDelayMs: 1_000, maxDelayMs: 8_000 })
    // One failure, retried by 4,000 clients: each draw is the jitter alone.
    const failure = new TypeError('fetch failed')
    const draws = Array.from({ length: 4_000 }, () => retryDelay(5, failure))
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0)
    expect(Math.max(...draws)).toBeLessThanOrEqual(8_000)
    const buckets = [0, 0, 0, 0]
    for (const delay of draws) {
      const bucket = Math.min(3, Math.floor(delay / 2_000))
      buckets[bucket] = (buckets[bucket] ?? 0) + 1
    }
    for (const count of buckets) expect(count).toBeGreaterThan(800)
    const mean = draws.reduce((sum, delay) => sum + delay, 0) / draws.length
    expect(mean).toBeGreaterThan(3_600)
    expect(mean).toBeLessThan(4_400)
    expect(new Set(draws.map((delay) => Math.round(delay))).size).toBeGreaterThan(2_000)
  })

  it('never exceeds the caps, whatever the failureCount', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999999999)
    const { retryDelay } = retryPolicy({ baseDelayMs: 1_000, maxDelayMs: 5_000 })
    for (const count of [0, 1, 2, 3, 10, 100, 1_024, 1e6, Number.MAX_VALUE]) {
      const delay = retryDelay(count, http(503))
      expect(delay).toBeGreaterThanOrEqual(0)
      expect(delay).toBeLessThanOrEqual(5_000)
    }
  })

  it('returns a finite delay within 0-2147483647 for every input', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999999999)
    const { retryDelay } = retryPolicy({ baseDelayMs: 1e12, maxDelayMs: 1e12, maxRetryAfterMs: 1e12 })
    for (const count of [Number.NaN, -1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, 0, 50]) {
      for (const error of [http(503), http(429, 1e15), new TypeError('Load failed'), undefined]) {
        const delay = retryDelay(count, error)
        expect(Number.isFinite(delay)).toBe(true)
        expect(delay).toBeGreaterThanOrEqual(0)
        expect(delay).toBeLessThanOrEqual(MAX)
      }
    }
  })

  it('waits 0 with a base delay of 0', () => {
    const { retryDelay } = retryPolicy({ baseDelayMs: 0 })
    expect(retryDelay(2_000, http(502))).toBe(0)
  })
})

describe('options', () => {
  it.each([
    ['maxRetries', Number.POSITIVE_INFINITY],
    ['maxRetries', -1],
    ['maxRetries', 2.5],
    ['maxRetries', Number.NaN],
    ['baseDelayMs', -5],
    ['baseDelayMs', Number.NaN],
    ['maxDelayMs', Number.POSITIVE_INFINITY],
    ['maxRetryAfterMs', Number.POSITIVE_INFINITY],
    ['maxRetryAfterMs', -1],
    ['maxDelayMs', '100'],
  ])('rejects %s = %s with a RangeError that names it', (key, value) => {
    expect(() => retryPolicy({ [key]: value })).toThrow(RangeError)
    expect(() => retryPolicy({ [key]: value })).toThrow(key)
  })

  it('uses the defaults for undefined options', () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999999999)
    const { retry, retryDelay } = retryPolicy({ maxRetries: undefined, maxDelayMs: undefined })
    expect(retry(2, http(503))).toBe(true)
    expect(retry(3, http(503))).toBe(false)
    expect(retryDelay(20, http(503))).toBeGreaterThan(29_999)
    expect(retryDelay(20, http(503))).toBeLessThanOrEqual(30_000)
  })

  it('gives functions that work unbound, as TanStack Query calls them', () => {
    const policy = retryPolicy()
    const { retry, retryDelay } = policy
    expect(retry.call(undefined, 0, http(503))).toBe(true)
    expect(typeof retryDelay.call(undefined, 0, http(503))).toBe('number')
  })
})

describe('given a normalizer', () => {
  /** A data layer the kit does not know: it throws `{ failure: 'offline' }` or `{ failure: 'busy', wait }`. */
  const normalize = (value: unknown) => {
    const failure = (value as { failure?: unknown } | null)?.failure
    if (failure === 'offline') return { kind: 'network' as const }
    if (failure === 'busy') return { kind: 'http' as const, status: 503, retryAfterMs: 2_000 }
    return undefined
  }

  it('classifies with it, so shapes the kit does not know are retried as they should be', () => {
    expect(retryPolicy().retry(0, { failure: 'offline' })).toBe(false)
    const { retry, retryDelay } = retryPolicy({ normalize })
    expect(retry(0, { failure: 'offline' })).toBe(true)
    const busy = { failure: 'busy' }
    expect(retry(0, busy)).toBe(true)
    const delay = retryDelay(0, busy)
    expect(delay).toBeGreaterThan(1_900)
    expect(delay).toBeLessThanOrEqual(2_000)
  })

  it('falls back to the built-in recognition when the normalizer throws or has no answer', () => {
    const { retry } = retryPolicy({
      normalize: (value) => {
        if (value === 'boom') throw new Error('normalizer bug')
        return undefined
      },
    })
    expect(retry(0, 'boom')).toBe(false)
    expect(retry(0, { status: 503 })).toBe(true)
  })
})
