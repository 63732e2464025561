import { describe, expect, it } from 'vitest'
import { createStatusResponse } from './createStatusResponse'
import { parseProblemDetails } from './parseProblemDetails'
import { parseRetryAfter } from './parseRetryAfter'

describe('createStatusResponse', () => {
  describe('given a registered error code', () => {
    it('returns a real Response with that status and its reason phrase', () => {
      const response = createStatusResponse(404)
      expect(response).toBeInstanceOf(Response)
      expect(response.status).toBe(404)
      expect(response.statusText).toBe('Not Found')
      expect(response.ok).toBe(false)
    })

    it('sends an application/problem+json body with type, title and status', async () => {
      const response = createStatusResponse(404)
      expect(response.headers.get('Content-Type')).toBe('application/problem+json')
      expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404 })
    })

    it('uses the current reason phrases as titles', async () => {
      expect(await createStatusResponse(413).json()).toMatchObject({ title: 'Content Too Large' })
      expect(await createStatusResponse(422).json()).toMatchObject({ title: 'Unprocessable Content' })
    })

    it('gives a body that parseProblemDetails reads back', async () => {
      const problem = parseProblemDetails(await createStatusResponse(503).json())
      expect(problem).toMatchObject({ type: 'about:blank', title: 'Service Unavailable', status: 503 })
    })
  })

  describe('given problem members', () => {
    it('sends the given members instead of the defaults', async () => {
      const response = createStatusResponse(403, {
        problem: {
          type: 'https://example.com/probs/out-of-credit',
          title: 'You do not have enough credit.',
          detail: 'Your current balance is 30, but that costs 50.',
          instance: '/account/12345/msgs/abc',
        },
      })
      expect(await response.json()).toEqual({
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        status: 403,
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
      })
    })

    it('flattens extensions into the body', async () => {
      const response = createStatusResponse(400, {
        problem: {
          extensions: { errors: [{ pointer: '#/email', detail: 'must be an email' }], traceId: 'abc' },
        },
      })
      expect(await response.json()).toEqual({
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        errors: [{ pointer: '#/email', detail: 'must be an email' }],
        traceId: 'abc',
      })
    })

    it('never lets an extension replace a standard member', async () => {
      const response = createStatusResponse(500, {
        problem: { detail: 'Real', extensions: { title: 'Fake', status: 200, type: 'x', detail: 'Fake' } },
      })
      expect(await response.json()).toEqual({
        type: 'about:blank',
        title: 'Internal Server Error',
        status: 500,
        detail: 'Real',
      })
    })

    it('sends an extension named __proto__ as a plain member', async () => {
      const extensions = JSON.parse('{"__proto__":{"polluted":true}}')
      const text = await createStatusResponse(400, { problem: { extensions } }).text()
      expect(text).toContain('"__proto__":{"polluted":true}')
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    })

    it('sends members beyond the standard ones that a JavaScript caller puts in problem', async () => {
      const problem = JSON.parse(
        '{"detail":"Out of credit","balance":30,"accounts":["/a/1"],"__proto__":{"x":1}}',
      )
      const body = await createStatusResponse(403, { problem }).json()
      expect(body).toEqual({
        type: 'about:blank',
        title: 'Forbidden',
        status: 403,
        detail: 'Out of credit',
        balance: 30,
        accounts: ['/a/1'],
        ['__proto__']: { x: 1 },
      })
      expect(Object.getPrototypeOf(body)).toBe(Object.prototype)
      expect(({} as { x?: unknown }).x).toBeUndefined()
    })

    it('lets the body carry another status than the response, to simulate a server that disagrees', async () => {
      const response = createStatusResponse(500, { problem: { status: 503 } })
      expect(response.status).toBe(500)
      expect(await response.json()).toMatchObject({ status: 503 })
    })
  })

  describe('given retryAfter', () => {
    it('sends a number of seconds as whole seconds', () => {
      expect(createStatusResponse(429, { retryAfter: 30 }).headers.get('Retry-After')).toBe('30')
      expect(createStatusResponse(429, { retryAfter: 0 }).headers.get('Retry-After')).toBe('0')
    })

    it('rounds fractional seconds up, never asking for less than meant', () => {
      expect(createStatusResponse(429, { retryAfter: 1.2 }).headers.get('Retry-After')).toBe('2')
      expect(createStatusResponse(429, { retryAfter: 0.001 }).headers.get('Retry-After')).toBe('1')
    })

    it('sends a Date as an IMF-fixdate that parseRetryAfter reads back', () => {
      const date = new Date(Date.UTC(2026, 10, 25, 12, 5, 0))
      const header = createStatusResponse(503, { retryAfter: date }).headers.get('Retry-After')
      expect(header).toBe('Wed, 25 Nov 2026 12:05:00 GMT')
      expect(parseRetryAfter(header, Date.UTC(2026, 10, 25, 12, 0, 0))).toBe(300_000)
    })

    it('writes a large number of seconds as plain digits that parseRetryAfter reads', () => {
      const header = createStatusResponse(503, { retryAfter: 1e21 }).headers.get('Retry-After')
      expect(header).toBe('1000000000000000000000')
      expect(parseRetryAfter(header)).toBe(2147483647)
      expect(createStatusResponse(503, { retryAfter: 2 ** 53 + 0.5 }).headers.get('Retry-After')).toMatch(
        /^\d+$/,
      )
      expect(createStatusResponse(503, { retryAfter: Number.MAX_VALUE }).headers.get('Retry-After')).toMatch(
        /^\d{309}$/,
      )
    })

    it('rounds a Date with milliseconds up to the next whole second, as it rounds seconds', () => {
      const date = new Date(Date.UTC(2026, 10, 25, 12, 5, 0, 1))
      const header = createStatusResponse(503, { retryAfter: date }).headers.get('Retry-After')
      expect(header).toBe('Wed, 25 Nov 2026 12:05:01 GMT')
      expect(parseRetryAfter(header, date.getTime())).toBe(999)
      const before1970 = new Date(Date.UTC(1969, 11, 31, 23, 59, 59, 500))
      expect(createStatusResponse(503, { retryAfter: before1970 }).headers.get('Retry-After')).toBe(
        'Thu, 01 Jan 1970 00:00:00 GMT',
      )
    })

    it('sends Dates from year 0 to year 9999, the years an IMF-fixdate can write', () => {
      const first = new Date(Date.UTC(2000, 0, 1))
      first.setUTCFullYear(0)
      expect(createStatusResponse(503, { retryAfter: first }).headers.get('Retry-After')).toBe(
        'Sat, 01 Jan 0000 00:00:00 GMT',
      )
      const last = new Date(Date.UTC(9999, 11, 31, 23, 59, 59))
      const header = createStatusResponse(503, { retryAfter: last }).headers.get('Retry-After')
      expect(header).toBe('Fri, 31 Dec 9999 23:59:59 GMT')
      expect(parseRetryAfter(header, last.getTime() - 1_000)).toBe(1_000)
    })

    it.each([
      ['in year 10000', new Date(Date.UTC(10000, 0, 1)), '+010000-01-01T00:00:00.000Z'],
      [
        'that rounds up into year 10000',
        new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 1)),
        '9999-12-31T23:59:59.001Z',
      ],
      ['in year -1', new Date(Date.UTC(-1, 0, 1)), '-000001-01-01T00:00:00.000Z'],
    ])('throws a RangeError that names a Date %s', (_, date, named) => {
      expect(() => createStatusResponse(503, { retryAfter: date })).toThrow(RangeError)
      expect(() => createStatusResponse(503, { retryAfter: date })).toThrow(named)
    })

    it.each([
      ['negative', -1],
      ['NaN', Number.NaN],
      ['infinite', Number.POSITIVE_INFINITY],
    ])('throws a RangeError for a %s number', (_, retryAfter) => {
      expect(() => createStatusResponse(429, { retryAfter })).toThrow(RangeError)
    })

    it('throws a RangeError for an invalid Date', () => {
      expect(() => createStatusResponse(429, { retryAfter: new Date(Number.NaN) })).toThrow(RangeError)
    })

    it('sends no Retry-After when none is asked for', () => {
      expect(createStatusResponse(429).headers.has('Retry-After')).toBe(false)
    })
  })

  describe('given extra headers', () => {
    it('merges them in, from any HeadersInit form', () => {
      expect(
        createStatusResponse(500, { headers: { 'X-Request-Id': 'req-1' } }).headers.get('x-request-id'),
      ).toBe('req-1')
      expect(
        createStatusResponse(500, { headers: [['RateLimit', '"a";r=0;t=5']] }).headers.get('ratelimit'),
      ).toBe('"a";r=0;t=5')
      const headers = new Headers({ 'WWW-Authenticate': 'Bearer' })
      expect(createStatusResponse(401, { headers }).headers.get('www-authenticate')).toBe('Bearer')
      expect(createStatusResponse(401, { headers }).headers.get('content-type')).toBe(
        'application/problem+json',
      )
    })

    it('lets a given Content-Type replace the default one', () => {
      const response = createStatusResponse(502, { headers: { 'Content-Type': 'text/html' } })
      expect(response.headers.get('Content-Type')).toBe('text/html')
    })

    it('lets retryAfter win over a Retry-After header', () => {
      const response = createStatusResponse(503, { retryAfter: 10, headers: { 'Retry-After': '99' } })
      expect(response.headers.get('Retry-After')).toBe('10')
    })

    it('does not change the caller’s Headers object', () => {
      const headers = new Headers()
      createStatusResponse(429, { retryAfter: 5, headers })
      expect(headers.has('Retry-After')).toBe(false)
      expect(headers.has('Content-Type')).toBe(false)
    })
  })

  describe('given a status that has no body', () => {
    it.each([204, 205, 304])('sends no body and no content type for %i', async (code) => {
      const response = createStatusResponse(code)
      expect(response.status).toBe(code)
      expect(response.body).toBeNull()
      expect(response.headers.has('Content-Type')).toBe(false)
      expect(await response.text()).toBe('')
    })

    it('still sends Retry-After and extra headers with it', () => {
      const response = createStatusResponse(304, { retryAfter: 3, headers: { ETag: '"v1"' } })
      expect(response.headers.get('Retry-After')).toBe('3')
      expect(response.headers.get('ETag')).toBe('"v1"')
    })
  })

  describe('given a success or redirection code', () => {
    it('builds it like any other code', async () => {
      const response = createStatusResponse(200)
      expect(response.ok).toBe(true)
      expect(await response.json()).toEqual({ type: 'about:blank', title: 'OK', status: 200 })
      expect(createStatusResponse(302).status).toBe(302)
    })
  })

  describe('given an unregistered code in range', () => {
    it('titles the body with the name of its class and leaves statusText empty', async () => {
      const clientError = createStatusResponse(499)
      expect(clientError.statusText).toBe('')
      expect(await clientError.json()).toEqual({ type: 'about:blank', title: 'Client Error', status: 499 })
      expect(await createStatusResponse(520).json()).toMatchObject({ title: 'Server Error', status: 520 })
      expect(await createStatusResponse(299).json()).toMatchObject({ title: 'Success' })
      expect(await createStatusResponse(399).json()).toMatchObject({ title: 'Redirection' })
    })

    it('still uses a title given in problem', async () => {
      expect(
        await createStatusResponse(499, { problem: { title: 'Client Closed Request' } }).json(),
      ).toMatchObject({
        title: 'Client Closed Request',
      })
    })
  })

  describe('given a code outside 200–599', () => {
    it.each([[0], [100], [101], [199], [600], [-404], [404.5], [Number.NaN], [Number.POSITIVE_INFINITY]])(
      'throws a RangeError that names %s',
      (code) => {
        expect(() => createStatusResponse(code)).toThrow(RangeError)
        expect(() => createStatusResponse(code)).toThrow(String(code))
      },
    )

    it('throws a RangeError for a number in a string, naming it', () => {
      expect(() => createStatusResponse('404' as never)).toThrow(RangeError)
      expect(() => createStatusResponse('404' as never)).toThrow('"404"')
    })
  })
})
