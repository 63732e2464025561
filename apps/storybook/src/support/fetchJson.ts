import { fromResponse } from '@statuskit/core'

/** What a real app's query function does: throw the response's own status and problem details when it fails. */
export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url)
  if (!response.ok) throw await fromResponse(response)
  return (await response.json()) as T
}
