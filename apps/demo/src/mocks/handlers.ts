import { createStatusResponse } from '@statuskit/core'
import { delay, HttpResponse, http } from 'msw'
import type { Endpoint } from './Endpoint'
import { initialSettings, invoiceFor, type Order, orders, type Settings, type Stats } from './mockData'
import { mockState, type RequestRecord, type RetryAfterChoice } from './mockState'
import { validateSettings } from './validateSettings'

/** A little latency, so loading states are real but tests stay quick. */
const LATENCY_MS = 120
/** The search allows this many requests per window, then answers 429 with `Retry-After: 3`. */
const SEARCH_LIMIT = 3
const SEARCH_WINDOW_MS = 20_000
const SEARCH_BLOCK_SECONDS = 3

let settings: Settings = { ...initialSettings }
/** What the API has been asked to change on an order: archived, its note. */
const orderChanges = new Map<string, Partial<Pick<Order, 'archived' | 'note'>>>()
/** Notes longer than this are refused: a note is for the packers, not a letter. */
const MAX_NOTE = 2000

function findOrder(id: unknown): Order | undefined {
  const order = orders.find((candidate) => candidate.id === id)
  return order && { ...order, ...orderChanges.get(order.id) }
}

function orderNotFound(): Answer {
  return {
    response: createStatusResponse(404, { problem: { detail: 'There is no order with this number.' } }),
    why: 'not-found',
  }
}
let searchWindow: number[] = []
let searchBlockedUntil = 0

function requestId(): string {
  return `req_${Math.random().toString(36).slice(2, 10)}`
}

function retryAfterInit(choice: RetryAfterChoice): { retryAfter?: number | Date } {
  switch (choice.kind) {
    case 'none':
      return {}
    case 'seconds':
      return { retryAfter: choice.seconds }
    case 'date':
      return { retryAfter: new Date(Date.now() + choice.inSeconds * 1000) }
    default:
      return choice satisfies never
  }
}

type Answer = { response: Response; why: RequestRecord['why'] }

/**
 * Every endpoint goes through here: offline, then a forced response from the developer panel, then the
 * maintenance switch, then the session, and only then the endpoint's own answer.
 */
async function serve(
  endpoint: Endpoint,
  request: Request,
  answer: () => Answer | Response,
): Promise<Response> {
  const at = Date.now()
  const url = new URL(request.url)
  const record = (why: RequestRecord['why'], response?: Response) => {
    const retryAfter = response?.headers.get('retry-after') ?? undefined
    mockState.record({
      endpoint,
      method: request.method,
      path: url.pathname + url.search,
      status: response?.status ?? 0,
      at,
      why,
      ...(retryAfter === undefined ? {} : { retryAfter }),
    })
    return response ?? HttpResponse.error()
  }
  await delay(LATENCY_MS)

  const state = mockState.getSnapshot()
  if (state.offline || !navigator.onLine) {
    return record('offline')
  }

  const forced = mockState.takeForced(endpoint)
  if (forced) {
    // A 401 means the session ended: everything but signing in fails until the user signs in again.
    if (forced.status === 401) mockState.setSignedIn(false)
    return record(
      'forced',
      createStatusResponse(forced.status, {
        ...retryAfterInit(forced.retryAfter),
        headers: { 'x-request-id': requestId() },
      }),
    )
  }

  if (state.maintenanceUntil !== undefined && endpoint !== 'session') {
    if (state.maintenanceUntil > at) {
      return record(
        'maintenance',
        createStatusResponse(503, {
          // An HTTP-date has whole seconds: like a server reading its own clock, the mock says the second in which
          // the maintenance ends, so the service comes back up to a second after the time it gives.
          retryAfter: new Date(Math.floor(state.maintenanceUntil / 1000) * 1000),
          headers: { 'x-request-id': requestId() },
        }),
      )
    }
    mockState.setMaintenance(undefined)
  }

  if (!state.signedIn && endpoint !== 'session') {
    return record('signed-out', createStatusResponse(401))
  }

  const result = answer()
  const { response, why } = result instanceof Response ? { response: result, why: 'ok' as const } : result
  return record(why, response)
}

