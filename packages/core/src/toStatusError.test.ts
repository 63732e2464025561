import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { isStatusError } from './isStatusError'
import { StatusError } from './StatusError'
import { toStatusError } from './toStatusError'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)

/** The parts of AxiosHeaders that matter here: case-insensitive get(). */
class AxiosHeadersLike {
  private readonly values: Record<string, string>
  constructor(values: Record<string, string>) {
    this.values = Object.fromEntries(Object.entries(values).map(([key, value]) => [key.toLowerCase(), value]))
  }
  get(name: string): string | undefined {
    return this.values[name.toLowerCase()]
  }
}

/** Same shape as axios 1.x AxiosError. */
class AxiosErrorLike extends Error {
  override name = 'AxiosError'
  isAxiosError = true
  code: string | undefined
  config = {
    url: 'https://api.example.com/v1/users?access_token=s3cr3t',
    headers: { Authorization: 'Bearer eyJhbGciOi.secret' },
  }
  request = {}
  response: { status: number; statusText: string; headers: unknown; data: unknown } | undefined
  status: number | undefined
  constructor(message: string, code?: string, response?: AxiosErrorLike['response']) {
    super(message)
    this.code = code
    this.response = response
    this.status = response?.status
  }
}

/** Same shape as ky's HTTPError (1.x without `data`, 2.x with the already-read `data`). */
class KyHTTPErrorLike extends Error {
  override name = 'HTTPError'
  request: Request
  options = { headers: { authorization: 'Bearer ky-secret' } }
  constructor(
    public response: Response,
    public data?: unknown,
  ) {
    super(
      `Request failed with status code ${response.status}: GET https://api.example.com/private?key=s3cr3t`,
    )
    this.request = new Request('https://api.example.com/private?key=s3cr3t')
  }
}

/** Same shape as ofetch's FetchError. */
class FetchErrorLike extends Error {
  override name = 'FetchError'
  statusCode?: number
  status?: number
  statusText?: string
  data?: unknown
  response?: Response
  constructor(message: string, init: { response?: Response; data?: unknown; cause?: unknown }) {
    super(message, { cause: init.cause })
    this.response = init.response
    this.status = init.response?.status
    this.statusCode = init.response?.status
    this.data = init.data
  }
}

/** Same shape as tRPC's TRPCClientError. */
class TRPCClientErrorLike extends Error {
  override name = 'TRPCClientError'
  constructor(
    message: string,
    public data: { code: string; httpStatus: number; path: string } | undefined,
    public meta?: { response?: Response },
    cause?: unknown,
  ) {
    super(message, { cause })
  }
}

/** Same shape as React Router's ErrorResponseImpl. */
class ErrorResponseLike {
  constructor(
    public status: number,
    public statusText: string,
    public data: unknown,
    public internal = false,
  ) {}
}

describe('given a value that is already a StatusError', () => {
  it('returns it unchanged', () => {
    const error = new StatusError({ kind: 'http', status: 418 })
    expect(toStatusError(error)).toBe(error)
  })
})

