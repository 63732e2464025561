// Runs in Node and in Chromium (vitest.browser.config.ts): each runtime schedules stream reads its own way.
import { describe, expect, it, vi } from 'vitest'
import { fromResponse } from './fromResponse'

const TIMEOUT_MS = 100
// How much later than a timer set for the same deadline fromResponse may settle. Measured against that timer
// rather than the wall clock, so that a busy machine, which delays both alike, does not fail the test; a loop
// that never yielded would not settle at all.
const MARGIN_MS = 250

const JSON_HEADERS = { 'content-type': 'application/problem+json' }

/**
 * Resolves with the error and how much later fromResponse settled than a timer set for the same deadline
 * (0 when it settled first).
 */
async function timed(response: Response, options = {}) {
  let deadlinePassedAt: number | undefined
  const timer = setTimeout(() => {
    deadlinePassedAt = performance.now()
  }, TIMEOUT_MS)
  const error = await fromResponse(response, { timeoutMs: TIMEOUT_MS, ...options })
  clearTimeout(timer)
  return { error, late: deadlinePassedAt === undefined ? 0 : performance.now() - deadlinePassedAt }
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
    const { error, late } = await timed(new Response(body, { status: 503, headers: JSON_HEADERS }))
    expect(late).toBeLessThan(MARGIN_MS)
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
    const { error, late } = await timed(new Response(body, { status: 502, headers: JSON_HEADERS }), {
      maxBodyBytes: 1e9,
    })
    expect(late).toBeLessThan(MARGIN_MS)
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
    const { error, late } = await timed(response)
    expect(late).toBeLessThan(MARGIN_MS)
    expect(error.status).toBe(503)
    expect(cancel).toHaveBeenCalledOnce()
  })

  it('gives up after timeoutMs when read() returns its result without a promise', async () => {
    const response = withReader({
      read: () => ({ done: false, value: new Uint8Array(1) }),
      cancel: () => undefined,
    })
    const { error, late } = await timed(response, { maxBodyBytes: 1e9 })
    expect(late).toBeLessThan(MARGIN_MS)
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
    const { error, late } = await timed(response)
    expect(late).toBeLessThan(MARGIN_MS)
    expect(error.status).toBe(500)
  })
})