function searchAnswer(query: string, at: number): Answer | Response {
  if (at < searchBlockedUntil) {
    return {
      response: createStatusResponse(429, { retryAfter: (searchBlockedUntil - at) / 1000 }),
      why: 'rate-limited',
    }
  }
  searchWindow = searchWindow.filter((time) => time > at - SEARCH_WINDOW_MS)
  if (searchWindow.length >= SEARCH_LIMIT) {
    searchBlockedUntil = at + SEARCH_BLOCK_SECONDS * 1000
    searchWindow = []
    return {
      response: createStatusResponse(429, {
        retryAfter: SEARCH_BLOCK_SECONDS,
        problem: { detail: `You can search ${SEARCH_LIMIT} times every ${SEARCH_WINDOW_MS / 1000} seconds.` },
      }),
      why: 'rate-limited',
    }
  }
  searchWindow.push(at)
  const needle = query.trim().toLowerCase()
  const results = needle
    ? orders.filter(
        (order) =>
          order.id.toLowerCase().includes(needle) ||
          order.customer.toLowerCase().includes(needle) ||
          order.items.some((item) => item.name.toLowerCase().includes(needle)),
      )
    : []
  return HttpResponse.json({ query, results })
}

export const handlers = [
  http.get('/api/orders', ({ request }) =>
    serve('orders', request, () =>
      HttpResponse.json(
        orders.map((order) => {
          const { items: _items, note: _note, ...summary } = findOrder(order.id) ?? order
          return summary
        }),
      ),
    ),
  ),
  http.get('/api/orders/:id', ({ request, params }) =>
    serve('order', request, () => {
      const order = findOrder(params.id)
      return order ? HttpResponse.json(order) : orderNotFound()
    }),
  ),
  http.post('/api/orders/:id/archive', ({ request, params }) =>
    serve('archiveOrder', request, () => {
      const order = findOrder(params.id)
      if (!order) return orderNotFound()
      orderChanges.set(order.id, { ...orderChanges.get(order.id), archived: true })
      return HttpResponse.json({ ...order, archived: true })
    }),
  ),
  http.put('/api/orders/:id/note', async ({ request, params }) => {
    const body = (await request.json().catch(() => null)) as { note?: unknown } | null
    return serve('saveNote', request, () => {
      const order = findOrder(params.id)
      if (!order) return orderNotFound()
      const note = typeof body?.note === 'string' ? body.note : undefined
      if (note === undefined || note.length > MAX_NOTE) {
        return {
          response: createStatusResponse(422, {
            problem: {
              title: 'Check the note',
              extensions: {
                errors: [{ pointer: '#/note', detail: `Keep the note under ${MAX_NOTE} characters` }],
              },
            },
          }),
          why: 'invalid',
        }
      }
      orderChanges.set(order.id, { ...orderChanges.get(order.id), note })
      return HttpResponse.json({ note })
    })
  }),
  http.get('/api/orders/:id/invoice', ({ request, params }) =>
    serve('invoice', request, () => {
      const order = findOrder(params.id)
      if (!order) return orderNotFound()
      if (order.state === 'placed') {
        // An order that has not been packed yet lacks what an invoice needs: RFC 9457 field errors.
        return {
          response: createStatusResponse(422, {
            problem: {
              title: 'This order cannot be invoiced yet',
              extensions: {
                errors: [
                  { pointer: '#/billingAddress/postcode', detail: 'Add the postcode of the billing address' },
                  { pointer: '#/vatId', detail: 'Add a VAT number like DE123456789' },
                ],
              },
            },
          }),
          why: 'invalid',
        }
      }
      return HttpResponse.json(invoiceFor(order))
    }),
  ),
  http.get('/api/stats', ({ request }) =>
    serve('stats', request, () => {
      const stats: Stats = {
        openOrders: orders.filter((order) => order.state !== 'delivered').length,
        revenueToday: orders.slice(0, 4).reduce((sum, order) => sum + order.total, 0),
        averageDispatchHours: 18,
      }
      return HttpResponse.json(stats)
    }),
  ),
  http.get('/api/search', ({ request }) =>
    serve('search', request, () =>
      searchAnswer(new URL(request.url).searchParams.get('q') ?? '', Date.now()),
    ),
  ),
  http.get('/api/settings', ({ request }) => serve('settings', request, () => HttpResponse.json(settings))),
  http.put('/api/settings', async ({ request }) => {
    const body = (await request.json().catch(() => null)) as Partial<Settings> | null
    return serve('saveSettings', request, () => {
      const errors = validateSettings(body)
      if (errors.length > 0) {
        // RFC 9457's validation example: a field error per input, with a JSON Pointer to it.
        return {
          response: createStatusResponse(422, {
            problem: { title: 'Check the settings', extensions: { errors } },
          }),
          why: 'invalid',
        }
      }
      settings = {
        displayName: String(body?.displayName ?? '').trim(),
        email: String(body?.email),
        signature: String(body?.signature ?? ''),
      }
      return HttpResponse.json(settings)
    })
  }),
  http.post('/api/session', ({ request }) =>
    serve('session', request, () => {
      mockState.setSignedIn(true)
      return HttpResponse.json({ user: 'demo@example.com' })
    }),
  ),
]
