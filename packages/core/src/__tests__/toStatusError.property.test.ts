import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isStatusError } from '../isStatusError'
import { StatusError } from '../StatusError'
import { toStatusError } from '../toStatusError'
import { checkProperty } from './property'

/** Planted where clients keep the request (config, request): it must never reach the error's JSON. */
const SECRET = 'sk_PLANTED_4f9a1c'
const config = {
  url: `https://api.example.com/v1/orders?access_token=${SECRET}`,
  headers: { Authorization: `Bearer ${SECRET}`, Cookie: `session=${SECRET}` },
  auth: { username: 'ada', password: SECRET },
}
const request = { responseURL: config.url, _header: `GET /v1 HTTP/1.1\r\nAuthorization: Bearer ${SECRET}` }

const KINDS = ['http', 'network', 'timeout', 'abort', 'unknown']

/** Any value, including class instances, null prototypes, sparse arrays, BigInt and boxed values. */
const anything = fc.anything({
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
})

/** A value nested `depth` levels deep, as a server or a buggy client might build it. */
const deep = fc
  .tuple(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom('array', 'object'))
  .map(([depth, form]) => {
    let value: unknown = 'bottom'
    for (let level = 0; level < depth; level++) value = form === 'array' ? [value] : { a: value }
    return value
  })

