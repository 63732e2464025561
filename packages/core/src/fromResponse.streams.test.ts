// Runs in Node and in Chromium (vitest.browser.config.ts): each runtime schedules stream reads its own way.
import { describe, expect, it, vi } from 'vitest'
import { fromResponse } from './fromResponse'

const TIMEOUT_MS = 100
// Enough for a loaded CI machine; a loop that never yields would not settle at all.
const MARGIN_MS = 250

const JSON_HEADERS = { 'content-type': 'application/problem+json' }

/** Resolves with the error and how long fromResponse took, measured by the wall clock. */
async function timed(response: Response, options = {}) {
  const started = performance.now()
  const error = await fromResponse(response, { timeoutMs: TIMEOUT_MS, ...options })
  return { error, elapsed: performance.now() - started }
}

/** A Response-like object whose body is a hand-made reader, as a fetch polyfill or a test double might give. */
function withReader(reader: { read(): unknown; cancel(): unknown }): Response {
  return {
    status: 503,
    headers: new Headers(JSON_HEADERS),
    bodyUsed: false,
    body: { locked: false, getReader: () => reader },
  } as unknown as Response
}

describe('given a body stream that yields empty chunks without end', () => {
  it('gives up after timeoutMs, keeps the status and cancels the stream', async () => {
    const cancel = vi.fn()
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(0))
      },
      cancel,
    })
    const { error, elapsed } = await timed(new Response(body, { status: 503, headers: JSON_HEADERS }))
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    expect(error.status).toBe(503)
    expect(error.problem).toBeUndefined()
    expect(cancel).toHaveBeenCalledOnce()
  })

  it('lets timers run while it reads, so the page stays responsive', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array(0))
      },
    })
    let settled = false
    let timerRanFirst = false
    setTimeout(() => {
      timerRanFirst = !settled
    }, 10)
    await fromResponse(new Response(body, { status: 503, headers: JSON_HEADERS }), { timeoutMs: 500 })
    settled = true
    // A loop that never yielded would let the timer run only after it gave up.
    expect(timerRanFirst).toBe(true)
  })
})

describe('given a body stream that yields one-byte chunks without end', () => {
  it('gives up after timeoutMs even when the byte cap is far away', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.enqueue(new Uint8Array([32]))
      },
    })
    const { error, elapsed } = await timed(new Response(body, { status: 502, headers: JSON_HEADERS }), {
      maxBodyBytes: 1e9,
    })
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    expect(error.status).toBe(502)
    expect(error.problem).toBeUndefined()
  })
})

describe('given a reader whose read() resolves at once, forever', () => {
  it('gives up after timeoutMs when read() returns resolved promises', async () => {
    const cancel = vi.fn(() => Promise.resolve())
    const response = withReader({
      read: () => Promise.resolve({ done: false, value: new Uint8Array(0) }),
      cancel,
    })
    const { error, elapsed } = await timed(response)
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    expect(error.status).toBe(503)
    expect(cancel).toHaveBeenCalledOnce()
  })

  it('gives up after timeoutMs when read() returns its result without a promise', async () => {
    const response = withReader({
      read: () => ({ done: false, value: new Uint8Array(1) }),
      cancel: () => undefined,
    })
    const { error, elapsed } = await timed(response, { maxBodyBytes: 1e9 })
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    expect(error.status).toBe(503)
  })

  it('keeps the status when cancel() throws at once', async () => {
    const response = withReader({
      read: () => Promise.resolve({ done: false, value: new Uint8Array(0) }),
      cancel: () => {
        throw new Error('cancel')
      },
    })
    const { error } = await timed(response)
    expect(error.kind).toBe('http')
    expect(error.status).toBe(503)
  })
})

describe('given a polyfilled response whose text() never settles', () => {
  it('gives up after timeoutMs', async () => {
    const response = {
      status: 500,
      headers: new Headers(JSON_HEADERS),
      bodyUsed: false,
      text: () => new Promise<string>(() => {}),
    } as unknown as Response
    const { error, elapsed } = await timed(response)
    expect(elapsed).toBeLessThan(TIMEOUT_MS + MARGIN_MS)
    expect(error.status).toBe(500)
  })
})
