import { describe, expect, it } from 'vitest'
import { isReportableError } from './isReportableError'
import { StatusError } from './StatusError'

describe('isReportableError', () => {
  it('reports server errors, whatever their code', () => {
    for (const status of [500, 502, 503, 504, 599]) {
      expect(isReportableError(new StatusError({ kind: 'http', status }))).toBe(true)
    }
  })

  it('reports failures without an answer and failures of unknown cause', () => {
    expect(isReportableError(new StatusError({ kind: 'network' }))).toBe(true)
    expect(isReportableError(new StatusError({ kind: 'timeout' }))).toBe(true)
    expect(isReportableError(new StatusError({ kind: 'unknown' }))).toBe(true)
  })

  it('does not report expected client errors such as 401, 404 or 429', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422, 429, 499]) {
      expect(isReportableError(new StatusError({ kind: 'http', status }))).toBe(false)
    }
  })

  it('does not report a request the app cancelled itself', () => {
    expect(isReportableError(new StatusError({ kind: 'abort' }))).toBe(false)
  })

  it('reports a non-error status that reached error handling, since something upstream is wrong', () => {
    expect(isReportableError(new StatusError({ kind: 'http', status: 302 }))).toBe(true)
  })
})