describe('given a fetch Response', () => {
  it('reads the status and the Retry-After header', () => {
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '120' } })
    const error = toStatusError(response, { now: NOW })
    expect(error.kind).toBe('http')
    expect(error.status).toBe(503)
    expect(error.message).toBe('503 Service Unavailable')
    expect(error.retryAfterMs).toBe(120_000)
    expect(error.retryAt).toBe(NOW + 120_000)
    expect(error.cause).toBe(response)
  })

  it('reads an HTTP-date Retry-After against the given time', () => {
    const response = new Response(null, {
      status: 429,
      headers: { 'Retry-After': new Date(NOW + 90_000).toUTCString() },
    })
    expect(toStatusError(response, { now: NOW }).retryAfterMs).toBe(90_000)
  })

  it('takes the wait from the RateLimit header when there is no Retry-After', () => {
    const response = new Response(null, { status: 429, headers: { RateLimit: '"default";r=0;t=30' } })
    const error = toStatusError(response, { now: NOW })
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.retryAt).toBe(NOW + 30_000)
  })

  it('prefers Retry-After over RateLimit', () => {
    const response = new Response(null, {
      status: 429,
      headers: { 'Retry-After': '5', RateLimit: '"default";r=0;t=30' },
    })
    expect(toStatusError(response, { now: NOW }).retryAfterMs).toBe(5_000)
  })

  it('ignores an invalid Retry-After', () => {
    const response = new Response(null, { status: 503, headers: { 'Retry-After': '1e3' } })
    const error = toStatusError(response)
    expect(error.retryAfterMs).toBeUndefined()
    expect(error.retryAt).toBeUndefined()
  })

  it('falls back to RateLimit when Retry-After is invalid', () => {
    for (const retryAfter of ['1e3', 'soon', '', '-1', '2026-01-15T12:01:00Z']) {
      const response = new Response(null, {
        status: 429,
        headers: {
          'Retry-After': retryAfter,
          RateLimit: '"minute";r=0;t=20, "day";r=0;t=45, "burst";r=9;t=99',
        },
      })
      const error = toStatusError(response, { now: NOW })
      expect(error.retryAfterMs, retryAfter).toBe(45_000)
      expect(error.retryAt, retryAfter).toBe(NOW + 45_000)
    }
  })

  it('lets a valid Retry-After win over RateLimit even when it asks for no wait at all', () => {
    const past = new Response(null, {
      status: 503,
      headers: { 'Retry-After': new Date(NOW - 60_000).toUTCString(), RateLimit: '"default";r=0;t=30' },
    })
    expect(toStatusError(past, { now: NOW }).retryAfterMs).toBe(0)
    expect(toStatusError(past, { now: NOW }).retryAt).toBe(NOW)
  })

  it('reads RateLimit from axios-style plain lower-case headers too', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 429', 'ERR_BAD_REQUEST', {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { ratelimit: '"default";r=0;t=12' },
        data: '',
      }),
      { now: NOW },
    )
    expect(error.retryAfterMs).toBe(12_000)
    expect(error.retryAt).toBe(NOW + 12_000)
  })

  it('treats Response.error() as a network error', () => {
    const error = toStatusError(Response.error())
    expect(error.kind).toBe('network')
    expect(error.status).toBeUndefined()
  })

  it('captures the request id header as the support reference', () => {
    const response = new Response(null, { status: 502, headers: { 'X-Request-Id': 'b7c1e2f0-77aa' } })
    expect(toStatusError(response).requestId).toBe('b7c1e2f0-77aa')
  })

  it('ignores a request id that is not a short printable token', () => {
    const response = new Response(null, { status: 502, headers: { 'x-request-id': 'x'.repeat(200) } })
    expect(toStatusError(response).requestId).toBeUndefined()
  })
})

describe('given an axios error', () => {
  it('takes the status, AxiosHeaders and a problem+json body from the response', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 422', 'ERR_BAD_REQUEST', {
        status: 422,
        statusText: 'Unprocessable Content',
        headers: new AxiosHeadersLike({ 'Content-Type': 'application/problem+json', 'X-Request-Id': 'ax-1' }),
        data: { type: 'https://example.com/probs/invalid', title: 'Invalid input', status: 422, errors: [] },
      }),
      { now: NOW },
    )
    expect(error.kind).toBe('http')
    expect(error.status).toBe(422)
    expect(error.problem?.title).toBe('Invalid input')
    expect(error.problem?.extensions.errors).toEqual([])
    expect(error.requestId).toBe('ax-1')
  })

  it('reads plain lower-case header objects', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 429', 'ERR_BAD_REQUEST', {
        status: 429,
        statusText: 'Too Many Requests',
        headers: { 'retry-after': '7', 'content-type': 'application/json' },
        data: { message: 'slow down' },
      }),
      { now: NOW },
    )
    expect(error.status).toBe(429)
    expect(error.retryAfterMs).toBe(7_000)
    expect(error.problem).toBeUndefined()
  })

  it('reads problem members from a body under a plain JSON type', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 404', 'ERR_BAD_REQUEST', {
        status: 404,
        statusText: 'Not Found',
        headers: { 'content-type': 'application/json; charset=utf-8' },
        data: { title: 'No such order', detail: 'Order 42 does not exist', traceId: '00-abc-01' },
      }),
    )
    expect(error.problem?.detail).toBe('Order 42 does not exist')
    expect(error.requestId).toBe('00-abc-01')
  })

  it('parses a JSON string body that axios could not parse itself', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 400', 'ERR_BAD_REQUEST', {
        status: 400,
        statusText: 'Bad Request',
        headers: { 'content-type': 'application/problem+json' },
        data: '{"title":"Bad input","status":400}',
      }),
    )
    expect(error.problem?.title).toBe('Bad input')
  })

  it('parses a string body once: a JSON string that holds a problem document is no problem', () => {
    for (const headers of [
      { 'content-type': 'application/problem+json' },
      { 'content-type': 'application/json' },
    ]) {
      const error = toStatusError(
        new AxiosErrorLike('Request failed with status code 400', 'ERR_BAD_REQUEST', {
          status: 400,
          statusText: 'Bad Request',
          headers,
          data: JSON.stringify(JSON.stringify({ title: 'x', status: 400 })),
        }),
      )
      expect(error.status).toBe(400)
      expect(error.problem).toBeUndefined()
    }
  })

  it.each([
    ['ERR_NETWORK', 'network'],
    ['ECONNREFUSED', 'network'],
    ['ECONNABORTED', 'timeout'],
    ['ETIMEDOUT', 'timeout'],
    ['ERR_CANCELED', 'abort'],
    ['ERR_BAD_OPTION', 'unknown'],
  ])('maps code %s without a response to %s', (code, kind) => {
    expect(toStatusError(new AxiosErrorLike('boom', code)).kind).toBe(kind)
  })

  it('never serialises the request URL, its token or the Authorization header', () => {
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 401', 'ERR_BAD_REQUEST', {
        status: 401,
        statusText: 'Unauthorized',
        headers: {},
        data: 'Unauthorized',
      }),
    )
    const json = JSON.stringify(error)
    expect(json).not.toMatch(/api\.example\.com|s3cr3t|Bearer|Authorization/)
    expect(error.message).toBe('401 Unauthorized')
  })
})

