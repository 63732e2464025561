import { fromResponse } from '@statuskit/core'

/**
 * The app's one way to call its API: JSON in, JSON out, and any response that is not OK becomes a
 * `StatusError` (status, Retry-After, problem details) for the kit to act on.
 */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  const headers = new Headers(init.headers)
  headers.set('accept', 'application/json, application/problem+json')
  if (init.body !== undefined) headers.set('content-type', 'application/json')
  const response = await fetch(path, { ...init, headers })
  if (!response.ok) throw await fromResponse(response)
  return (await response.json()) as T
}
