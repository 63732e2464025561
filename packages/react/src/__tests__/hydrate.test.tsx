import { act, type ReactNode } from 'react'
import { hydrateRoot, type Root } from 'react-dom/client'
import { renderToString } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { boundaryTree, NOW, newQueryClient, pageElement, pageErrors } from './serverRenderCases'

/** Renders as a server would: no window, document or navigator exist while the markup is produced. */
function serverRender(element: ReactNode): string {
  vi.stubGlobal('window', undefined)
  vi.stubGlobal('document', undefined)
  vi.stubGlobal('navigator', undefined)
  try {
    return renderToString(element)
  } finally {
    vi.unstubAllGlobals()
  }
}

function hydrate(html: string, element: ReactNode) {
  const container = document.createElement('div')
  container.innerHTML = html
  document.body.append(container)
  const recoverable = vi.fn()
  let root: Root | undefined
  act(() => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable })
  })
  return {
    container,
    recoverable,
    unmount: () => {
      act(() => root?.unmount())
      container.remove()
    },
  }
}

describe('given server-rendered markup hydrated in the browser', () => {
  beforeEach(() => {
    ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
    // The pages' own timers; React's scheduler keeps its real setImmediate.
    vi.useFakeTimers({
      now: NOW,
      toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
    })
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  for (const [name, error] of pageErrors) {
    it(`should hydrate the ${name} page without a mismatch`, () => {
      const html = serverRender(pageElement(error))
      const { container, recoverable, unmount } = hydrate(html, pageElement(error))
      expect(recoverable).not.toHaveBeenCalled()
      expect(container.querySelector('h1')).not.toBeNull()
      unmount()
    })
  }

  it('should hydrate a boundary tree with a provider and a query client without a mismatch', () => {
    const serverClient = newQueryClient()
    const html = serverRender(boundaryTree(serverClient))
    const client = newQueryClient()
    const { container, recoverable, unmount } = hydrate(html, boundaryTree(client))
    expect(recoverable).not.toHaveBeenCalled()
    expect(container.textContent).toContain('Order 42')
    unmount()
    serverClient.clear()
    client.clear()
  })

  it('would report a mismatch, so the checks above can fail', () => {
    const html = serverRender(<p>server text</p>)
    // React logs the mismatch in development as well as reporting it.
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { recoverable, unmount } = hydrate(html, <p>client text</p>)
    expect(recoverable).toHaveBeenCalled()
    unmount()
    consoleError.mockRestore()
  })
})
