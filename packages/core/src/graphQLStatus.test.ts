import { describe, expect, it } from 'vitest'
import { graphQLStatus } from './graphQLStatus'

const error = (extensions: unknown) => ({ message: 'x', extensions })

describe('graphQLStatus', () => {
  it.each([
    ['UNAUTHENTICATED', 401],
    ['FORBIDDEN', 403],
    ['BAD_USER_INPUT', 400],
    ['GRAPHQL_VALIDATION_FAILED', 400],
    ['NOT_FOUND', 404],
    ['TOO_MANY_REQUESTS', 429],
    ['RATE_LIMITED', 429],
    ['INTERNAL_SERVER_ERROR', 500],
    ['BAD_REQUEST', 400],
    ['CONFLICT', 409],
  ])('maps the code %s to %i', (code, status) => {
    expect(graphQLStatus({ errors: [error({ code })] })).toBe(status)
  })

  it('ignores codes it does not know, statuses that are no errors, and own-property tricks', () => {
    for (const code of [
      'SOMETHING_ELSE',
      'OK',
      'MOVED_PERMANENTLY',
      'unauthenticated',
      '__proto__',
      'toString',
      401,
    ]) {
      expect(graphQLStatus({ errors: [error({ code })] }), String(code)).toBeUndefined()
    }
  })

  it('reads extensions.http.status, before the code of the same error', () => {
    expect(graphQLStatus({ errors: [error({ http: { status: 418 } })] })).toBe(418)
    expect(graphQLStatus({ errors: [error({ code: 'FORBIDDEN', http: { status: 404 } })] })).toBe(404)
  })

  it('ignores an http.status that is not an integer in 100-599', () => {
    for (const status of [0, 600, 404.5, '404', null]) {
      expect(graphQLStatus({ errors: [error({ http: { status } })] })).toBeUndefined()
    }
  })

  it('takes the first error that names a status, in graphQLErrors, then errors, then protocolErrors', () => {
    expect(
      graphQLStatus({
        errors: [error({ code: 'X' }), error({ code: 'NOT_FOUND' }), error({ code: 'FORBIDDEN' })],
      }),
    ).toBe(404)
    expect(
      graphQLStatus({
        graphQLErrors: [error({ code: 'FORBIDDEN' })],
        errors: [error({ code: 'UNAUTHENTICATED' })],
      }),
    ).toBe(403)
    expect(
      graphQLStatus({ graphQLErrors: [], protocolErrors: [error({ code: 'INTERNAL_SERVER_ERROR' })] }),
    ).toBe(500)
  })

  it('reads a single GraphQL error', () => {
    expect(graphQLStatus(error({ code: 'UNAUTHENTICATED' }))).toBe(401)
  })

  it('never throws on hostile lists and errors', () => {
    const { proxy, revoke } = Proxy.revocable([], {})
    revoke()
    const throwing = Object.defineProperty({}, 'extensions', {
      get() {
        throw new Error('getter')
      },
    })
    const code = {
      toString() {
        throw new Error('toString')
      },
    }
    expect(graphQLStatus({ errors: proxy })).toBeUndefined()
    expect(graphQLStatus({ errors: [throwing, error({ code })] })).toBeUndefined()
    expect(
      graphQLStatus({
        errors: [throwing],
        graphQLErrors: proxy,
        protocolErrors: [error({ code: 'FORBIDDEN' })],
      }),
    ).toBe(403)
    expect(graphQLStatus(null)).toBeUndefined()
  })

  it('looks at only the first 50 errors of a list', () => {
    const errors = [...Array.from({ length: 50 }, () => error({ code: 'X' })), error({ code: 'FORBIDDEN' })]
    expect(graphQLStatus({ errors })).toBeUndefined()
  })
})
