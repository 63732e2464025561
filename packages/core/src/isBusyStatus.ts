/**
 * Whether a status says the server is busy and asks the client to slow down: 429 Too Many Requests and 503
 * Service Unavailable. Retries of these are paced (see `busyRetryDelay`) and wait for any `Retry-After`.
 */
export function isBusyStatus(status: number | undefined): boolean {
  return status === 429 || status === 503
}