describe('given ky errors', () => {
  it('reads a ky 1 HTTPError from its response', () => {
    const response = new Response('{"title":"Gone"}', {
      status: 410,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '60' },
    })
    const error = toStatusError(new KyHTTPErrorLike(response), { now: NOW })
    expect(error.status).toBe(410)
    expect(error.retryAfterMs).toBe(60_000)
    expect(error.problem).toBeUndefined()
    expect(response.bodyUsed).toBe(false)
  })

  it('takes the problem from ky 2 already-read data', () => {
    const response = new Response(null, {
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
    })
    const error = toStatusError(new KyHTTPErrorLike(response, { title: 'Plan limit reached', status: 403 }))
    expect(error.status).toBe(403)
    expect(error.problem?.title).toBe('Plan limit reached')
  })

  it('recognises TimeoutError and NetworkError by name', () => {
    const timeout = Object.assign(new Error('Request timed out: GET https://api.example.com'), {
      name: 'TimeoutError',
    })
    const network = Object.assign(new Error('Network failure'), { name: 'NetworkError' })
    expect(toStatusError(timeout).kind).toBe('timeout')
    expect(toStatusError(network).kind).toBe('network')
  })

  it('keeps the URL out of the message and the JSON', () => {
    const error = toStatusError(new KyHTTPErrorLike(new Response(null, { status: 500 })))
    expect(error.message).toBe('500 Internal Server Error')
    expect(JSON.stringify(error)).not.toMatch(/example\.com|s3cr3t|Bearer/)
  })
})

describe('given an ofetch FetchError', () => {
  it('reads statusCode, data and the response headers', () => {
    const response = new Response(null, {
      status: 503,
      headers: { 'content-type': 'application/problem+json', 'retry-after': '30', 'request-id': 'of-9' },
    })
    const error = toStatusError(
      new FetchErrorLike('[GET] "https://api.example.com/x": 503 Service Unavailable', {
        response,
        data: { title: 'Down for maintenance', status: 503 },
      }),
      { now: NOW },
    )
    expect(error.status).toBe(503)
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.problem?.title).toBe('Down for maintenance')
    expect(error.requestId).toBe('of-9')
  })

  it('classifies a failure without a response by its cause', () => {
    const network = new FetchErrorLike('[GET] "https://api.example.com/x": <no response> fetch failed', {
      cause: new TypeError('fetch failed'),
    })
    const aborted = new FetchErrorLike('[GET] "/x": <no response> This operation was aborted', {
      cause: new DOMException('This operation was aborted', 'AbortError'),
    })
    expect(toStatusError(network).kind).toBe('network')
    expect(toStatusError(network).cause).toBe(network)
    expect(toStatusError(aborted).kind).toBe('abort')
  })
})

describe('given a string body from ky or ofetch', () => {
  it('parses it once, so a JSON string that holds a problem document is no problem', () => {
    const text = JSON.stringify(JSON.stringify({ title: 'x' }))
    const response = new Response(null, {
      status: 409,
      headers: { 'content-type': 'application/problem+json' },
    })
    const ky = toStatusError(new KyHTTPErrorLike(response, text))
    const ofetch = toStatusError(new FetchErrorLike('[GET] "/x": 409 Conflict', { response, data: text }))
    for (const error of [ky, ofetch]) {
      expect(error.status).toBe(409)
      expect(error.problem).toBeUndefined()
    }
  })
})

