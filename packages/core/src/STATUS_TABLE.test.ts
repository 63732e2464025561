import { describe, expect, it } from 'vitest'
import * as publicEntry from './index'
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

// Every registered code with the reason phrase the IANA registry gives it today, written out by hand.
const ianaReasons: [code: number, reason: string][] = [
  [100, 'Continue'],
  [101, 'Switching Protocols'],
  [102, 'Processing'],
  [103, 'Early Hints'],
  [200, 'OK'],
  [201, 'Created'],
  [202, 'Accepted'],
  [203, 'Non-Authoritative Information'],
  [204, 'No Content'],
  [205, 'Reset Content'],
  [206, 'Partial Content'],
  [207, 'Multi-Status'],
  [208, 'Already Reported'],
  [226, 'IM Used'],
  [300, 'Multiple Choices'],
  [301, 'Moved Permanently'],
  [302, 'Found'],
  [303, 'See Other'],
  [304, 'Not Modified'],
  [305, 'Use Proxy'],
  [307, 'Temporary Redirect'],
  [308, 'Permanent Redirect'],
  [400, 'Bad Request'],
  [401, 'Unauthorized'],
  [402, 'Payment Required'],
  [403, 'Forbidden'],
  [404, 'Not Found'],
  [405, 'Method Not Allowed'],
  [406, 'Not Acceptable'],
  [407, 'Proxy Authentication Required'],
  [408, 'Request Timeout'],
  [409, 'Conflict'],
  [410, 'Gone'],
  [411, 'Length Required'],
  [412, 'Precondition Failed'],
  [413, 'Content Too Large'],
  [414, 'URI Too Long'],
  [415, 'Unsupported Media Type'],
  [416, 'Range Not Satisfiable'],
  [417, 'Expectation Failed'],
  [421, 'Misdirected Request'],
  [422, 'Unprocessable Content'],
  [423, 'Locked'],
  [424, 'Failed Dependency'],
  [425, 'Too Early'],
  [426, 'Upgrade Required'],
  [428, 'Precondition Required'],
  [429, 'Too Many Requests'],
  [431, 'Request Header Fields Too Large'],
  [451, 'Unavailable For Legal Reasons'],
  [500, 'Internal Server Error'],
  [501, 'Not Implemented'],
  [502, 'Bad Gateway'],
  [503, 'Service Unavailable'],
  [504, 'Gateway Timeout'],
  [505, 'HTTP Version Not Supported'],
  [506, 'Variant Also Negotiates'],
  [507, 'Insufficient Storage'],
  [508, 'Loop Detected'],
  [510, 'Not Extended'],
  [511, 'Network Authentication Required'],
]

describe('the registry, read through the public entry', () => {
  it('gives each of the 61 registered codes its current IANA reason phrase, key, category and retryability', () => {
    expect(ianaReasons).toHaveLength(61)
    const categories = ['informational', 'success', 'redirection', 'client-error', 'server-error']
    for (const [code, reason] of ianaReasons) {
      const key = reason.toUpperCase().replaceAll(' ', '_').replaceAll('-', '_')
      const expected = {
        code,
        reason,
        key,
        category: categories[Math.floor(code / 100) - 1],
        retryable: [408, 425, 429, 500, 502, 503, 504].includes(code),
      }
      expect(publicEntry.getStatus(code)).toEqual(expected)
      expect(publicEntry.STATUS[key as keyof typeof publicEntry.STATUS]).toBe(code)
    }
    expect(publicEntry.listStatuses().map(({ code, reason }) => [code, reason])).toEqual(ianaReasons)
    expect(Object.keys(publicEntry.STATUS)).toEqual(
      ianaReasons.map(([, reason]) => reason.toUpperCase().replace(/[ -]/g, '_')),
    )
  })

  it('knows no code besides those 61 between 0 and 999', () => {
    const registered = new Set(ianaReasons.map(([code]) => code))
    for (let code = 0; code <= 999; code++) {
      expect(publicEntry.getStatus(code) !== undefined).toBe(registered.has(code))
    }
  })

  it('answers own-property-safe lookups through the public entry', () => {
    expect(publicEntry.getStatus('__proto__' as never)).toBeUndefined()
    expect(publicEntry.getStatus('constructor' as never)).toBeUndefined()
    expect(Object.hasOwn(publicEntry.STATUS, '__proto__')).toBe(false)
  })

  it('categorises every integer from 100 to 599 and nothing else', () => {
    const categories = ['informational', 'success', 'redirection', 'client-error', 'server-error']
    for (let code = 100; code <= 599; code++) {
      expect(publicEntry.statusCategory(code)).toBe(categories[Math.floor(code / 100) - 1])
    }
    for (const value of [
      99,
      600,
      404.5,
      -0,
      Number.NaN,
      Number.NEGATIVE_INFINITY,
      1e21,
      '404',
      '4e2',
      404n,
      null,
      undefined,
      [404],
      { valueOf: () => 404 },
    ]) {
      expect(publicEntry.statusCategory(value as never)).toBeUndefined()
    }
  })
})
