import { parseProblemDetails, StatusError } from '@statuskit/core'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { pageForError } from '../pages/pageForError'
import { StatusPage } from '../pages/StatusPage'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { SessionGuard } from '../session/SessionGuard'

/** A fixed clock, so that countdowns and "back at" times render the same on the server and in the browser. */
export const NOW = Date.UTC(2026, 10, 25, 14, 0, 0)

function http(status: number, init: { retryAfterMs?: number; requestId?: string; problem?: unknown } = {}) {
  return new StatusError({
    kind: 'http',
    status,
    now: NOW,
    retryAfterMs: init.retryAfterMs,
    requestId: init.requestId,
    problem: init.problem === undefined ? undefined : parseProblemDetails(init.problem),
  })
}

/** One error per built-in page, in the states that render differently. */
export const pageErrors: ReadonlyArray<readonly [string, StatusError]> = [
  [
    '400 with field errors',
    http(400, { problem: { title: 'Invalid', errors: [{ detail: 'Too long', pointer: '/name' }] } }),
  ],
  ['401', http(401)],
  ['403', http(403)],
  ['404', http(404)],
  ['405', http(405)],
  ['429 with a short wait', http(429, { retryAfterMs: 20_000 })],
  ['429 with a long wait', http(429, { retryAfterMs: 3_600_000 })],
  ['500 with a reference', http(500, { requestId: 'req-123' })],
  ['502', http(502)],
  ['503 with a time to come back', http(503, { retryAfterMs: 7_200_000 })],
  ['503 without a time', http(503)],
  ['504', http(504)],
  ['network', new StatusError({ kind: 'network', now: NOW })],
  ['timeout', new StatusError({ kind: 'timeout', now: NOW })],
  ['unknown', new StatusError({ kind: 'unknown', now: NOW })],
]

const noop = () => {}

export function pageElement(error: StatusError): ReactNode {
  const Page = pageForError(error)
  return <Page error={error} reset={noop} />
}

/** What an app renders on the server: provider, query client, session guard, nested boundaries, standalone pages. */
export function boundaryTree(client: QueryClient): ReactNode {
  return (
    <StatusKitProvider locale="en-GB" login={{ href: '/login' }}>
      <QueryClientProvider client={client}>
        <SessionGuard>
          <StatusBoundary>
            <main>
              <h1>Orders</h1>
              <StatusBoundary headingLevel={2} catches={[404]}>
                <p>Order 42</p>
              </StatusBoundary>
            </main>
          </StatusBoundary>
        </SessionGuard>
        <StatusPage code={404} headingLevel={2} />
        <StatusPage code={503} error={http(503, { retryAfterMs: 600_000 })} headingLevel={2} />
      </QueryClientProvider>
    </StatusKitProvider>
  )
}

export function newQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { retry: false } } })
}
