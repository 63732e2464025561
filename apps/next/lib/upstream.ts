import { createStatusResponse, fromResponse } from '@statuskit/core'

/** A response the next request to a path gets instead of its data (set by the tests through /api/control). */
export interface ForcedResponse {
  status: number
  /** Seconds, sent as `Retry-After`. */
  retryAfter?: number
  /** Sent as `x-request-id`: the reference support looks up. */
  requestId?: string
  /** A body for a 2xx answer (to send data the page does not expect). */
  body?: unknown
}

interface UpstreamState {
  /** Requests received, per path. */
  requests: Record<string, number>
  /** Responses to send next, per path, first one first. */
  forced: Record<string, ForcedResponse[]>
}

const DATA: Record<string, unknown> = {
  'orders/7': { id: '7', item: 'Walnut desk', total: 420 },
  products: [
    { id: '1', name: 'Oak shelf' },
    { id: '2', name: 'Linen lamp' },
  ],
  'products/1': { id: '1', name: 'Oak shelf', price: 89 },
  'products/2': { id: '2', name: 'Linen lamp', price: 45 },
  'products/retired': { id: 'retired', name: 'Cane chair', price: 120, retired: true },
  'products/oak-shelf': { movedTo: '1' },
}

// Pages and route handlers are separate bundles in a production build: they share the state through globalThis.
const shared = globalThis as { __upstream?: UpstreamState }
shared.__upstream ??= { requests: {}, forced: {} }
const state = shared.__upstream

/**
 * The shop's backend API, faked in memory: answers like `fetch` would, counts every request and sends the
 * responses the tests forced first. Server Components call it directly; the browser through /api/upstream.
 */
export async function fetchUpstream(path: string): Promise<Response> {
  state.requests[path] = (state.requests[path] ?? 0) + 1
  const forced = state.forced[path]?.shift()
  if (forced?.body !== undefined) return Response.json(forced.body, { status: forced.status })
  if (forced) {
    const headers = forced.requestId ? { 'x-request-id': forced.requestId } : undefined
    return createStatusResponse(forced.status, { retryAfter: forced.retryAfter, headers })
  }
  return Object.hasOwn(DATA, path) ? Response.json(DATA[path]) : createStatusResponse(404)
}

/** What the tests read and change: requests per path, and the responses to force next. */
export const upstreamControl = {
  requests: (): Record<string, number> => ({ ...state.requests }),
  force(path: string, responses: ForcedResponse[]): void {
    state.forced[path] = [...(state.forced[path] ?? []), ...responses]
  },
  reset(): void {
    state.requests = {}
    state.forced = {}
  },
}

/** For Server Components: the API's JSON, or the failure as a StatusError (status, wait, problem, reference). */
export async function readUpstream<T>(path: string): Promise<T> {
  const response = await fetchUpstream(path)
  if (!response.ok) throw await fromResponse(response)
  return (await response.json()) as T
}
