import { afterEach, describe, expect, it, vi } from 'vitest'
import { isStatusError } from './isStatusError'
import { retryPolicy } from './retryPolicy'
import { StatusError } from './StatusError'
import { toStatusError } from './toStatusError'

const BRAND = Symbol.for('statuskit.StatusError')

describe('isStatusError', () => {
  it('is true for a StatusError', () => {
    expect(isStatusError(new StatusError({ kind: 'timeout' }))).toBe(true)
  })

  it('is false for errors and objects that only look like one', () => {
    expect(isStatusError(new Error('404 Not Found'))).toBe(false)
    expect(isStatusError({ name: 'StatusError', kind: 'http', status: 404, message: '404 Not Found' })).toBe(
      false,
    )
    expect(isStatusError(Object.create(StatusError.prototype))).toBe(false)
  })

  it('is false for primitives, null and undefined', () => {
    for (const value of [null, undefined, 0, 'StatusError', Symbol('x'), 10n, true]) {
      expect(isStatusError(value)).toBe(false)
    }
  })

  it('never throws on a revoked proxy or a throwing brand getter', () => {
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    expect(isStatusError(proxy)).toBe(false)
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
      },
    )
    expect(isStatusError(hostile)).toBe(false)
    const getter = Object.defineProperty({}, Symbol.for('statuskit.StatusError'), {
      get() {
        throw new Error('getter')
      },
    })
    expect(isStatusError(getter)).toBe(false)
  })

  it('is true for a frozen StatusError', () => {
    expect(isStatusError(Object.freeze(new StatusError({ kind: 'http', status: 500 })))).toBe(true)
  })

  it('is false for a proxy that answers true to every read, and toStatusError makes a real error of it', () => {
    const forged = new Proxy({}, { get: () => true })
    expect(isStatusError(forged)).toBe(false)
    const error = toStatusError(forged)
    expect(error).not.toBe(forged)
    expect(isStatusError(error)).toBe(true)
    expect(error.kind).toBe('unknown')
    expect(error.status).toBeUndefined()
  })

  it('is false for an object that carries the brand and invalid fields', () => {
    const forged = { [BRAND]: true, name: 'StatusError', kind: 'network', retryAt: 'x' }
    expect(isStatusError(forged)).toBe(false)
    const policy = retryPolicy()
    expect(policy.retry(0, forged)).toBe(false)
    const delay = policy.retryDelay(0, forged)
    expect(Number.isFinite(delay)).toBe(true)
    expect(delay).toBeGreaterThanOrEqual(0)
    expect(delay).toBeLessThanOrEqual(1000)
  })

  it('is false for an object that carries the brand and valid fields, since the kit did not make it', () => {
    const forged = Object.assign(new Error('404 Not Found'), { [BRAND]: true, kind: 'http', status: 404 })
    expect(isStatusError(forged)).toBe(false)
  })

  it('is false for a StatusError whose fields were changed to values of the wrong type', () => {
    for (const [field, value] of [
      ['kind', 'teapot'],
      ['kind', { toString: () => 'network' }],
      ['status', 404],
      ['retryAt', 'x'],
      ['retryAt', Number.NaN],
      ['retryAfterMs', Number.POSITIVE_INFINITY],
    ] as const) {
      const error = new StatusError({ kind: 'network' })
      Object.defineProperty(error, field, { value })
      expect(isStatusError(error), `${field}: ${String(value)}`).toBe(false)
    }
    const http = new StatusError({ kind: 'http', status: 503 })
    Object.defineProperty(http, 'status', { value: 'x' })
    expect(isStatusError(http)).toBe(false)
  })

  it('accepts an error of every kind with the fields the constructor gave it', () => {
    for (const kind of ['network', 'timeout', 'abort', 'unknown'] as const) {
      expect(isStatusError(new StatusError({ kind, retryAfterMs: 1_000, now: 0 }))).toBe(true)
    }
    expect(isStatusError(new StatusError({ kind: 'http', status: 499 }))).toBe(true)
  })

  it('recognises errors made by another copy of the module in this realm', async () => {
    vi.resetModules()
    const copy = (await import('./StatusError')) as typeof import('./StatusError')
    expect(copy.StatusError).not.toBe(StatusError)
    expect(isStatusError(new copy.StatusError({ kind: 'timeout' }))).toBe(true)
    const otherCheck = (await import('./isStatusError')) as typeof import('./isStatusError')
    expect(otherCheck.isStatusError(new StatusError({ kind: 'abort' }))).toBe(true)
  })

  describe('given a global that cannot hold the shared set', () => {
    const descriptor = Object.getOwnPropertyDescriptor(globalThis, BRAND)
    afterEach(() => {
      Reflect.deleteProperty(globalThis, BRAND)
      if (descriptor) Object.defineProperty(globalThis, BRAND, descriptor)
    })

    it('keeps a set of its own when the global refuses it, as a locked-down realm does', async () => {
      Reflect.deleteProperty(globalThis, BRAND)
      Object.defineProperty(globalThis, BRAND, {
        configurable: true,
        get: () => undefined,
        set: () => {
          throw new TypeError('frozen')
        },
      })
      vi.resetModules()
      const copy = (await import('./toStatusError')) as typeof import('./toStatusError')
      const check = (await import('./isStatusError')) as typeof import('./isStatusError')
      const error = copy.toStatusError({ status: 404 })
      expect(error.status).toBe(404)
      expect(check.isStatusError(error)).toBe(true)
      expect(copy.toStatusError(error)).toBe(error)
    })

    it('does not trust a value under its key that is no set it made', async () => {
      Reflect.deleteProperty(globalThis, BRAND)
      Object.defineProperty(globalThis, BRAND, {
        configurable: true,
        value: { has: () => true, add: () => {} },
      })
      vi.resetModules()
      const check = (await import('./isStatusError')) as typeof import('./isStatusError')
      expect(check.isStatusError(new Proxy({}, { get: () => 'network' }))).toBe(false)
      expect(check.isStatusError({ kind: 'network' })).toBe(false)
    })
  })
})
