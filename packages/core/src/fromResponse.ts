import { createHttpStatusError } from './createHttpStatusError'
import { isHttpStatus } from './isHttpStatus'
import { isJsonContentType } from './isJsonContentType'
import { MAX_DELAY_MS } from './MAX_DELAY_MS'
import { readHeader } from './readHeader'
import { readProperty } from './readProperty'
import { StatusError } from './StatusError'
import { toStatusError } from './toStatusError'

/** Options of `fromResponse`: the normalization time and the limits on reading the body. */
export interface FromResponseOptions {
  /** Normalization time in epoch ms, taken before the body is read. @default Date.now() */
  now?: number
  /** Bodies longer than this are abandoned (the stream is cancelled) and `problem` stays undefined. @default 65536 */
  maxBodyBytes?: number
  /** A body still arriving after this long is abandoned the same way. @default 5000 */
  timeoutMs?: number
}

function option(value: unknown, fallback: number): number {
  return typeof value === 'number' && value >= 0 ? value : fallback
}

// How long the read loop may run before it lets the rest of the page (and the timeout's timer) have a turn.
const SLICE_MS = 8

/** A turn of the event loop: timers that are due, the timeout's among them, run before this settles. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve))
}

/**
 * The body's bytes as text, or undefined when it is too long, too slow, or not a stream of bytes.
 *
 * A stream whose chunks are always ready (empty chunks without end, a `read()` that resolves at once) settles
 * each read as a microtask, and a loop of microtasks never lets a timer fire: racing the reads against a timer
 * alone would block the page forever. So the loop checks the deadline itself after every read, and yields to
 * the event loop every few milliseconds so that the page stays responsive while it runs.
 */
async function readAll(
  reader: ReadableStreamDefaultReader<unknown>,
  maxBytes: number,
  deadline: number,
): Promise<string | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  let sliceStart = Date.now()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    // Byte chunks, possibly from another realm (test environments such as jsdom), so no instanceof.
    if (!ArrayBuffer.isView(value)) return undefined
    size += value.byteLength
    if (size > maxBytes) return undefined
    chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
    const time = Date.now()
    if (time >= deadline) return undefined
    if (time - sliceStart >= SLICE_MS) {
      await nextTask()
      sliceStart = Date.now()
    }
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/** The body's text, or undefined when it is used, locked, too long or too slow. */
async function readText(
  response: Response,
  maxBytes: number,
  timeoutMs: number,
): Promise<string | undefined> {
  const length = Number(readHeader(readProperty(response, 'headers'), 'content-length'))
  if (readProperty(response, 'bodyUsed') === true || length > maxBytes) return undefined
  const body = readProperty(response, 'body') as ReadableStream<unknown> | null | undefined
  const delay = Math.min(timeoutMs, MAX_DELAY_MS)
  let stopTimer = () => {}
  // For a read that never settles: the timer wins the race. Reads that settle at once meet the deadline.
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, delay)
    stopTimer = () => clearTimeout(timer)
  })
  let reader: ReadableStreamDefaultReader<unknown> | undefined
  try {
    let text: unknown
    if (body === undefined) {
      // Fetch polyfills without streams: text() is all there is, one promise, so the timer alone bounds it; the
      // cap is checked afterwards (a string never has more UTF-16 units than UTF-8 bytes, so long ones are
      // rejected without encoding them).
      text = await Promise.race([response.text(), timeout])
      if (
        typeof text !== 'string' ||
        text.length > maxBytes ||
        new TextEncoder().encode(text).byteLength > maxBytes
      )
        return undefined
    } else if (body !== null && !body.locked) {
      reader = body.getReader()
      text = await Promise.race([readAll(reader, maxBytes, Date.now() + delay), timeout])
    }
    return typeof text === 'string' ? text : undefined
  } catch {
    return undefined
  } finally {
    stopTimer()
    // Stops a body we gave up on (over the cap, never ending); a no-op once the stream is done. Not awaited,
    // since a hostile stream's cancel() may never settle, and called on a later microtask so that a cancel()
    // that throws at once cannot turn a known status into an unknown error.
    const abandoned = reader
    Promise.resolve()
      .then(() => abandoned?.cancel())
      .catch(() => {})
  }
}

/**
 * A StatusError from a fetch `Response`, with `problem` parsed from its body. Never rejects.
 *
 * The body is read at most once, and only for JSON content types (`application/problem+json`,
 * `application/json`, `+json`), up to `maxBodyBytes` and within `timeoutMs`. A used or locked body, invalid
 * JSON, HTML, or a body over the cap leaves `problem` undefined and keeps the status. `error.status` is always
 * the response's status (`problem.status` keeps what the body said); `cause` is the Response.
 * A `Response.error()` (status 0) is a `network` error.
 */
export async function fromResponse(response: Response, options?: FromResponseOptions): Promise<StatusError> {
  const requested = readProperty(options, 'now')
  const now = Number.isFinite(requested) ? (requested as number) : Date.now()
  try {
    const status = readProperty(response, 'status')
    if (!isHttpStatus(status)) return toStatusError(response, { now })
    const headers = readProperty(response, 'headers')
    const maxBytes = option(readProperty(options, 'maxBodyBytes'), 65536)
    // The text, not parsed JSON: createHttpStatusError parses a body once, so a JSON string holding JSON
    // stays a string and never becomes a problem document.
    const body = isJsonContentType(readHeader(headers, 'content-type'))
      ? await readText(response, maxBytes, option(readProperty(options, 'timeoutMs'), 5000))
      : undefined
    return createHttpStatusError(status, headers, body, response, now, maxBytes)
  } catch {
    return new StatusError({ kind: 'unknown', cause: response, now })
  }
}
