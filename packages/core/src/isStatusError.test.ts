import { describe, expect, it } from 'vitest'
import { isStatusError } from './isStatusError'
import { StatusError } from './StatusError'

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
})
