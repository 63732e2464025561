import { describe, expect, it } from 'vitest'
import { isPageLevelError } from './isPageLevelError'
import { StatusError } from './StatusError'

const http = (status: number) => new StatusError({ kind: 'http', status })

describe('isPageLevelError', () => {
  it('sends sign-in, access, missing, gone and rate-limit answers to a page', () => {
    for (const status of [401, 403, 404, 410, 429]) expect(isPageLevelError(http(status))).toBe(true)
  })

  it('sends every server error to a page, registered or not', () => {
    for (const status of [500, 502, 503, 504, 520, 599]) expect(isPageLevelError(http(status))).toBe(true)
  })

  it('sends failures without an answer to a page', () => {
    expect(isPageLevelError(new StatusError({ kind: 'network' }))).toBe(true)
    expect(isPageLevelError(new StatusError({ kind: 'timeout' }))).toBe(true)
  })

  it('keeps validation-style answers inline, where the form can show them', () => {
    for (const status of [400, 405, 409, 412, 413, 422]) expect(isPageLevelError(http(status))).toBe(false)
  })

  it('keeps aborts and failures of unknown cause with the code that made the request', () => {
    expect(isPageLevelError(new StatusError({ kind: 'abort' }))).toBe(false)
    expect(isPageLevelError(new StatusError({ kind: 'unknown' }))).toBe(false)
  })
})