describe('given a tRPC TRPCClientError', () => {
  it('reads data.httpStatus', () => {
    const error = toStatusError(
      new TRPCClientErrorLike('No post with id 7', { code: 'NOT_FOUND', httpStatus: 404, path: 'post.byId' }),
    )
    expect(error.kind).toBe('http')
    expect(error.status).toBe(404)
    expect(error.message).toBe('404 Not Found')
  })

  it('reads headers from meta.response', () => {
    const response = new Response(null, { status: 429, headers: { 'retry-after': '12' } })
    const error = toStatusError(
      new TRPCClientErrorLike(
        'Too many',
        { code: 'TOO_MANY_REQUESTS', httpStatus: 429, path: 'x' },
        { response },
      ),
      { now: NOW },
    )
    expect(error.retryAfterMs).toBe(12_000)
  })

  it('classifies a network failure by its cause', () => {
    const error = toStatusError(
      new TRPCClientErrorLike('Failed to fetch', undefined, {}, new TypeError('Failed to fetch')),
    )
    expect(error.kind).toBe('network')
  })
})

describe('given a React Router error response', () => {
  it('reads the status and a problem-shaped data object', () => {
    const error = toStatusError(
      new ErrorResponseLike(403, 'Forbidden', { title: 'Members only', status: 403 }),
    )
    expect(error.status).toBe(403)
    expect(error.problem?.title).toBe('Members only')
  })

  it('keeps a string data out of the problem and the message', () => {
    const error = toStatusError(
      new ErrorResponseLike(404, 'Not Found', 'Error: No route matches URL "/admin/secret"', true),
    )
    expect(error.status).toBe(404)
    expect(error.problem).toBeUndefined()
    expect(error.message).toBe('404 Not Found')
  })
})

describe('given plain objects', () => {
  it('reads an integer status or statusCode in 100-599', () => {
    expect(toStatusError({ status: 404 }).status).toBe(404)
    expect(toStatusError({ statusCode: 502 }).status).toBe(502)
    expect(toStatusError(Object.assign(new Error('boom'), { status: 409 })).status).toBe(409)
  })

  it('ignores statuses that are not integers in 100-599', () => {
    for (const status of [0, 99, 600, 404.5, '404', Number.NaN, -404, 1e9]) {
      const error = toStatusError({ status })
      expect(error.kind).toBe('unknown')
      expect(error.status).toBeUndefined()
    }
  })

  it('treats status 0 on a non-Response as unknown', () => {
    expect(toStatusError({ status: 0 }).kind).toBe('unknown')
  })

  it('recognises a frozen object that matches a shape', () => {
    expect(toStatusError(Object.freeze({ status: 404 })).status).toBe(404)
  })

  it('recognises a proxy that matches a shape', () => {
    expect(toStatusError(new Proxy({ statusCode: 503 }, {})).status).toBe(503)
  })

  it('takes the request id from problem.instance only when it is not an absolute URL', () => {
    const relative = toStatusError({
      status: 500,
      headers: { 'content-type': 'application/problem+json' },
      data: { title: 'Oops', instance: '/errors/7f3a' },
    })
    const absolute = toStatusError({
      status: 500,
      headers: { 'content-type': 'application/problem+json' },
      data: { title: 'Oops', instance: 'https://api.example.com/errors/7f3a?sig=abc' },
    })
    expect(relative.requestId).toBe('/errors/7f3a')
    expect(absolute.requestId).toBeUndefined()
  })

  it("reads RFC 9457's errors array as a problem without a problem content type", () => {
    const error = toStatusError({
      status: 422,
      data: { errors: [{ detail: 'must be a positive integer', pointer: '#/age' }] },
    })
    expect(error.problem?.extensions.errors).toEqual([
      { detail: 'must be a positive integer', pointer: '#/age' },
    ])
  })

  it('keeps the status when the body holds a revoked proxy', () => {
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    const error = toStatusError({ status: 422, data: { errors: proxy } })
    expect(error.status).toBe(422)
    expect(error.problem).toBeUndefined()
  })

  it('reads a body whose only standard member is type about:blank as a problem, so its members count', () => {
    const error = toStatusError({ status: 504, data: { type: 'about:blank', requestId: 'rid-3' } })
    expect(error.problem?.type).toBe('about:blank')
    expect(error.requestId).toBe('rid-3')
  })

  it('prefers the request id header over problem members', () => {
    const error = toStatusError({
      status: 500,
      headers: { 'x-correlation-id': 'corr-1', 'content-type': 'application/problem+json' },
      data: { requestId: 'body-1' },
    })
    expect(error.requestId).toBe('corr-1')
  })
})

