import { createStatusResponse, fromResponse, StatusError } from '@statuskit/core'
import { isRouteErrorResponse, UNSAFE_ErrorResponseImpl } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readRouteError } from './readRouteError'
import { throwStatus } from './throwStatus'

const NOW = Date.UTC(2026, 10, 25, 13, 31, 20)

/** What throwStatus threw: React Router's `data()` (`{ type, data, init }`). */
function thrown(source: unknown): { type: string; data: Record<string, unknown>; init: ResponseInit } {
  try {
    throwStatus(source)
  } catch (value) {
    return value as ReturnType<typeof thrown>
  }
  throw new Error('throwStatus returned')
}

/** The error React Router hands to the route's error element for a thrown `data()`, as it builds it. */
function routeError(source: unknown, body = thrown(source)) {
  return new UNSAFE_ErrorResponseImpl(body.init.status ?? 500, body.init.statusText, body.data)
}

beforeEach(() => {
  vi.useFakeTimers({ now: NOW, toFake: ['Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('throwStatus', () => {
  it("throws React Router's data() with the status, its reason and the problem document", async () => {
    const error = await fromResponse(
      createStatusResponse(422, {
        problem: {
          detail: 'Two fields need attention',
          extensions: { errors: [{ pointer: '/email', detail: 'Required' }] },
        },
      }),
    )
    const value = thrown(error)
    expect(value.type).toBe('DataWithResponseInit')
    expect(value.init).toEqual({ status: 422, statusText: 'Unprocessable Content' })
    expect(value.data).toEqual({
      errors: [{ pointer: '/email', detail: 'Required' }],
      type: 'about:blank',
      title: 'Unprocessable Content',
      status: 422,
      detail: 'Two fields need attention',
      statuskit: {},
    })
  })

  it("keeps the server's wait as the time left now, in the body and as a Retry-After header", async () => {
    const error = await fromResponse(createStatusResponse(429, { retryAfter: 120 }))
    vi.setSystemTime(NOW + 5000)
    const value = thrown(error)
    expect(value.data.statuskit).toEqual({ retryAfterMs: 115_000 })
    expect(value.init.headers).toEqual({ 'Retry-After': '115' })
  })

  it('keeps the request id that only a response header carried', async () => {
    const error = await fromResponse(createStatusResponse(503, { headers: { 'x-request-id': 'req_42' } }))
    expect(thrown(error).data.statuskit).toEqual({ requestId: 'req_42' })
  })

  it('writes a body that survives JSON, as framework mode sends it to the browser', async () => {
    const error = await fromResponse(
      createStatusResponse(429, { retryAfter: 30, problem: { detail: 'Slow down' } }),
    )
    const { data } = thrown(error)
    expect(JSON.parse(JSON.stringify(data))).toEqual(data)
  })

  it('takes a status number, and anything toStatusError understands', () => {
    expect(thrown(404).init).toEqual({ status: 404, statusText: 'Not Found' })
    expect(thrown({ status: 409 }).init.status).toBe(409)
    expect(thrown(499).init).toEqual({ status: 499, statusText: '' })
  })

  it('throws a failure without a status as its StatusError', () => {
    const value = thrown(new TypeError('Failed to fetch')) as unknown
    expect(value).toBeInstanceOf(StatusError)
    expect(value).toMatchObject({ kind: 'network' })
    expect(thrown(42) as unknown).toMatchObject({ kind: 'unknown' })
  })
})

describe('readRouteError', () => {
  it("reads throwStatus's status, problem details, wait and request id back", async () => {
    const error = await fromResponse(
      createStatusResponse(429, {
        retryAfter: 120,
        problem: { detail: 'Slow down' },
        headers: { 'x-request-id': 'req_7' },
      }),
    )
    const read = readRouteError(routeError(error))
    expect(read).toMatchObject({ kind: 'http', status: 429, retryAfterMs: 120_000, retryAt: NOW + 120_000 })
    expect(read.requestId).toBe('req_7')
    expect(read.problem?.detail).toBe('Slow down')
    // The kit's own member is not part of the server's document.
    expect(Object.keys(read.problem?.extensions ?? {})).toEqual([])
  })

  it("counts the wait from when the browser reads the error, whatever the server's clock said", async () => {
    // The server's clock is an hour ahead of the browser's.
    vi.setSystemTime(NOW + 3_600_000)
    const body = thrown(await fromResponse(createStatusResponse(429, { retryAfter: 120 })))
    const sent = JSON.parse(JSON.stringify(body.data))
    vi.setSystemTime(NOW)
    const read = readRouteError(routeError(undefined, { ...body, data: sent }))
    expect(read.retryAt).toBe(NOW + 120_000)
  })

  it('reads a problem+json body that React Router kept as text', () => {
    const text = JSON.stringify({ type: 'about:blank', status: 400, errors: { email: ['Enter an email'] } })
    const read = readRouteError(new UNSAFE_ErrorResponseImpl(400, 'Bad Request', text))
    expect(read.status).toBe(400)
    expect(read.problem?.extensions.errors).toEqual({ email: ['Enter an email'] })
  })

  it('keeps the status of a route error whose body is not a problem document', () => {
    for (const data of ['<!doctype html><h1>Not Found</h1>', '{"broken":', null, ['a']]) {
      const read = readRouteError(new UNSAFE_ErrorResponseImpl(404, 'Not Found', data))
      expect(read).toMatchObject({ kind: 'http', status: 404, problem: undefined })
    }
  })

  it("reads React Router's own 404 for an address no route matches", () => {
    const raw = new UNSAFE_ErrorResponseImpl(404, 'Not Found', new Error('No route matches URL "/x"'), true)
    expect(isRouteErrorResponse(raw)).toBe(true)
    expect(readRouteError(raw)).toMatchObject({ kind: 'http', status: 404 })
  })

  it('normalizes anything else with toStatusError', () => {
    expect(readRouteError(new TypeError('Failed to fetch')).kind).toBe('network')
    expect(readRouteError('a string').kind).toBe('unknown')
    const statusError = new StatusError({ kind: 'http', status: 503, retryAfterMs: 1000 })
    expect(readRouteError(statusError)).toBe(statusError)
  })
})
