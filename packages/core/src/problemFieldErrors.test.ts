import { describe, expect, it } from 'vitest'
import type { ProblemDetails } from './parseProblemDetails'
import { problemFieldErrors } from './problemFieldErrors'

function problem(extensions: Record<string, unknown>): ProblemDetails {
  return { type: 'about:blank', status: 400, extensions: Object.assign(Object.create(null), extensions) }
}

describe('problemFieldErrors', () => {
  it('reads RFC 9457 errors with a JSON pointer to each field', () => {
    const result = problemFieldErrors(
      problem({
        errors: [
          { detail: 'must be a positive integer', pointer: '#/age' },
          { detail: "must be 'green', 'red' or 'blue'", pointer: '#/profile/color' },
        ],
      }),
    )
    expect(result).toEqual([
      { field: 'age', message: 'must be a positive integer' },
      { field: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
    ])
  })

  it('unescapes JSON pointer segments and accepts pointers without the leading #', () => {
    expect(problemFieldErrors(problem({ errors: [{ detail: 'bad', pointer: '/a~1b/c~0d' }] }))).toEqual([
      { field: 'a/b.c~d', message: 'bad' },
    ])
  })

  it('reads a map of field names to lists of messages, as ASP.NET and Rails send', () => {
    const result = problemFieldErrors(
      problem({ errors: { Email: ['is required', 'is not an email address'], Name: 'is too long' } }),
    )
    expect(result).toEqual([
      { field: 'Email', message: 'is required' },
      { field: 'Email', message: 'is not an email address' },
      { field: 'Name', message: 'is too long' },
    ])
  })

  it('reads invalid-params with name and reason, as in RFC 7807', () => {
    const result = problemFieldErrors(
      problem({
        'invalid-params': [
          { name: 'age', reason: 'must be a positive integer' },
          { name: 'color', reason: "must be 'green', 'red' or 'blue'" },
        ],
      }),
    )
    expect(result).toEqual([
      { field: 'age', message: 'must be a positive integer' },
      { field: 'color', message: "must be 'green', 'red' or 'blue'" },
    ])
  })

  it('reads Spring-style violations and list entries without a field', () => {
    const result = problemFieldErrors(
      problem({ violations: [{ field: 'email', message: 'is taken' }], errors: ['The order is closed'] }),
    )
    expect(result).toEqual([{ message: 'The order is closed' }, { field: 'email', message: 'is taken' }])
  })

  it('reads the members of a raw body that was not parsed first', () => {
    const raw = { type: 'about:blank', errors: { email: ['is required'] } } as unknown as ProblemDetails
    expect(problemFieldErrors(raw)).toEqual([{ field: 'email', message: 'is required' }])
  })

  it('ignores entries of the wrong type, empty messages and duplicates', () => {
    const result = problemFieldErrors(
      problem({
        errors: [
          null,
          42,
          { pointer: '#/age' },
          { detail: 7, pointer: '#/age' },
          { detail: '   ', pointer: '#/age' },
          { detail: 'required', pointer: '#/age' },
          { detail: 'required', pointer: '#/age' },
        ],
        'invalid-params': 'nope',
      }),
    )
    expect(result).toEqual([{ field: 'age', message: 'required' }])
  })

  it('returns an empty list when there is no problem or no field errors', () => {
    expect(problemFieldErrors(undefined)).toEqual([])
    expect(problemFieldErrors(problem({}))).toEqual([])
    expect(problemFieldErrors(problem({ errors: 'oops' }))).toEqual([])
  })

  it('caps the number of errors and the length of each message', () => {
    const many = Array.from({ length: 500 }, (_, index) => ({
      detail: `message ${index}`,
      pointer: `#/f${index}`,
    }))
    const result = problemFieldErrors(problem({ errors: many }))
    expect(result).toHaveLength(50)
    const [long] = problemFieldErrors(problem({ errors: [{ detail: 'x'.repeat(10_000) }] }))
    expect(long?.message.length).toBe(500)
  })

  it('keeps what it read when a getter throws', () => {
    const hostile = problem({
      errors: [
        { detail: 'first', pointer: '#/a' },
        {
          get detail(): string {
            throw new Error('boom')
          },
        },
      ],
    })
    expect(problemFieldErrors(hostile)).toEqual([{ field: 'a', message: 'first' }])
  })

  it('treats __proto__ as an ordinary field name and changes no prototype', () => {
    const body = JSON.parse('{"__proto__": ["is not allowed"]}') as Record<string, unknown>
    const result = problemFieldErrors(problem({ errors: body }))
    expect(result).toEqual([{ field: '__proto__', message: 'is not allowed' }])
  })

  it('keeps server text as it is, markup included, for the caller to render as text', () => {
    const detail = '<img src=x onerror=alert(1)>'
    expect(problemFieldErrors(problem({ errors: [{ detail, pointer: '#/name' }] }))).toEqual([
      { field: 'name', message: detail },
    ])
  })

  it('looks at only the first items of a huge list or map, however the document was made', () => {
    const started = Date.now()
    expect(problemFieldErrors(problem({ errors: new Array(2 ** 32 - 1) }))).toEqual([])
    expect(problemFieldErrors(problem({ errors: { email: new Array(2 ** 32 - 1) } }))).toEqual([])
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
