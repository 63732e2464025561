import { fromResponse } from '@statuskit/core'

/**
 * What a real app's query function does: give up after `timeoutMs` (a TimeoutError, which the kit shows as the
 * timeout page), and throw the response's own status and problem details when it fails.
 */
export async function fetchJson<T>(
  url: string,
  { signal, timeoutMs = 5000 }: FetchJsonOptions = {},
): Promise<T> {
  const deadline = AbortSignal.timeout(timeoutMs)
  const response = await fetch(url, { signal: signal ? AbortSignal.any([signal, deadline]) : deadline })
  if (!response.ok) throw await fromResponse(response)
  return (await response.json()) as T
}

export interface FetchJsonOptions {
  /** TanStack Query's signal, so a cancelled query stops its request. */
  signal?: AbortSignal | undefined
  timeoutMs?: number | undefined
}