const status = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 100, max: 599 }) },
  fc.constantFrom(0, 99, 600, 404.5, '404', 'FETCH_ERROR', 'TIMEOUT_ERROR', 'PARSING_ERROR', Number.NaN),
  anything,
)
const name = fc.constantFrom(
  'Error',
  'TypeError',
  'AbortError',
  'TimeoutError',
  'NetworkError',
  'AxiosError',
  'HTTPError',
  'FetchError',
  'TRPCClientError',
  'ApolloError',
  'ServerError',
  'CombinedGraphQLErrors',
  'UnconventionalError',
  'StatusError',
)
const graphQLError = fc.record({
  message: fc.string(),
  extensions: fc.oneof(
    fc.record({ code: fc.constantFrom('UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'OK', 'X', '__proto__') }),
    fc.record({ http: fc.record({ status }) }),
    anything,
  ),
})
const headers = fc.oneof(
  fc.dictionary(
    fc.constantFrom('content-type', 'retry-after', 'ratelimit', 'x-request-id', 'request-id'),
    fc.oneof(
      fc.constantFrom('application/problem+json', 'application/json', '5', '"a";r=0;t=9'),
      fc.string(),
    ),
  ),
  anything,
)
const body = fc.oneof(anything, deep, fc.json(), fc.string())

/** The shapes of every client the kit knows, with parts missing, parts wrong and the request planted. */
const shaped = fc
  .record(
    {
      name,
      message: fc.oneof(fc.constantFrom('Failed to fetch', 'fetch failed', 'Load failed'), fc.string()),
      code: fc.oneof(fc.constantFrom('ERR_NETWORK', 'ECONNABORTED', 'ERR_CANCELED'), fc.string()),
      isAxiosError: fc.boolean(),
      status,
      statusCode: status,
      originalStatus: status,
      ok: fc.boolean(),
      headers,
      data: body,
      result: body,
      bodyText: fc.oneof(fc.json(), fc.string()),
      response: fc.record({ status, headers, data: body }, { requiredKeys: [] }),
      graphQLErrors: fc.array(graphQLError, { maxLength: 3 }),
      errors: fc.oneof(fc.array(graphQLError, { maxLength: 3 }), anything),
      error: fc.string(),
    },
    { requiredKeys: [] },
  )
  .map((value) => ({ ...value, config, request }))

/** A shaped value nested as a cause or networkError, to any depth. */
const wrapped = fc
  .tuple(shaped, fc.array(fc.tuple(name, fc.constantFrom('cause', 'networkError')), { maxLength: 5 }))
  .map(([inner, wrappers]) =>
    wrappers.reduce<unknown>(
      (value, [wrapperName, key]) => ({ name: wrapperName, [key]: value, config }),
      inner,
    ),
  )

/**
 * A value made only when the property runs: fast-check inspects the values it generates, and a revoked proxy
 * or one whose traps throw would break that inspection rather than the code under test.
 */
type Made = (() => unknown) & { [fc.toStringMethod]: () => string }
function made(make: () => unknown, label: () => string): Made {
  return Object.assign(make, { [fc.toStringMethod]: label })
}
/** Printed only for a counterexample, and then as far as it can be: some values are too deep to print. */
const describeValue = (value: unknown) => () => {
  try {
    return fc.stringify(value)
  } catch {
    return 'a value nested too deep to print'
  }
}
const ready = (arbitrary: fc.Arbitrary<unknown>) =>
  arbitrary.map((value) => made(() => value, describeValue(value)))

/** Traps that throw, on a proxy of any target. */
const throwingProxy = fc
  .tuple(
    fc.oneof(
      shaped,
      anything.filter((value) => typeof value === 'object' && value !== null),
    ),
    fc.subarray(['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf'] as const, {
      minLength: 1,
    }),
  )
  .map(([target, traps]) => {
    const handler: ProxyHandler<object> = {}
    for (const trap of traps) {
      handler[trap] = () => {
        throw new Error(`trap ${trap}`)
      }
    }
    return made(
      () => new Proxy(target as object, handler),
      () => `a proxy whose ${traps.join(', ')} traps throw`,
    )
  })

const revoked = fc.constant(
  made(
    () => {
      const { proxy, revoke } = Proxy.revocable({ status: 503 }, {})
      revoke()
      return proxy
    },
    () => 'a revoked proxy',
  ),
)

const cyclic = shaped.map((value) => {
  const record = value as Record<string, unknown>
  record.cause = record
  record.networkError = record
  // The body's cycles stay in the body: a body that held the request would be the server's to show.
  const data: Record<string, unknown> = { title: 'Cyclic' }
  data.self = data
  data.items = [data, [data]]
  record.data = data
  return record
})

const deepCause = fc.integer({ min: 1, max: 10_000 }).map((depth) => {
  let value: unknown = new TypeError('Failed to fetch')
  for (let level = 0; level < depth; level++)
    value = { name: 'FetchError', cause: value, networkError: value }
  return value
})

const asError = shaped.map((value) => Object.assign(new Error('Request failed'), value))
const withPrototype = fc
  .tuple(shaped, shaped)
  .map(([own, inherited]) => Object.assign(Object.create(inherited), own))

const hostile: fc.Arbitrary<Made> = fc.oneof(
  ready(anything),
  ready(shaped),
  ready(wrapped),
  ready(asError),
  ready(withPrototype),
  throwingProxy,
  revoked,
  ready(cyclic),
  ready(deepCause),
  ready(shaped.map((value) => Object.freeze(value))),
  ready(fc.record({ status, data: deep, config: fc.constant(config) })),
)

describe('toStatusError on any value', () => {
  it('never throws and always gives a valid StatusError that serialises without the request', async () => {
    await checkProperty(
      'toStatusError',
      1500,
      fc.property(hostile, (make) => {
        const error = toStatusError(make())
        expect(isStatusError(error)).toBe(true)
        expect(error).toBeInstanceOf(StatusError)
        expect(KINDS).toContain(error.kind)
        if (error.kind === 'http') {
          expect(Number.isInteger(error.status)).toBe(true)
          expect(error.status).toBeGreaterThanOrEqual(100)
          expect(error.status).toBeLessThanOrEqual(599)
        } else {
          expect(error.status).toBeUndefined()
        }
        expect(error.retryAt === undefined || Number.isFinite(error.retryAt)).toBe(true)
        const json = JSON.stringify(error)
        expect(json).not.toContain(SECRET)
        expect(json).not.toContain('api.example.com')
        expect(error.message).not.toContain(SECRET)
        expect(toStatusError(error)).toBe(error)
      }),
    )
  }, 30_000)

  it('never takes a forged brand or a proxy that answers every read for a StatusError', async () => {
    const brand = Symbol.for('statuskit.StatusError')
    const forged = fc.oneof(
      fc
        .record({ kind: fc.oneof(fc.constantFrom(...KINDS), anything), status, retryAt: anything })
        .map((fields) => ({ ...fields, [brand]: true, name: 'StatusError' })),
      anything.map((answer) => new Proxy({}, { get: () => answer })),
      fc.constant(new Proxy({}, { get: () => true })),
      fc.constant(Object.create(StatusError.prototype)),
    )
    await checkProperty(
      'isStatusError (forged)',
      500,
      fc.property(forged, (value) => {
        expect(isStatusError(value)).toBe(false)
        expect(value instanceof StatusError).toBe(false)
        const error = toStatusError(value)
        expect(error).not.toBe(value)
        expect(isStatusError(error)).toBe(true)
      }),
    )
  }, 30_000)
})
