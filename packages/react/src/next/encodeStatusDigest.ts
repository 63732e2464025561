import type { StatusError } from '@statuskit/core'
import { STATUS_DIGEST_PREFIX } from './STATUS_DIGEST_PREFIX'

/**
 * The `digest` that carries a status from a Server Component to the browser: `STATUSKIT;1;503;<retryAt>;<ref>`.
 * Next.js keeps an error's own `digest` through its production error hiding (it only makes one up for errors
 * without), and drops the message. Only what the kit decided goes in: the status, the absolute retry time in
 * epoch ms (base 36) and the request reference, which `StatusError` already limits to 1–128 printable ASCII
 * characters. Never the server's title, detail or message.
 */
export function encodeStatusDigest(status: number, error: StatusError): string {
  return `${STATUS_DIGEST_PREFIX}${status};${error.retryAt?.toString(36) ?? ''};${error.requestId ?? ''}`
}
