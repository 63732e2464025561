import { describe, expect, it } from 'vitest'
import { isRetryableStatus } from './isRetryableStatus'

describe('isRetryableStatus', () => {
  it('accepts the transient codes 408, 425, 429, 500, 502, 503 and 504', () => {
    for (const code of [408, 425, 429, 500, 502, 503, 504]) expect(isRetryableStatus(code)).toBe(true)
  })

  it('rejects every other integer from 100 to 599', () => {
    const accepted = []
    for (let code = 100; code <= 599; code++) if (isRetryableStatus(code)) accepted.push(code)
    expect(accepted).toEqual([408, 425, 429, 500, 502, 503, 504])
  })

  it('rejects 5xx codes that a retry cannot fix', () => {
    expect(isRetryableStatus(501)).toBe(false)
    expect(isRetryableStatus(505)).toBe(false)
    expect(isRetryableStatus(511)).toBe(false)
  })

  it('rejects look-alikes that are not the numbers themselves', () => {
    expect(isRetryableStatus(503.5)).toBe(false)
    expect(isRetryableStatus('503' as never)).toBe(false)
    expect(isRetryableStatus({ valueOf: () => 503 } as never)).toBe(false)
    expect(isRetryableStatus(Number.NaN)).toBe(false)
  })
})
