import { describe, expect, it } from 'vitest'
import { getStatus } from './getStatus'

describe('getStatus', () => {
  it('returns the definition of a registered code', () => {
    expect(getStatus(404)).toEqual({
      code: 404,
      reason: 'Not Found',
      key: 'NOT_FOUND',
      category: 'client-error',
      retryable: false,
    })
    expect(getStatus(503)).toEqual({
      code: 503,
      reason: 'Service Unavailable',
      key: 'SERVICE_UNAVAILABLE',
      category: 'server-error',
      retryable: true,
    })
  })

  it('derives keys from reasons with hyphens and capitals', () => {
    expect(getStatus(203)?.key).toBe('NON_AUTHORITATIVE_INFORMATION')
    expect(getStatus(207)?.key).toBe('MULTI_STATUS')
    expect(getStatus(226)?.key).toBe('IM_USED')
    expect(getStatus(413)?.key).toBe('CONTENT_TOO_LARGE')
    expect(getStatus(422)?.key).toBe('UNPROCESSABLE_CONTENT')
    expect(getStatus(505)?.key).toBe('HTTP_VERSION_NOT_SUPPORTED')
  })

  it('returns frozen definitions that callers cannot change', () => {
    const definition = getStatus(404)
    expect(Object.isFrozen(definition)).toBe(true)
    expect(() => {
      ;(definition as { reason: string }).reason = 'Lost'
    }).toThrow(TypeError)
    expect(getStatus(404)?.reason).toBe('Not Found')
  })

  it('returns undefined for unregistered codes, including the unused 306 and 418', () => {
    expect(getStatus(306)).toBeUndefined()
    expect(getStatus(418)).toBeUndefined()
    expect(getStatus(499)).toBeUndefined()
    expect(getStatus(599)).toBeUndefined()
    expect(getStatus(0)).toBeUndefined()
    expect(getStatus(-404)).toBeUndefined()
  })

  it('returns undefined for non-integers, NaN and infinities', () => {
    expect(getStatus(404.5)).toBeUndefined()
    expect(getStatus(Number.NaN)).toBeUndefined()
    expect(getStatus(Number.POSITIVE_INFINITY)).toBeUndefined()
  })

  it('does not coerce strings, bigints or objects to codes', () => {
    expect(getStatus('404' as never)).toBeUndefined()
    expect(getStatus(404n as never)).toBeUndefined()
    expect(getStatus({ valueOf: () => 404 } as never)).toBeUndefined()
    expect(getStatus(null as never)).toBeUndefined()
    expect(getStatus(undefined as never)).toBeUndefined()
  })

  it('is own-property safe: inherited names are not statuses', () => {
    expect(getStatus('__proto__' as never)).toBeUndefined()
    expect(getStatus('constructor' as never)).toBeUndefined()
    expect(getStatus('toString' as never)).toBeUndefined()
    expect(getStatus('hasOwnProperty' as never)).toBeUndefined()
  })
})
