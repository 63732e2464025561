import { runInNewContext } from 'node:vm'
import { describe, expect, it, vi } from 'vitest'
import { isStatusError } from './isStatusError'
import { parseProblemDetails } from './parseProblemDetails'
import { StatusError } from './StatusError'

describe('given a StatusError built for an http status', () => {
  it('has the status, the registry definition and a short message of code and reason', () => {
    const error = new StatusError({ kind: 'http', status: 404 })
    expect(error.name).toBe('StatusError')
    expect(error.kind).toBe('http')
    expect(error.status).toBe(404)
    expect(error.definition?.key).toBe('NOT_FOUND')
    expect(error.message).toBe('404 Not Found')
    expect(error).toBeInstanceOf(Error)
    expect(error).toBeInstanceOf(StatusError)
  })

  it('names an unregistered code generically and has no definition', () => {
    const error = new StatusError({ kind: 'http', status: 499 })
    expect(error.message).toBe('499 HTTP Error')
    expect(error.definition).toBeUndefined()
  })

  it('refuses a status that is not an integer in 100-599', () => {
    for (const status of [99, 600, 404.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => new StatusError({ kind: 'http', status })).toThrow(RangeError)
    }
    expect(() => new StatusError({ kind: 'http', status: '404' as unknown as number })).toThrow(RangeError)
  })

  it('refuses a kind it does not know', () => {
    expect(() => new StatusError({ kind: 'oops' as 'unknown' })).toThrow(TypeError)
  })
})

describe('given a StatusError of another kind', () => {
  it.each([
    ['network', 'Network error'],
    ['timeout', 'Request timed out'],
    ['abort', 'Request aborted'],
    ['unknown', 'Unknown error'],
  ] as const)('a %s error says "%s" and has no status', (kind, message) => {
    const error = new StatusError({ kind, status: 404 as never })
    expect(error.message).toBe(message)
    expect(error.status).toBeUndefined()
    expect(error.definition).toBeUndefined()
  })
})

describe('given a server-requested wait', () => {
  it('sets retryAt to the normalization time plus retryAfterMs', () => {
    const error = new StatusError({ kind: 'http', status: 429, retryAfterMs: 30_000, now: 1_000_000 })
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.retryAt).toBe(1_030_000)
  })

  it('uses Date.now() when no time is given', () => {
    vi.spyOn(Date, 'now').mockReturnValue(5_000)
    try {
      expect(new StatusError({ kind: 'http', status: 503, retryAfterMs: 1_000 }).retryAt).toBe(6_000)
    } finally {
      vi.restoreAllMocks()
    }
  })

  it('drops negative and NaN waits and clamps huge ones to the largest timer delay', () => {
    expect(new StatusError({ kind: 'http', status: 429, retryAfterMs: -1 }).retryAfterMs).toBeUndefined()
    expect(new StatusError({ kind: 'http', status: 429, retryAfterMs: Number.NaN }).retryAt).toBeUndefined()
    expect(new StatusError({ kind: 'http', status: 429, retryAfterMs: 1e15 }).retryAfterMs).toBe(2147483647)
  })
})

describe('given a cause', () => {
  it('keeps it as a non-enumerable own property', () => {
    const original = new TypeError('Failed to fetch')
    const error = new StatusError({ kind: 'network', cause: original })
    expect(error.cause).toBe(original)
    const descriptor = Object.getOwnPropertyDescriptor(error, 'cause')
    expect(descriptor?.enumerable).toBe(false)
    expect(Object.keys(error)).not.toContain('cause')
  })

  it('keeps an undefined cause as an own property too', () => {
    expect(Object.hasOwn(new StatusError({ kind: 'unknown', cause: undefined }), 'cause')).toBe(true)
  })
})

describe('given a request id', () => {
  it('keeps a short printable token', () => {
    expect(new StatusError({ kind: 'http', status: 500, requestId: 'req_8f3a-91' }).requestId).toBe(
      'req_8f3a-91',
    )
  })

  it('drops ids with spaces, control characters, non-ASCII or more than 128 characters', () => {
    for (const requestId of ['a b', 'a\nb', 'abc\u00e9', 'x'.repeat(129), '']) {
      expect(new StatusError({ kind: 'http', status: 500, requestId }).requestId).toBeUndefined()
    }
    expect(new StatusError({ kind: 'http', status: 500, requestId: 'x'.repeat(128) }).requestId).toHaveLength(
      128,
    )
  })
})

describe('when serialised', () => {
  it('writes only the safe fields, never the cause', () => {
    const cause = {
      config: {
        url: 'https://api.example.com/users?token=s3cr3t',
        headers: { Authorization: 'Bearer abc.def' },
      },
    }
    const problem = parseProblemDetails({ title: 'Out of credit', status: 403 })
    const error = new StatusError({ kind: 'http', status: 403, problem, requestId: 'r-1', cause, now: 0 })
    const json = JSON.stringify(error)
    expect(json).not.toContain('api.example.com')
    expect(json).not.toContain('s3cr3t')
    expect(json).not.toContain('Bearer')
    expect(JSON.parse(json)).toEqual({
      name: 'StatusError',
      kind: 'http',
      status: 403,
      message: '403 Forbidden',
      problem: { type: 'about:blank', title: 'Out of credit', status: 403, extensions: {} },
      requestId: 'r-1',
    })
  })
})

describe('given copies of StatusError from elsewhere', () => {
  it('recognises an error made by a second copy of the module', async () => {
    vi.resetModules()
    const copy = (await import('./StatusError')) as typeof import('./StatusError')
    expect(copy.StatusError).not.toBe(StatusError)
    const foreign = new copy.StatusError({ kind: 'http', status: 404 })
    expect(isStatusError(foreign)).toBe(true)
    expect(foreign instanceof StatusError).toBe(true)
  })

  it('does not take a brand copied onto an error in another realm for one of its own', () => {
    const foreign = runInNewContext(
      `const e = new Error('404 Not Found'); Object.defineProperty(e, Symbol.for('statuskit.StatusError'), { value: true }); e`,
    )
    expect(isStatusError(foreign)).toBe(false)
    expect(foreign instanceof StatusError).toBe(false)
  })

  it('keeps instanceof of subclasses honest', () => {
    class AppError extends StatusError {}
    expect(new AppError({ kind: 'unknown' }) instanceof AppError).toBe(true)
    expect(new StatusError({ kind: 'unknown' }) instanceof AppError).toBe(false)
    expect(new AppError({ kind: 'unknown' }) instanceof StatusError).toBe(true)
  })

  it('is not fooled by a proxy that answers true to every read', () => {
    const forged = new Proxy({}, { get: () => true })
    expect(forged instanceof StatusError).toBe(false)
  })

  it('is not fooled by an unbranded look-alike', () => {
    expect(new Error('x') instanceof StatusError).toBe(false)
    expect({ name: 'StatusError', kind: 'http', status: 404 } instanceof StatusError).toBe(false)
  })
})
