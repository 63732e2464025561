import { fromResponse } from '@statuskit/core'
import { basePath } from './basePath'

/** A query function for the browser: the API's JSON, or the failure as a StatusError (status, wait, problem). */
export async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`${basePath}/api/upstream/${path}`)
  if (!response.ok) throw await fromResponse(response)
  return (await response.json()) as T
}
