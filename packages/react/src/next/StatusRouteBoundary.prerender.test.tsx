// @vitest-environment node
// First, as Next's server does before it loads anything: its request stores are AsyncLocalStorage instances,
// created when their modules load.
import '../test/nextServerGlobals'
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js'
import { workUnitAsyncStorage } from 'next/dist/server/app-render/work-unit-async-storage.external.js'
import { PathnameContext } from 'next/dist/shared/lib/hooks-client-context.shared-runtime.js'
import { isBailoutToCSRError } from 'next/dist/shared/lib/lazy-dynamic/bailout-to-csr.js'
import { useSearchParams } from 'next/navigation.js'
import type { ReactNode } from 'react'
import { prerenderToNodeStream } from 'react-dom/static'
import { describe, expect, it } from 'vitest'
import { StatusRouteBoundary } from './StatusRouteBoundary'

/**
 * Prerenders `node` as `next build` does a static route (Next's `prerender-legacy` work unit), where reading the
 * search parameters bails out to client rendering up to the nearest `<Suspense>`.
 */
async function prerenderStatic(node: ReactNode) {
  const errors: unknown[] = []
  const work = { route: '/orders', forceStatic: false } as never
  const { prelude } = await workAsyncStorage.run(work, () =>
    workUnitAsyncStorage.run({ type: 'prerender-legacy' } as never, () =>
      prerenderToNodeStream(<PathnameContext.Provider value="/orders">{node}</PathnameContext.Provider>, {
        onError: (error) => void errors.push(error),
      }),
    ),
  )
  let html = ''
  for await (const chunk of prelude) html += chunk
  return { html, errors }
}

function ReadsSearch() {
  return <p>page {useSearchParams()?.get('page')}</p>
}

describe('StatusRouteBoundary in a layout prerendered at build time (static rendering)', () => {
  it("should keep the layout's content in the static HTML: only its own search reader bails out", async () => {
    const { html, errors } = await prerenderStatic(
      <StatusRouteBoundary>
        <p>route content</p>
      </StatusRouteBoundary>,
    )
    expect(html).toContain('route content')
    expect(errors).toHaveLength(1)
    expect(isBailoutToCSRError(errors[0])).toBe(true)
  })

  it('(for comparison) a layout that reads search parameters outside Suspense fails the static render', async () => {
    await expect(prerenderStatic(<ReadsSearch />)).rejects.toSatisfy(isBailoutToCSRError)
  })
})
