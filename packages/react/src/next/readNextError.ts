import { StatusError, toStatusError } from '@statuskit/core'
import { decodeStatusDigest } from './decodeStatusDigest'

/**
 * What `error.tsx` received, as a StatusError: the status `throwStatus` put in the digest; else the thrown value
 * normalized (a client component's StatusError or failed fetch keeps its status); else an unknown error whose
 * reference is Next's digest, the key to the server's log entry for an error Next hid in production.
 */
export function readNextError(error: unknown, now?: number): StatusError {
  const digest = (error as { digest?: unknown } | null | undefined)?.digest
  const normalized = decodeStatusDigest(digest, now) ?? toStatusError(error, { now })
  if (normalized.kind !== 'unknown' || typeof digest !== 'string') return normalized
  // StatusError keeps the digest only when it is a valid reference (1–128 printable ASCII characters).
  return new StatusError({ kind: 'unknown', requestId: digest, cause: error, now })
}
