import { StatusError } from '@statuskit/core'
import { STATUS_DIGEST_PREFIX } from './STATUS_DIGEST_PREFIX'

/** `<status>;<retryAt in base 36, or nothing>;<reference, or nothing>` after the prefix. */
const FORMAT = /^([1-5]\d\d);([\da-z]{0,11});(.*)$/

/**
 * The StatusError that `encodeStatusDigest` wrote into a digest, or undefined for any other digest. The retry
 * time is absolute, so the page counts down to the moment the server named however late it renders; a time
 * already past reads as "now".
 */
export function decodeStatusDigest(digest: unknown, now = Date.now()): StatusError | undefined {
  const match =
    typeof digest === 'string' && digest.startsWith(STATUS_DIGEST_PREFIX)
      ? FORMAT.exec(digest.slice(STATUS_DIGEST_PREFIX.length))
      : null
  if (!match) return undefined
  const [, status, retryAt, requestId] = match
  return new StatusError({
    kind: 'http',
    status: Number(status),
    retryAfterMs: retryAt ? Math.max(0, Number.parseInt(retryAt, 36) - now) : undefined,
    // StatusError keeps only a valid reference (1–128 printable ASCII characters): anything else is dropped.
    requestId: requestId || undefined,
    now,
  })
}