describe('given the TypeErrors that fetch rejects with when the network fails', () => {
  it.each([
    'Failed to fetch',
    'Failed to fetch (api.example.com)',
    'NetworkError when attempting to fetch resource.',
    'Load failed',
    'The network connection was lost.',
    'The Internet connection appears to be offline.',
    'fetch failed',
    'Network request failed',
    // Chrome, when the connection drops while the body streams.
    'network error',
    // Node's undici, the same.
    'terminated',
    // Safari's other connection failures.
    'A server with the specified hostname could not be found.',
    'Could not connect to the server.',
  ])('"%s" is a network error', (message) => {
    const error = toStatusError(new TypeError(message))
    expect(error.kind).toBe('network')
    expect(error.message).toBe('Network error')
  })

  it.each([
    // React Native's fetch, when its request times out.
    'Network request timed out',
    // Safari, when the connection times out.
    'The request timed out.',
  ])('"%s" is a timeout', (message) => {
    const error = toStatusError(new TypeError(message))
    expect(error.kind).toBe('timeout')
    expect(error.message).toBe('Request timed out')
  })

  it.each(['Network Error', 'Terminated', 'terminated by the user', 'The request timed out'])(
    'a near miss "%s" stays unknown',
    (message) => {
      expect(toStatusError(new TypeError(message)).kind).toBe('unknown')
    },
  )

  it.each([
    "Cannot read properties of undefined (reading 'map')",
    'undefined is not a function',
    'Failed to fetch dynamically imported module: https://app.example.com/chunk.js',
    'failed to fetch',
  ])('a programming error "%s" is unknown', (message) => {
    expect(toStatusError(new TypeError(message)).kind).toBe('unknown')
  })

  it('does not treat other error types with a network message as network errors', () => {
    expect(toStatusError(new Error('Failed to fetch')).kind).toBe('unknown')
  })
})

describe('given aborts and timeouts', () => {
  it('maps a DOMException AbortError to abort', () => {
    expect(toStatusError(new DOMException('The operation was aborted.', 'AbortError')).kind).toBe('abort')
  })

  it('maps any error named AbortError to abort', () => {
    expect(toStatusError(Object.assign(new Error('aborted'), { name: 'AbortError' })).kind).toBe('abort')
  })

  it("maps AbortSignal.timeout()'s reason to timeout", async () => {
    const signal = AbortSignal.timeout(1)
    await new Promise((resolve) => signal.addEventListener('abort', resolve))
    expect(toStatusError(signal.reason).kind).toBe('timeout')
  })

  it("maps an aborted controller's reason to abort", () => {
    const controller = new AbortController()
    controller.abort()
    expect(toStatusError(controller.signal.reason).kind).toBe('abort')
  })
})

describe('given hostile and odd values', () => {
  it.each([
    ['a string', 'Not Found'],
    ['null', null],
    ['undefined', undefined],
    ['a number', 404],
    ['a symbol', Symbol('x')],
    ['a bigint', 404n],
    ['a function', () => 404],
    ['an empty object', {}],
    ['a frozen object without a shape', Object.freeze({ message: 'no' })],
    ['an array', [404]],
  ])('%s is unknown and kept as the cause', (_, value) => {
    const error = toStatusError(value)
    expect(error.kind).toBe('unknown')
    expect(error.message).toBe('Unknown error')
    expect(error.cause).toBe(value)
  })

  it('turns an object whose getters throw into unknown', () => {
    const hostile = Object.defineProperties(
      {},
      Object.fromEntries(
        [
          'status',
          'statusCode',
          'name',
          'message',
          'response',
          'data',
          'isAxiosError',
          'headers',
          'code',
        ].map((key) => [
          key,
          {
            get() {
              throw new Error(`no ${key}`)
            },
          },
        ]),
      ),
    )
    expect(toStatusError(hostile).kind).toBe('unknown')
  })

  it('turns a revoked proxy into unknown', () => {
    const { proxy, revoke } = Proxy.revocable({ status: 404 }, {})
    revoke()
    const error = toStatusError(proxy)
    expect(error.kind).toBe('unknown')
    expect(error.cause).toBe(proxy)
  })

  it('turns a proxy whose every trap throws into unknown', () => {
    const trap = () => {
      throw new Error('trap')
    }
    const proxy = new Proxy(
      {},
      { get: trap, has: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, ownKeys: trap },
    )
    expect(toStatusError(proxy).kind).toBe('unknown')
  })

  it('still reads the status when only the headers are hostile', () => {
    const headers = {
      get() {
        throw new Error('headers')
      },
    }
    const error = toStatusError({ status: 429, headers })
    expect(error.status).toBe(429)
    expect(error.retryAfterMs).toBeUndefined()
  })

  it('survives a hostile body and hostile options', () => {
    const data = new Proxy(
      {},
      {
        get() {
          throw new Error('data')
        },
      },
    )
    const options = Object.defineProperty({}, 'now', {
      get() {
        throw new Error('now')
      },
    })
    const error = toStatusError({ status: 400, data }, options)
    expect(error.status).toBe(400)
    expect(error.problem).toBeUndefined()
  })

  it('never throws for any of them', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    for (const value of [proxy, Symbol.iterator, Object.create(null), new Proxy(Object.freeze({}), {})]) {
      expect(() => toStatusError(value)).not.toThrow()
      expect(isStatusError(toStatusError(value))).toBe(true)
    }
  })
})

