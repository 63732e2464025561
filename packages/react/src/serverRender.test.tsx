// @vitest-environment node
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boundaryTree, NOW, newQueryClient, pageElement, pageErrors } from './test/serverRenderCases'

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
})
