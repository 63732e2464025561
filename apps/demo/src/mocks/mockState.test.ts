import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { MockSnapshot } from './mockState'

/** A sessionStorage for Node, shared by the module instances of one test, as a browser tab's is. */
function fakeSessionStorage(): Storage {
  const items = new Map<string, string>()
  return {
    get length() {
      return items.size
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => {
      items.delete(key)
    },
    setItem: (key, value) => {
      items.set(key, String(value))
    },
  }
}

/** A fresh copy of the module, as after a reload of the page. */
async function load() {
  vi.resetModules()
  return (await import('./mockState')).mockState
}

beforeEach(() => {
  vi.stubGlobal('sessionStorage', fakeSessionStorage())
})
afterEach(() => {
  vi.unstubAllGlobals()
})

describe('the mock API state', () => {
  it('answers a forced response as many times as asked, then lets the endpoint answer again', async () => {
    const mock = await load()
    mock.force({ endpoint: 'invoice', status: 500, retryAfter: { kind: 'none' }, remaining: 2 })
    expect(mock.takeForced('order')).toBeUndefined()
    expect(mock.takeForced('invoice')?.status).toBe(500)
    expect(mock.takeForced('invoice')?.status).toBe(500)
    expect(mock.takeForced('invoice')).toBeUndefined()
    expect(mock.getSnapshot().forced).toEqual([])
  })

  it('keeps a response forced for every request until it is cleared, for any endpoint', async () => {
    const mock = await load()
    mock.force({
      endpoint: 'any',
      status: 503,
      retryAfter: { kind: 'seconds', seconds: 120 },
      remaining: 'always',
    })
    for (const endpoint of ['orders', 'invoice', 'search'] as const) {
      expect(mock.takeForced(endpoint)).toMatchObject({
        status: 503,
        retryAfter: { kind: 'seconds', seconds: 120 },
      })
    }
    mock.clearForced()
    expect(mock.takeForced('orders')).toBeUndefined()
  })

  it('takes the first forced response that applies, in the order they were forced', async () => {
    const mock = await load()
    mock.force({ endpoint: 'any', status: 502, retryAfter: { kind: 'none' }, remaining: 1 })
    mock.force({ endpoint: 'invoice', status: 429, retryAfter: { kind: 'none' }, remaining: 1 })
    expect(mock.takeForced('invoice')?.status).toBe(502)
    expect(mock.takeForced('invoice')?.status).toBe(429)
  })

  it('keeps the switches across a reload of the page, but not the request log or being offline', async () => {
    const before = await load()
    before.force({
      endpoint: 'invoice',
      status: 429,
      retryAfter: { kind: 'seconds', seconds: 120 },
      remaining: 1,
    })
    before.setMaintenance(1_800_000_000_000)
    before.setSignedIn(false)
    before.setOffline(true)
    before.record({ endpoint: 'orders', method: 'GET', path: '/api/orders', status: 200, at: 1, why: 'ok' })

    const after = await load()
    expect(after).not.toBe(before)
    const snapshot: MockSnapshot = after.getSnapshot()
    expect(snapshot).toMatchObject({ maintenanceUntil: 1_800_000_000_000, signedIn: false, offline: false })
    expect(snapshot.requests).toEqual([])
    expect(after.takeForced('invoice')?.status).toBe(429)
  })

  it('tells its subscribers about every change, and stops when they unsubscribe', async () => {
    const mock = await load()
    const listener = vi.fn()
    const unsubscribe = mock.subscribe(listener)
    mock.setOffline(true)
    mock.record({
      endpoint: 'search',
      method: 'GET',
      path: '/api/search?q=mug',
      status: 429,
      at: 2,
      why: 'rate-limited',
    })
    unsubscribe()
    mock.setOffline(false)
    expect(listener).toHaveBeenCalledTimes(2)
    expect(mock.getSnapshot().requests.map((request) => request.status)).toEqual([429])
  })
})