describe('given server data that JSON.stringify could not write', () => {
  it('serialises an axios error whose body is nested 20,000 levels deep', () => {
    const data = JSON.parse(`{"title":"Deep","a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`)
    const error = toStatusError(
      new AxiosErrorLike('Request failed with status code 400', 'ERR_BAD_REQUEST', {
        status: 400,
        statusText: 'Bad Request',
        headers: { 'content-type': 'application/problem+json' },
        data,
      }),
    )
    expect(error.problem?.title).toBe('Deep')
    expect(() => JSON.stringify(error)).not.toThrow()
  })

  it('serialises an axios error whose body was built by code with a cycle, a BigInt and a throwing getter', () => {
    const data: Record<string, unknown> = { title: 'Built', count: 10n }
    data.self = data
    Object.defineProperty(data, 'broken', {
      enumerable: true,
      get() {
        throw new Error('getter')
      },
    })
    const error = toStatusError({
      status: 409,
      headers: { 'content-type': 'application/problem+json' },
      data,
    })
    expect(error.status).toBe(409)
    expect(error.problem?.title).toBe('Built')
    expect(() => JSON.stringify(error)).not.toThrow()
  })
})

describe('given a normalizer', () => {
  /** A data layer the kit does not know. */
  class QuotaError extends Error {
    override name = 'QuotaError'
    constructor(public readonly resetInSeconds: number) {
      super('quota exceeded')
    }
  }
  const normalize = (value: unknown) =>
    value instanceof QuotaError
      ? { kind: 'http' as const, status: 429, retryAfterMs: value.resetInSeconds * 1000 }
      : undefined

  it('asks it first and builds the error from its answer, with the value as the cause and the given time', () => {
    const thrown = new QuotaError(30)
    const error = toStatusError(thrown, { now: NOW, normalize })
    expect(error.kind).toBe('http')
    expect(error.status).toBe(429)
    expect(error.retryAt).toBe(NOW + 30_000)
    expect(error.cause).toBe(thrown)
    expect(Object.keys(error)).not.toContain('cause')
  })

  it('lets its answer win over the built-in recognition', () => {
    const error = toStatusError({ status: 404 }, { normalize: () => ({ kind: 'http', status: 410 }) })
    expect(error.status).toBe(410)
  })

  it('keeps a cause and a time the answer gives', () => {
    const original = new Error('inner')
    const error = toStatusError(new QuotaError(1), {
      normalize: () => ({ kind: 'timeout', cause: original, retryAfterMs: 1_000, now: 5 }),
    })
    expect(error.cause).toBe(original)
    expect(error.retryAt).toBe(1_005)
  })

  it('is not asked about a StatusError', () => {
    const existing = new StatusError({ kind: 'abort' })
    let asked = false
    const result = toStatusError(existing, {
      normalize: () => {
        asked = true
        return { kind: 'unknown' }
      },
    })
    expect(result).toBe(existing)
    expect(asked).toBe(false)
  })

  it.each([
    [
      'throws',
      () => {
        throw new Error('normalizer bug')
      },
    ],
    ['answers undefined', () => undefined],
    ['answers with a kind that does not exist', () => ({ kind: 'teapot' })],
    ['answers with a status out of range', () => ({ kind: 'http', status: 999 })],
    ['answers with a value that is no object', () => 42],
    [
      'answers with a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({ kind: 'network' }, {})
        revoke()
        return proxy
      },
    ],
    ['is no function', 'not a function'],
  ])('falls back to the built-in recognition when it %s', (_, normalize) => {
    const error = toStatusError({ status: 503 }, { normalize: normalize as never })
    expect(error.kind).toBe('http')
    expect(error.status).toBe(503)
  })
})

