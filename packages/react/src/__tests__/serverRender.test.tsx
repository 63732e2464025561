// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { StatusBoundary, StatusKitProvider, StatusPage, useStatusBoundary } from '../index'
import { boundaryTree, NOW, newQueryClient, pageElement, pageErrors } from './serverRenderCases'

function Healthy() {
  const { showError, reset } = useStatusBoundary()
  return <p>{typeof showError === typeof reset ? 'healthy' : 'broken'}</p>
}

describe('given a server without window or document', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: NOW })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  it('runs in an environment that really has no DOM', () => {
    expect(typeof window).toBe('undefined')
    expect(typeof document).toBe('undefined')
  })

  for (const [name, error] of pageErrors) {
    it(`should render the ${name} page to a string with one heading and its data-status`, () => {
      const html = renderToString(pageElement(error))
      expect(html).toMatch(/<h1[\s>]/)
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
      expect(html).toContain(`data-status="${error.status ?? error.kind}"`)
      // No stack frame ever reaches the markup.
      expect(html).not.toMatch(/\.(t|j)sx?:\d+/)
    })
  }

  it('should render a boundary tree with a provider and a query client, and start no timer', () => {
    const client = newQueryClient()
    const html = renderToString(boundaryTree(client))
    expect(html).toContain('Order 42')
    expect(html).toContain('data-status="404"')
    expect(html).toContain('data-status="503"')
    expect(vi.getTimerCount()).toBe(0)
    client.clear()
  })

  describe('given the public entry', () => {
    it.each([400, 401, 403, 404, 405, 429, 500, 502, 503, 504, 499, 599, 0])(
      'should render <StatusPage code={%i} /> with one h1 and no timer',
      (code) => {
        const html = renderToString(
          <StatusKitProvider login={{ href: '/login' }}>
            <StatusPage code={code} />
          </StatusKitProvider>,
        )
        expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
        expect(vi.getTimerCount()).toBe(0)
      },
    )

    it('should render a boundary around healthy children, and useStatusBoundary inside it', () => {
      const html = renderToString(
        <StatusBoundary fallback={<StatusPage />}>
          <Healthy />
        </StatusBoundary>,
      )
      expect(html).toContain('healthy')
    })
  })
})
