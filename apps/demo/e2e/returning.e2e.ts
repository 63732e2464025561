import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import {
  axeViolations,
  clearForced,
  documentState,
  forceResponse,
  markDocument,
  mockRequests,
  openApp,
  report,
  screenshot,
} from './harness'

test.describe('given a page whose request failed earlier', () => {
  test('browser Back to it sends a new request and shows the order, not the old 404 page', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1002' }).waitFor()
    await markDocument(page)
    await forceResponse(page, { endpoint: 'order', status: 404 })
    await page.getByRole('link', { name: 'A-1002' }).click()
    await page.getByRole('heading', { level: 1, name: en.notFound.title }).waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click()
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
    const before = (await mockRequests(page)).filter((request) => request.endpoint === 'order')
    const back = Date.now()
    await page.goBack()
    await page.getByText('Grace Hopper').waitFor()
    const recoveredAfterMs = Date.now() - back
    expect(new URL(page.url()).pathname).toBe('/orders/A-1002')
    await expect(page.getByRole('heading', { level: 1, name: 'Order A-1002' })).toBeVisible()
    await expect(page.getByRole('heading', { name: en.notFound.title })).toHaveCount(0)
    await screenshot(page, '10-back-recovered')
    expect(await axeViolations(page)).toEqual([])

    const orders = (await mockRequests(page)).filter((request) => request.endpoint === 'order')
    report('10 back to a failed page', {
      orderRequests: orders.map((request) => `${request.status} +${request.at - back}ms`),
      recoveredAfterMs,
      document: await documentState(page),
    })
    expect(before.map((request) => request.status)).toEqual([404])
    // One new request, answered: the page shows it.
    expect(orders.map((request) => request.status)).toEqual([404, 200])
    expect(await documentState(page)).toEqual({ mark: 'kept', navigations: 1 })
    expect(problems).toEqual([])
  })

  test('a link back to it sends a new request and shows the order, not the old 500 page', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1003' }).waitFor()
    await markDocument(page)
    await forceResponse(page, { endpoint: 'order', status: 500, times: 'always' })
    await page.getByRole('link', { name: 'A-1003' }).click()
    // After the query's own retries.
    await page.getByRole('heading', { level: 1, name: en.serverError.title }).waitFor({ timeout: 15_000 })
    const failed = (await mockRequests(page)).filter((request) => request.endpoint === 'order')

    await clearForced(page)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click()
    await page.getByRole('link', { name: 'A-1003' }).waitFor()
    const clicked = Date.now()
    await page.getByRole('link', { name: 'A-1003' }).click()
    await page.getByText('Alan Turing').waitFor()
    const recoveredAfterMs = Date.now() - clicked
    await expect(page.getByRole('heading', { level: 1, name: 'Order A-1003' })).toBeVisible()
    await expect(page.getByRole('heading', { name: en.serverError.title })).toHaveCount(0)
    await screenshot(page, '10-link-recovered')
    expect(await axeViolations(page)).toEqual([])

    const orders = (await mockRequests(page)).filter((request) => request.endpoint === 'order')
    report('10 link to a failed page', {
      failedVisit: failed.map((request) => request.status),
      orderRequestsAfterLink: orders
        .filter((request) => request.at >= clicked)
        .map((request) => `${request.status} +${request.at - clicked}ms`),
      recoveredAfterMs,
    })
    expect(failed.length).toBeGreaterThanOrEqual(1)
    expect(failed.every((request) => request.status === 500)).toBe(true)
    // Exactly one new request, sent by coming back, and answered.
    expect(orders.slice(failed.length).map((request) => request.status)).toEqual([200])
    expect(await documentState(page)).toEqual({ mark: 'kept', navigations: 1 })
    expect(problems).toEqual([])
  })
})