describe('given a value with a transport status and GraphQL errors', () => {
  it('takes an error status of the transport first', () => {
    const value = { statusCode: 502, errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] }
    expect(toStatusError(value).status).toBe(502)
  })

  it('takes the first GraphQL error that names a status over a transport status that is no error', () => {
    const value = {
      status: 200,
      errors: [{ extensions: { code: 'SOMETHING_ELSE' } }, { extensions: { code: 'FORBIDDEN' } }],
    }
    expect(toStatusError(value).status).toBe(403)
  })

  it("reads headers but no body for a GraphQL error's status", () => {
    const value = {
      errors: [{ message: 'Slow down', extensions: { code: 'TOO_MANY_REQUESTS' } }],
      data: { title: 'a field of the query', status: 7 },
      headers: { 'retry-after': '9' },
    }
    const error = toStatusError(value, { now: NOW })
    expect(error.status).toBe(429)
    expect(error.retryAfterMs).toBe(9_000)
    expect(error.problem).toBeUndefined()
  })
})

describe('given values from another realm', () => {
  it('recognises a network TypeError, a plain object and a frozen object', () => {
    expect(toStatusError(runInNewContext(`new TypeError('Failed to fetch')`)).kind).toBe('network')
    expect(toStatusError(runInNewContext(`({ status: 404 })`)).status).toBe(404)
    expect(toStatusError(runInNewContext(`Object.freeze({ statusCode: 503 })`)).status).toBe(503)
  })

  it('recognises an axios-shaped error with a problem body', () => {
    const foreign = runInNewContext(`
      const e = new Error('Request failed with status code 400')
      e.name = 'AxiosError'
      e.isAxiosError = true
      e.code = 'ERR_BAD_REQUEST'
      e.response = { status: 400, headers: { 'content-type': 'application/problem+json' }, data: { title: 'Bad' } }
      e`)
    const error = toStatusError(foreign)
    expect(error.status).toBe(400)
    expect(error.problem?.title).toBe('Bad')
  })

  it('rebuilds a StatusError made in another realm from its shape, keeping an http status', () => {
    const foreign = runInNewContext(
      `const e = new Error('404 Not Found'); e.name = 'StatusError'; e.kind = 'http'; e.status = 404; e`,
    )
    const error = toStatusError(foreign)
    expect(error).not.toBe(foreign)
    expect(error.status).toBe(404)
    expect(error.cause).toBe(foreign)
  })

  it('recognises an AbortError from another realm', () => {
    expect(toStatusError(runInNewContext(`const e = new Error('x'); e.name = 'AbortError'; e`)).kind).toBe(
      'abort',
    )
  })
})

describe('given any source', () => {
  it('keeps the normalization time given, else Date.now()', () => {
    const before = Date.now()
    const error = toStatusError(new Response(null, { status: 429, headers: { 'retry-after': '1' } }))
    expect(error.retryAt).toBeGreaterThanOrEqual(before + 1_000)
    expect(error.retryAt).toBeLessThanOrEqual(Date.now() + 1_000)
  })

  it('never puts server text into the message', () => {
    const error = toStatusError({
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      data: { title: '<script>alert(1)</script>', detail: 'token=abc' },
    })
    expect(error.message).toBe('400 Bad Request')
    expect(error.problem?.title).toBe('<script>alert(1)</script>')
  })
})

