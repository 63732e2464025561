import { describe, expect, it } from 'vitest'
import { listStatuses } from './listStatuses'

// The registry as decoded from the one table string.
const statusTable = listStatuses().map(({ code, reason }) => [code, reason] as const)

// The IANA HTTP Status Code Registry, written out independently of the table.
const ianaCodes = [
  100, 101, 102, 103, 200, 201, 202, 203, 204, 205, 206, 207, 208, 226, 300, 301, 302, 303, 304, 305, 307,
  308, 400, 401, 402, 403, 404, 405, 406, 407, 408, 409, 410, 411, 412, 413, 414, 415, 416, 417, 421, 422,
  423, 424, 425, 426, 428, 429, 431, 451, 500, 501, 502, 503, 504, 505, 506, 507, 508, 510, 511,
]

describe('the status table', () => {
  it('holds exactly the 61 codes of the IANA registry', () => {
    expect(statusTable).toHaveLength(61)
    expect(statusTable.map(([code]) => code)).toEqual(ianaCodes)
  })

  it('is sorted ascending with no duplicate code', () => {
    const codes = statusTable.map(([code]) => code)
    expect(codes).toEqual([...codes].sort((a, b) => a - b))
    expect(new Set(codes).size).toBe(codes.length)
  })

  it('leaves out the unused codes 306 and 418', () => {
    const codes: number[] = statusTable.map(([code]) => code)
    expect(codes).not.toContain(306)
    expect(codes).not.toContain(418)
  })

  it('uses the current RFC 9110 reason phrases rather than the retired ones', () => {
    const reasons = new Map<number, string>(statusTable)
    expect(reasons.get(413)).toBe('Content Too Large')
    expect(reasons.get(414)).toBe('URI Too Long')
    expect(reasons.get(416)).toBe('Range Not Satisfiable')
    expect(reasons.get(421)).toBe('Misdirected Request')
    expect(reasons.get(422)).toBe('Unprocessable Content')
    expect(reasons.get(425)).toBe('Too Early')
    expect(reasons.get(102)).toBe('Processing')
    expect(reasons.get(103)).toBe('Early Hints')
    expect(reasons.get(208)).toBe('Already Reported')
    expect(reasons.get(226)).toBe('IM Used')
    expect(reasons.get(308)).toBe('Permanent Redirect')
    expect(reasons.get(451)).toBe('Unavailable For Legal Reasons')
    expect(reasons.get(507)).toBe('Insufficient Storage')
    expect(reasons.get(508)).toBe('Loop Detected')
    expect(reasons.get(510)).toBe('Not Extended')
    expect(reasons.get(511)).toBe('Network Authentication Required')
  })

  it('has reason phrases of letters, spaces and hyphens only, so every key is a valid identifier', () => {
    for (const [, reason] of statusTable) expect(reason).toMatch(/^[A-Za-z]+([ -][A-Za-z]+)*$/)
  })
})
