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

async function readAll(
  reader: ReadableStreamDefaultReader<unknown>,
  maxBytes: number,
): Promise<string | undefined> {
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    // Byte chunks, possibly from another realm (test environments such as jsdom), so no instanceof.
    if (!ArrayBuffer.isView(value)) return undefined
    size += value.byteLength
    if (size > maxBytes) return undefined
    chunks.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength))
  }
  const bytes = new Uint8Array(size)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return new TextDecoder().decode(bytes)
}

/** The body as parsed JSON, or undefined when it is used, locked, too long, too slow or not JSON. */
async function readJson(response: Response, maxBytes: number, timeoutMs: number): Promise<unknown> {
  const length = Number(readHeader(readProperty(response, 'headers'), 'content-length'))
  if (readProperty(response, 'bodyUsed') === true || length > maxBytes) return undefined
  const body = readProperty(response, 'body') as ReadableStream<unknown> | null | undefined
  let stopTimer = () => {}
  const timeout = new Promise<undefined>((resolve) => {
    const timer = setTimeout(resolve, Math.min(timeoutMs, MAX_DELAY_MS))
    stopTimer = () => clearTimeout(timer)
  })
  let reader: ReadableStreamDefaultReader<unknown> | undefined
  try {
    let text: string | undefined
    if (body === undefined) {
      // Fetch polyfills without streams: text() is all there is; the cap is checked afterwards.
      text = await Promise.race([response.text(), timeout])
      if (text !== undefined && new TextEncoder().encode(text).byteLength > maxBytes) text = undefined
    } else if (body !== null && !body.locked) {
      reader = body.getReader()
      text = await Promise.race([readAll(reader, maxBytes), timeout])
    }
    return text === undefined ? undefined : JSON.parse(text)
  } catch {
    return undefined
  } finally {
    stopTimer()
    // Stops a body we gave up on (over the cap, never ending); a no-op once the stream is done.
    // Not awaited: a hostile stream's cancel() may never settle.
    reader?.cancel().catch(() => {})
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
    const body = isJsonContentType(readHeader(headers, 'content-type'))
      ? await readJson(
          response,
          option(readProperty(options, 'maxBodyBytes'), 65536),
          option(readProperty(options, 'timeoutMs'), 5000),
        )
      : undefined
    return createHttpStatusError(status, headers, body, response, now)
  } catch {
    return new StatusError({ kind: 'unknown', cause: response, now })
  }
}
