import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, count, mockRequests, openApp, report, screenshot } from './harness'

test.describe('given an address the app has no route for', () => {
  test('shows the 404 page, whose link goes home', async ({ page }) => {
    const problems = await openApp(page, '/no/such/page')
    const heading = page.getByRole('heading', { level: 1, name: en.notFound.title })
    await heading.waitFor()
    const requestsOnPage = await mockRequests(page)
    await screenshot(page, '5-unknown-route-404')
    expect(await axeViolations(page)).toEqual([])

    // The link goes through the router (the provider's linkComponent): the document stays, the route changes.
    await page.evaluate(() => Object.assign(window, { __documentMark: 'kept' }))
    await page.getByRole('main').getByRole('link', { name: en.common.goHome }).click()
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
    expect(new URL(page.url()).pathname).toBe('/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    expect(
      await page.evaluate(() => ({
        mark: (window as unknown as { __documentMark?: unknown }).__documentMark,
        navigations: performance.getEntriesByType('navigation').length,
      })),
    ).toEqual({ mark: 'kept', navigations: 1 })

    report('5 unknown route', {
      apiRequestsOn404Page: requestsOnPage.length,
      finalPath: new URL(page.url()).pathname,
    })
    expect(requestsOnPage).toHaveLength(0)
    expect(problems).toEqual([])
  })
})

test.describe('given an order number that does not exist', () => {
  test('shows the 404 page from the API answer, after one request and no retry', async ({ page }) => {
    const problems = await openApp(page, '/orders/A-9999')
    await page.getByRole('heading', { level: 1, name: en.notFound.title }).waitFor()
    // Time for a retry to show up, if there were one.
    await page.waitForTimeout(1500)
    const requests = await mockRequests(page)
    await screenshot(page, '5-missing-order-404')
    expect(await axeViolations(page)).toEqual([])
    report('5 missing order', {
      orderRequests: count(requests, 'order'),
      statuses: requests.map((request) => request.status),
    })
    expect(count(requests, 'order')).toBe(1)
    expect(requests.find((request) => request.endpoint === 'order')?.status).toBe(404)
    expect(problems).toEqual([])
  })
})
