import { createStatusResponse, fromResponse, isControlFlowThrow, StatusError } from '@statuskit/core'
import {
  getAccessFallbackHTTPStatus,
  isHTTPAccessFallbackError,
} from 'next/dist/client/components/http-access-fallback/http-access-fallback.js'
import { isNextRouterError } from 'next/dist/client/components/is-next-router-error.js'
import { createReactServerErrorHandler } from 'next/dist/server/app-render/create-error-handler.js'
import { afterEach, describe, expect, it } from 'vitest'
import { decodeStatusDigest } from './decodeStatusDigest'
import { throwStatus } from './throwStatus'

const NOW = Date.UTC(2026, 10, 25, 13, 0, 0)

/** What throwStatus threw. */
function thrownBy(source: unknown): Error & { digest?: string } {
  try {
    throwStatus(source)
  } catch (error) {
    return error as Error & { digest?: string }
  }
  throw new Error('throwStatus returned')
}

/** The HTTP status Next renders for a thrown value, when it is one of Next's own not-found/forbidden signals. */
function nextAccessStatus(thrown: unknown): number | undefined {
  return isHTTPAccessFallbackError(thrown) ? getAccessFallbackHTTPStatus(thrown) : undefined
}

afterEach(() => {
  delete process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS
})

describe('throwStatus', () => {
  describe('given a 404 or a 410', () => {
    it("should throw Next's own notFound() signal, for a StatusError, a response-like value or a number", async () => {
      const fromServer = await fromResponse(createStatusResponse(404), { now: NOW })
      for (const source of [fromServer, { status: 404 }, 404, 410]) {
        const thrown = thrownBy(source)
        expect(nextAccessStatus(thrown)).toBe(404)
        expect(isNextRouterError(thrown)).toBe(true)
        expect(isControlFlowThrow(thrown)).toBe(true)
      }
    })
  })

  describe('given a 403 or a 401 with experimental.authInterrupts on', () => {
    it("should throw Next's forbidden() and unauthorized() signals", () => {
      // Next's bundlers inline this variable from `experimental.authInterrupts`; Node reads it at run time.
      process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true'
      expect(nextAccessStatus(thrownBy(403))).toBe(403)
      expect(nextAccessStatus(thrownBy(new StatusError({ kind: 'http', status: 401 })))).toBe(401)
    })
  })

  describe('given a 403 or a 401 without experimental.authInterrupts', () => {
    it("should not throw Next's refusal (a plain error) but the status in a digest", () => {
      for (const status of [403, 401]) {
        const thrown = thrownBy(status)
        expect(thrown.message).not.toMatch(/experimental/)
        expect(nextAccessStatus(thrown)).toBeUndefined()
        expect(decodeStatusDigest(thrown.digest)?.status).toBe(status)
      }
    })
  })

  describe('given a 503 from the server with Retry-After, a problem document and a request id', () => {
    async function maintenance() {
      const response = createStatusResponse(503, {
        retryAfter: 120,
        problem: {
          detail: 'Database primary db-7.internal (10.0.0.3) is in failover',
          extensions: { traceId: 'trace-42' },
        },
      })
      return fromResponse(response, { now: NOW })
    }

    it('should carry the status, the absolute retry time and the reference in the digest', async () => {
      const thrown = thrownBy(await maintenance())
      expect(thrown.digest).toBe(`STATUSKIT;1;503;${(NOW + 120_000).toString(36)};trace-42`)
      // Read later in the browser, the page counts down to the time the server named, not a new two minutes.
      const read = decodeStatusDigest(thrown.digest, NOW + 30_000)
      expect(read).toMatchObject({ kind: 'http', status: 503, retryAt: NOW + 120_000, requestId: 'trace-42' })
      expect(read?.retryAfterMs).toBe(90_000)
    })

    it("should never put the server's words in the digest or the message", async () => {
      const thrown = thrownBy(await maintenance())
      for (const text of [thrown.digest, thrown.message]) {
        expect(text).not.toMatch(/failover|10\.0\.0\.3|db-7/)
      }
      expect(thrown.message).toBe('503 Service Unavailable')
      expect(thrown.digest?.length).toBeLessThan(40)
    })

    it("should keep its digest through Next's server error handler, which makes one up only for errors without", async () => {
      const logged: Error[] = []
      const onError = createReactServerErrorHandler(false, false, new Map(), (error: Error) => {
        logged.push(error)
      })
      const thrown = thrownBy(await maintenance())
      expect(onError(thrown)).toBe(thrown.digest)
      expect(onError(new Error('boom'))).toMatch(/^\d+$/)
      expect(logged).toHaveLength(2)
    })
  })

  describe('given a status that passed its retry time, or an unregistered one', () => {
    it('should read back as retry now, and as the status given', () => {
      const late = decodeStatusDigest(
        thrownBy(new StatusError({ kind: 'http', status: 429, retryAfterMs: 1000, now: NOW })).digest,
        NOW + 5000,
      )
      expect(late).toMatchObject({ status: 429, retryAfterMs: 0, retryAt: NOW + 5000 })
      expect(decodeStatusDigest(thrownBy(599).digest)).toMatchObject({ status: 599, retryAt: undefined })
    })
  })

  describe('given a failure without an answer on the server', () => {
    it('should send a network failure as 502, a timeout as 504 and anything else as 500', () => {
      const status = (source: unknown) => decodeStatusDigest(thrownBy(source).digest)?.status
      expect(status(new TypeError('fetch failed'))).toBe(502)
      expect(status(Object.assign(new Error('timed out'), { name: 'TimeoutError' }))).toBe(504)
      expect(status(new Error('Cannot read properties of undefined'))).toBe(500)
      expect(status('nonsense')).toBe(500)
      expect(status(99)).toBe(500)
    })
  })

  describe('given the digest it throws', () => {
    it("should not be mistaken for router control flow by Next or by the kit's boundaries", () => {
      const thrown = thrownBy(500)
      expect(isNextRouterError(thrown)).toBe(false)
      expect(isControlFlowThrow(thrown)).toBe(false)
    })
  })
})

describe('decodeStatusDigest', () => {
  it("should read nothing from Next's own digests, other versions or broken ones", () => {
    for (const digest of [
      '2845913453',
      'NEXT_REDIRECT;replace;/login;307;',
      'NEXT_HTTP_ERROR_FALLBACK;404',
      'STATUSKIT;2;503;;',
      'STATUSKIT;1;503',
      'STATUSKIT;1;099;;',
      'STATUSKIT;1;600;;',
      'STATUSKIT;1;503;NOT-BASE36;',
      undefined,
      42,
    ]) {
      expect(decodeStatusDigest(digest)).toBeUndefined()
    }
  })

  it('should drop a reference that is not a valid one', () => {
    expect(decodeStatusDigest('STATUSKIT;1;500;;has spaces')).toMatchObject({
      status: 500,
      requestId: undefined,
    })
  })
})
