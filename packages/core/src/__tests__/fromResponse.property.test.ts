// Runs in Node and in Chromium (vitest.browser.config.ts), with fewer cases in the browser.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromResponse } from '../fromResponse'
import { checkProperty } from './property'

// How much later than a timer set for the same deadline fromResponse may settle: measured against that timer
// rather than the wall clock, so that a busy machine, which delays both alike, does not fail the test. A read
// loop that held the thread would not settle at all.
const MARGIN_MS = 250
const inBrowser = typeof window !== 'undefined'

/** One step of a hostile body: what the next read gives. */
type Step =
  | { chunk: 'empty' }
  | { chunk: 'tiny'; size: number }
  | { chunk: 'huge'; size: number }
  | { chunk: 'text' }
  | { chunk: 'object' }
/** How the body ends after its steps, if it ever does. */
type Ending =
  | 'close'
  | 'error'
  | 'hang'
  | 'empty forever'
  | 'tiny forever'
  | 'resolved reads forever'
  | 'sync reads forever'

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant({ chunk: 'empty' as const }),
  fc.integer({ min: 1, max: 3 }).map((size) => ({ chunk: 'tiny' as const, size })),
  fc.integer({ min: 10_000, max: 200_000 }).map((size) => ({ chunk: 'huge' as const, size })),
  fc.constant({ chunk: 'text' as const }),
  fc.constant({ chunk: 'object' as const }),
)
const ending = fc.constantFrom<Ending>(
  'close',
  'error',
  'hang',
  'empty forever',
  'tiny forever',
  'resolved reads forever',
  'sync reads forever',
)

function chunkOf(next: Step): unknown {
  switch (next.chunk) {
    case 'empty':
      return new Uint8Array(0)
    case 'tiny':
      return new Uint8Array(next.size).fill(32)
    case 'huge':
      return new Uint8Array(next.size).fill(32)
    case 'text':
      return '{"title":"x"}'
    case 'object':
      return { bytes: [1, 2, 3] }
    default:
      return next satisfies never
  }
}

/** A Response (or, for reads a stream cannot make, a Response-like object) whose body behaves as planned. */
function hostileResponse(steps: Step[], end: Ending): Response {
  const headers = { 'content-type': 'application/problem+json' }
  if (end === 'resolved reads forever' || end === 'sync reads forever') {
    let index = 0
    const read = () => {
      const next = steps[index++]
      const result = { done: false, value: next ? chunkOf(next) : new Uint8Array(0) }
      return end === 'sync reads forever' ? result : Promise.resolve(result)
    }
    return {
      status: 503,
      headers: new Headers(headers),
      bodyUsed: false,
      body: { locked: false, getReader: () => ({ read, cancel: () => Promise.resolve() }) },
    } as unknown as Response
  }
  let index = 0
  const body = new ReadableStream<unknown>({
    pull(controller) {
      const next = steps[index++]
      if (next) return controller.enqueue(chunkOf(next))
      switch (end) {
        case 'close':
          return controller.close()
        case 'error':
          return controller.error(new Error('connection reset'))
        case 'hang':
          return new Promise<void>(() => {})
        case 'empty forever':
          return controller.enqueue(new Uint8Array(0))
        case 'tiny forever':
          return controller.enqueue(new Uint8Array([32]))
      }
    },
  })
  return new Response(body as ReadableStream<Uint8Array>, { status: 503, headers })
}

describe('fromResponse on hostile bodies', () => {
  it('always settles by timeoutMs, give or take a small margin, keeping the status', async () => {
    await checkProperty(
      `fromResponse${inBrowser ? ' (Chromium)' : ''}`,
      inBrowser ? 15 : 40,
      fc.asyncProperty(
        fc.array(step, { maxLength: 6 }),
        ending,
        fc.integer({ min: 20, max: 150 }),
        fc.oneof(fc.integer({ min: 1, max: 100_000 }), fc.constant(1e9)),
        async (steps, end, timeoutMs, maxBodyBytes) => {
          let deadlinePassedAt: number | undefined
          const timer = setTimeout(() => {
            deadlinePassedAt = performance.now()
          }, timeoutMs)
          const error = await fromResponse(hostileResponse(steps, end), { timeoutMs, maxBodyBytes })
          clearTimeout(timer)
          const late = deadlinePassedAt === undefined ? 0 : performance.now() - deadlinePassedAt
          expect(late).toBeLessThan(MARGIN_MS)
          expect(error.kind).toBe('http')
          expect(error.status).toBe(503)
          expect(() => JSON.stringify(error)).not.toThrow()
        },
      ),
    )
  }, 60_000)
})
