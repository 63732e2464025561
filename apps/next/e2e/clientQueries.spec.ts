import { en } from '@statuskit/react'
import { axeViolations, expect, isSameDocument, markDocument, open, report, test } from './shop'

test.describe('TanStack Query in the browser, under the layout’s StatusRouteBoundary', () => {
  test('the list is prefetched on the server: the browser does not fetch it again', async ({
    page,
    upstream,
  }) => {
    const browserRequests: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/upstream/')) browserRequests.push(request.url())
    })
    await open(page, '/shop/products')
    await expect(page.getByRole('link', { name: 'Linen lamp' }).last()).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(browserRequests).toEqual([])
    expect(await upstream.requests('products')).toBe(1)
    report('server prefetch', { upstreamRequests: 1, browserRequests: browserRequests.length })
  })

  test('a 404 shows the kit’s page in the layout, and going to another product shows that product', async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(/^StatusError: 404 Not Found/)
    await open(page, '/shop/products')
    await markDocument(page)
    const products = page.getByRole('navigation', { name: 'Products' })
    await products.getByRole('link', { name: 'A missing product' }).click()
    await expect(page.getByRole('heading', { level: 1, name: en.notFound.title })).toBeVisible()
    // The boundary's page, inside the layout: the products' navigation is still there.
    await expect(products).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await products.getByRole('link', { name: 'Oak shelf' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Oak shelf' })).toBeVisible()
    expect(await isSameDocument(page)).toBe(true)
    expect(await upstream.requests('products/missing')).toBe(1)
  })

  test('a query that keeps getting 500 is retried three times, then "Try again" fetches once more', async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(/^StatusError: 500 Internal Server Error/)
    const failure = { status: 500, requestId: 'req-500' }
    await upstream.force('products/2', failure, failure, failure, failure)
    const startedAt = Date.now()
    await open(page, '/shop/products/2')
    await expect(page.getByRole('heading', { level: 1, name: en.serverError.title })).toBeVisible({
      timeout: 15_000,
    })
    const shownAfterMs = Date.now() - startedAt
    expect(await upstream.requests('products/2')).toBe(4)
    await expect(page.getByText('Error code 500 · Reference req-500')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: en.common.tryAgain, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Linen lamp' })).toBeVisible()
    expect(await upstream.requests('products/2')).toBe(5)
    report('client 500', { upstreamRequests: 5, errorPageAfterMs: shownAfterMs })
  })

  test('a 429 with Retry-After counts down, then fetches again by itself', async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(/^StatusError: 429 Too Many Requests/)
    await upstream.force('products/1', { status: 429, retryAfter: 5 })
    await open(page, '/shop/products/1')
    await expect(page.getByRole('heading', { level: 1, name: en.rateLimited.title })).toBeVisible()
    await expect(page.getByRole('timer')).toHaveText(/^\d seconds? left$/)
    await expect(page.getByRole('button', { name: en.common.tryAgain, exact: true })).toBeDisabled()
    expect(await axeViolations(page)).toEqual([])
    const countingAt = Date.now()
    await expect(page.getByRole('heading', { level: 1, name: 'Oak shelf' })).toBeVisible({ timeout: 10_000 })
    expect(await upstream.requests('products/1')).toBe(2)
    report('client 429 with Retry-After: 5', {
      upstreamRequests: 2,
      recoveredAfterMs: Date.now() - countingAt,
    })
  })

  test('notFound() thrown in a client component still reaches Next’s not-found page', async ({
    page,
    upstream,
  }) => {
    await open(page, '/shop/products')
    await markDocument(page)
    await page.getByRole('link', { name: 'A retired product' }).click()
    await expect(page.getByRole('heading', { level: 1, name: en.notFound.title })).toBeVisible()
    // Next's not-found.tsx replaces the products layout; the boundary's page would have kept its navigation.
    await expect(page.getByRole('navigation', { name: 'Products' })).toHaveCount(0)
    await expect(page).toHaveURL(/\/shop\/products\/retired$/)
    expect(await isSameDocument(page)).toBe(true)
    expect(await upstream.requests('products/retired')).toBe(1)
    report('client notFound()', { reachedNext: true, clientSide: true })
  })

  test('redirect() thrown in a client component still reaches Next, which redirects', async ({ page }) => {
    await open(page, '/shop/products')
    await markDocument(page)
    await page.getByRole('link', { name: 'An old address' }).click()
    await expect(page).toHaveURL(/\/shop\/products\/1$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Oak shelf' })).toBeVisible()
    expect(await isSameDocument(page)).toBe(true)
    report('client redirect()', { target: '/shop/products/1', clientSide: true })
  })
})
