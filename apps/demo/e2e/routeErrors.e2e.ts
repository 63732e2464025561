import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import {
  axeViolations,
  count,
  documentState,
  forceResponse,
  markDocument,
  mockRequests,
  openApp,
  report,
  screenshot,
} from './harness'

test.describe("given the invoice route, whose loader throws the API's failures with throwStatus", () => {
  test("counts down from the server's Retry-After: 120 after a 429 from the loader", async ({ page }) => {
    const problems = await openApp(page, '/orders/A-1002')
    await page.getByRole('heading', { level: 1, name: 'Order A-1002' }).waitFor()
    await forceResponse(page, {
      endpoint: 'invoice',
      status: 429,
      retryAfter: { kind: 'seconds', seconds: 120 },
    })
    await page.getByRole('link', { name: 'Invoice', exact: true }).click()

    await page.getByRole('heading', { level: 1, name: en.rateLimited.title }).waitFor()
    const timer = (await page.getByRole('timer').textContent()) ?? ''
    const tooMany = (await mockRequests(page)).find((request) => request.endpoint === 'invoice')
    expect(tooMany?.status).toBe(429)
    expect(tooMany?.retryAfter).toBe('120')
    // "You can try again at" the server's time: two minutes after the answer, rounded up to the minute, as a
    // clock time in the app's locale (12- or 24-hour clock, depending on it).
    const backAt = Math.ceil(((tooMany?.at ?? 0) + 120_000) / 60_000) * 60_000
    const clock = await page.evaluate(
      (epoch) => ({
        h24: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(epoch),
        h12: new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(epoch),
      }),
      backAt,
    )
    const shown = (await page.getByRole('main').textContent()) ?? ''
    await screenshot(page, '7-invoice-429-countdown')
    expect(await axeViolations(page)).toEqual([])

    // Nothing asks again before the two minutes are up.
    await page.waitForTimeout(2000)
    const invoiceRequests = count(await mockRequests(page), 'invoice')
    const backAtShown = shown.includes(`at ${clock.h24}.`) ? clock.h24 : clock.h12
    report('7 invoice 429', { retryAfter: tooMany?.retryAfter, timer, backAtShown, invoiceRequests })
    expect(timer).toMatch(/^(2 minutes|1 minute 5\d seconds) left$/)
    expect(shown, JSON.stringify(clock)).toContain(`You can try again at ${backAtShown}.`)
    expect(invoiceRequests).toBe(1)
    expect(problems).toEqual([])
  })

  test('lists the field errors of a 422 problem+json from the loader', async ({ page }) => {
    // A-1001 has only been placed: the API cannot invoice it yet and says what is missing.
    const problems = await openApp(page, '/orders/A-1001/invoice')
    await page.getByRole('heading', { level: 1, name: en.badRequest.title }).waitFor()
    const items = await page.getByRole('main').getByRole('listitem').allTextContents()
    const main = (await page.getByRole('main').textContent()) ?? ''
    await screenshot(page, '7-invoice-422-fields')
    expect(await axeViolations(page)).toEqual([])
    const requests = await mockRequests(page)
    report('7 invoice 422', { fieldErrors: items, invoiceRequests: count(requests, 'invoice') })
    expect(items).toEqual(['Add the postcode of the billing address', 'Add a VAT number like DE123456789'])
    expect(main).toContain('This order cannot be invoiced yet')
    expect(requests.filter((request) => request.endpoint === 'invoice').map((r) => r.status)).toEqual([422])
    expect(problems).toEqual([])
  })

  test('reruns the loader once on "Try again", without reloading the document', async ({ page }) => {
    const problems = await openApp(page, '/orders/A-1002')
    await page.getByRole('heading', { level: 1, name: 'Order A-1002' }).waitFor()
    await markDocument(page)
    await forceResponse(page, { endpoint: 'invoice', status: 500 })
    await page.getByRole('link', { name: 'Invoice', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: en.serverError.title }).waitFor()
    await screenshot(page, '7-invoice-500')
    expect(await axeViolations(page)).toEqual([])

    const clicked = Date.now()
    await page.getByRole('main').getByRole('button', { name: en.common.tryAgain }).click()
    await page.getByRole('heading', { level: 1, name: 'Invoice INV-1002' }).waitFor()
    const invoiceShownAfterMs = Date.now() - clicked
    // Time for a second request to show up, if there were one.
    await page.waitForTimeout(500)
    const invoices = (await mockRequests(page)).filter((request) => request.endpoint === 'invoice')
    const after = await documentState(page)
    report('7 invoice try again', {
      invoiceRequests: invoices.map((request) => request.status),
      invoiceShownAfterMs,
      documentNavigations: after.navigations,
    })
    expect(invoices.map((request) => request.status)).toEqual([500, 200])
    expect(after).toEqual({ mark: 'kept', navigations: 1 })
    expect(problems).toEqual([])
  })

  test('shows the new route when the user navigates away from the error page', async ({ page }) => {
    const problems = await openApp(page, '/orders/A-1003')
    await page.getByRole('heading', { level: 1, name: 'Order A-1003' }).waitFor()
    await forceResponse(page, { endpoint: 'invoice', status: 503, times: 'always' })
    await page.getByRole('link', { name: 'Invoice', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title }).waitFor()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click()
    await page.getByRole('heading', { level: 1, name: 'Search orders' }).waitFor()
    expect(await page.getByRole('heading', { name: en.serviceUnavailable.title }).count()).toBe(0)
    await page.goBack()
    // Back on the invoice, whose loader still fails: the error page again, then away to the orders.
    await page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title }).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click()
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    const invoices = (await mockRequests(page)).filter((request) => request.endpoint === 'invoice')
    report('7 invoice navigate away', { invoiceRequests: invoices.map((request) => request.status) })
    expect(invoices.map((request) => request.status)).toEqual([503, 503])
    expect(problems).toEqual([])
  })
})

test.describe('given an error page on the search route', () => {
  test('resets when only the search changes: back to the last search, its results show', async ({ page }) => {
    const problems = await openApp(page, '/search?q=mug')
    const mugResults = page.getByRole('heading', { level: 2, name: /“mug”/ })
    await mugResults.waitFor()
    await markDocument(page)
    await forceResponse(page, { endpoint: 'search', status: 403 })
    const box = page.getByRole('searchbox', { name: 'Order number, customer or item' })
    await box.fill('tote')
    await box.press('Enter')
    await page.getByRole('heading', { level: 1, name: en.forbidden.title }).waitFor()
    expect(new URL(page.url()).search).toBe('?q=tote')

    await page.goBack()
    await mugResults.waitFor()
    const url = new URL(page.url())
    const after = await documentState(page)
    const searches = (await mockRequests(page)).filter((request) => request.endpoint === 'search')
    report('7 search back after 403', {
      searchRequests: searches.map((request) => `${request.path} ${request.status}`),
      finalAddress: url.pathname + url.search,
    })
    expect(url.pathname + url.search).toBe('/search?q=mug')
    expect(await page.getByRole('heading', { name: en.forbidden.title }).count()).toBe(0)
    expect(after).toEqual({ mark: 'kept', navigations: 1 })
    // The search that worked, the one that failed, then at most a background refresh of the cached results.
    expect(searches.slice(0, 2).map((request) => request.status)).toEqual([200, 403])
    expect(
      searches.slice(2).every((request) => request.status === 200 && request.path === '/api/search?q=mug'),
    ).toBe(true)
    expect(problems).toEqual([])
  })
})
