import { describe, expect, it } from 'vitest'
import { isBusyStatus } from './isBusyStatus'

describe('isBusyStatus', () => {
  it('is true for 429 and 503 only', () => {
    expect(isBusyStatus(429)).toBe(true)
    expect(isBusyStatus(503)).toBe(true)
    for (const status of [undefined, 200, 408, 500, 502, 504, 4290, Number.NaN]) {
      expect(isBusyStatus(status)).toBe(false)
    }
  })
})