describe('given request URLs, headers and credentials in every place clients keep them', () => {
  const URL_WITH_TOKEN = 'https://api.example.com/v1/accounts/42?access_token=s3cr3t-token'
  const SECRET = /api\.example\.com|s3cr3t|Bearer|Authorization|Cookie|sessionid|hunter2/i

  /** An axios error with the URL and credentials in its config, its request and its response. */
  function axiosError(code: string, response?: Record<string, unknown>) {
    const config = {
      url: URL_WITH_TOKEN,
      baseURL: 'https://api.example.com',
      headers: { Authorization: 'Bearer s3cr3t-jwt', Cookie: 'sessionid=s3cr3t' },
      auth: { username: 'ada', password: 'hunter2' },
      params: { access_token: 's3cr3t-token' },
    }
    const request = {
      responseURL: URL_WITH_TOKEN,
      _header: 'GET /v1 HTTP/1.1\r\nAuthorization: Bearer s3cr3t',
    }
    return Object.assign(new Error(`Request failed: GET ${URL_WITH_TOKEN}`), {
      name: 'AxiosError',
      isAxiosError: true,
      code,
      config,
      request,
      response: response && { ...response, config, request },
      status: response?.status,
      toJSON: () => ({ config }),
    })
  }

  const sources: [name: string, value: unknown][] = [
    [
      'an axios error with a response and a problem body',
      axiosError('ERR_BAD_REQUEST', {
        status: 422,
        statusText: 'Unprocessable Content',
        headers: { 'content-type': 'application/problem+json', 'retry-after': '5' },
        data: { title: 'Invalid', errors: [{ detail: 'required', pointer: '/name' }] },
      }),
    ],
    ['an axios network error', axiosError('ERR_NETWORK')],
    ['an axios timeout', axiosError('ECONNABORTED')],
    ['an axios cancel', axiosError('ERR_CANCELED')],
    [
      'a ky HTTPError',
      Object.assign(new Error(`Request failed with status code 500: GET ${URL_WITH_TOKEN}`), {
        name: 'HTTPError',
        request: new Request(URL_WITH_TOKEN, { headers: { Authorization: 'Bearer s3cr3t-jwt' } }),
        options: { headers: { Authorization: 'Bearer s3cr3t-jwt' }, prefixUrl: URL_WITH_TOKEN },
        response: Object.defineProperty(new Response(null, { status: 500 }), 'url', {
          value: URL_WITH_TOKEN,
        }),
      }),
    ],
    [
      'a ky TimeoutError',
      Object.assign(new Error(`Request timed out: GET ${URL_WITH_TOKEN}`), {
        name: 'TimeoutError',
        request: new Request(URL_WITH_TOKEN, { headers: { Authorization: 'Bearer s3cr3t-jwt' } }),
      }),
    ],
    [
      'an ofetch FetchError',
      Object.assign(new Error(`[POST] "${URL_WITH_TOKEN}": 401 Unauthorized`), {
        name: 'FetchError',
        statusCode: 401,
        request: URL_WITH_TOKEN,
        options: { headers: { Authorization: 'Bearer s3cr3t-jwt' } },
        data: { title: 'Sign in' },
      }),
    ],
    [
      'a fetch Response with its URL',
      Object.defineProperty(new Response(null, { status: 404 }), 'url', { value: URL_WITH_TOKEN }),
    ],
    [
      'a network TypeError whose cause names the host',
      new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED ${URL_WITH_TOKEN}`) }),
    ],
  ]

  it.each(sources)('keeps them out of the message and JSON of %s', (_, value) => {
    const error = toStatusError(value, { now: NOW })
    expect(error.message).not.toMatch(SECRET)
    expect(JSON.stringify(error)).not.toMatch(SECRET)
    expect(JSON.stringify({ nested: [error] })).not.toMatch(SECRET)
    expect(String(error)).not.toMatch(SECRET)
    expect(Object.keys(error)).not.toContain('cause')
    expect(error.cause).toBe(value)
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toMatchObject({ enumerable: false, value })
  })

  it('still serialises the server problem document, which is the server own text', () => {
    const error = toStatusError(sources[0]?.[1], { now: NOW })
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({
      name: 'StatusError',
      kind: 'http',
      status: 422,
      message: '422 Unprocessable Content',
      retryAfterMs: 5000,
      retryAt: NOW + 5000,
      problem: {
        type: 'about:blank',
        title: 'Invalid',
        extensions: { errors: [{ detail: 'required', pointer: '/name' }] },
      },
    })
  })
})

describe('given values that are not errors at all', () => {
  it.each([
    ['a string', 'Request failed'],
    ['an empty string', ''],
    ['null', null],
    ['undefined', undefined],
    ['a number', 404],
    ['a symbol', Symbol('failure')],
    ['a bigint', 404n],
    ['a boolean', false],
    ['a function', () => 404],
    ['an array', [404]],
  ])('turns %s into an unknown error that keeps it as the cause', (_, value) => {
    const error = toStatusError(value)
    expect(error).toBeInstanceOf(StatusError)
    expect(error.kind).toBe('unknown')
    expect(error.status).toBeUndefined()
    expect(error.message).toBe('Unknown error')
    expect(error.cause).toBe(value)
    expect(Object.hasOwn(error, 'cause')).toBe(true)
    expect(Object.keys(error)).not.toContain('cause')
  })

  it('keeps the cause as an own, non-enumerable property even when it is undefined', () => {
    const error = toStatusError(undefined)
    expect(Object.getOwnPropertyDescriptor(error, 'cause')).toEqual({
      value: undefined,
      writable: true,
      enumerable: false,
      configurable: true,
    })
  })
})
