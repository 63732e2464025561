// @vitest-environment node
import { createStatusResponse, fromResponse } from '@statuskit/core'
import { renderToString } from 'react-dom/server'
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { StatusErrorPage } from './StatusErrorPage'
import { throwStatus } from './throwStatus'

const NOW = Date.UTC(2026, 10, 25, 13, 31, 20)

beforeEach(() => {
  vi.useFakeTimers({ now: NOW })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('given a server render of a route whose loader threw with throwStatus, as in framework mode', () => {
  it('renders the 429 page with the server-given wait, gives the document its status, and starts no timer', async () => {
    const routes = [
      {
        id: 'invoice',
        path: '/invoice',
        loader: async () => throwStatus(await fromResponse(createStatusResponse(429, { retryAfter: 120 }))),
        element: <p>never shown</p>,
        errorElement: <StatusErrorPage />,
      },
    ]
    const handler = createStaticHandler(routes)
    const context = await handler.query(new Request('https://shop.example/invoice'))
    if (context instanceof Response) throw new Error('expected a render, not a redirect')
    const html = renderToString(
      <StatusKitProvider locale="en-GB">
        <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} />
      </StatusKitProvider>,
    )
    expect(typeof window).toBe('undefined')
    expect(context.statusCode).toBe(429)
    expect(context.loaderHeaders.invoice?.get('Retry-After')).toBe('120')
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    expect(html).toContain('Too many requests')
    expect(html).toContain('2 minutes left')
    expect(html).toContain('data-status="429"')
    expect(vi.getTimerCount()).toBe(0)
  })
})
