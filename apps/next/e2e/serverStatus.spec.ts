import { en } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import {
  axeViolations,
  expect,
  HIDDEN_SERVER_ERROR,
  isSameDocument,
  markDocument,
  open,
  report,
  test,
} from './shop'

/** "14:32" in the browser's time zone (the tests run in Europe/Berlin), rounded up as the pages round it. */
function clock(at: number): string {
  return new Intl.DateTimeFormat('en-GB', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/Berlin',
  }).format(Math.ceil(at / 60_000) * 60_000)
}

test.describe('a Server Component that ends with throwStatus', () => {
  test('a 404 from the API gives the not-found page with HTTP status 404', async ({ page, upstream }) => {
    const response = await open(page, '/shop/orders/404')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: en.notFound.title })).toBeVisible()
    expect(await upstream.requests('orders/404')).toBe(1)
    expect(await axeViolations(page)).toEqual([])
    report('server 404', { httpStatus: response?.status(), upstreamRequests: 1 })
  })

  test("a 503 with Retry-After gives the maintenance page with the server's time", async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(HIDDEN_SERVER_ERROR)
    await upstream.force('orders/7', { status: 503, retryAfter: 120, requestId: 'req-503' })
    const before = Date.now()
    const response = await open(page, '/shop/orders/7')
    const after = Date.now()
    await expect(page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title })).toBeVisible()
    // The server read Retry-After: 120 while the request was under way: back two minutes after that.
    const when = (await page.locator('.sk-when').textContent()) ?? ''
    const expected = [clock(before + 120_000), clock(after + 120_000)]
    expect(expected.some((time) => when.startsWith(`You can use it again from ${time}.`))).toBe(true)
    await expect(page.getByRole('timer')).toHaveText(/^1 minute( \d+ seconds?)? left$/)
    await expect(page.getByText('Error code 503 · Reference req-503')).toBeVisible()
    expect(await axeViolations(page)).toEqual([])
    report('server 503 with Retry-After: 120', {
      httpStatus: response?.status(),
      when,
      timer: await page.getByRole('timer').textContent(),
    })
  })

  test('error.tsx shows the digest of an error Next hid, and "Try again" fetches the server data again', async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(HIDDEN_SERVER_ERROR)
    // An order without a total: the page throws a TypeError on the server, which Next hides in production.
    await upstream.force('orders/7', { status: 200, body: { id: '7', item: 'Walnut desk' } })
    await open(page, '/shop/orders/7')
    await expect(page.getByRole('heading', { level: 1, name: en.generic.title })).toBeVisible()
    const reference = (await page.locator('.sk-reference').textContent()) ?? ''
    expect(reference).toMatch(/^Reference \d+$/)
    await expect(page.locator('main')).not.toContainText(/toFixed|undefined|Server Components/)
    expect(await axeViolations(page)).toEqual([])
    expect(await upstream.requests('orders/7')).toBe(1)

    await markDocument(page)
    const clickedAt = Date.now()
    await page.getByRole('button', { name: en.common.tryAgain, exact: true }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Order 7' })).toBeVisible()
    const recoveredMs = Date.now() - clickedAt
    expect(await upstream.requests('orders/7')).toBe(2)
    expect(await isSameDocument(page)).toBe(true)
    report('error.tsx digest and Try again', { reference, upstreamRequests: 2, recoveredMs })
  })

  test('the German segment speaks German, from mergeMessages(de) on the server, and its home link stays in it', async ({
    page,
    upstream,
    consoleErrors,
  }) => {
    consoleErrors.expect(HIDDEN_SERVER_ERROR)
    await upstream.force('orders/7', { status: 503, retryAfter: 600 })
    await open(page, '/shop/de/orders/7')
    await expect(page.getByRole('heading', { level: 1, name: de.serviceUnavailable.title })).toBeVisible()
    await expect(page.locator('.sk-when')).toHaveText(/^Sie können ihn ab \d\d:\d\d Uhr wieder nutzen\.$/)
    expect(await axeViolations(page)).toEqual([])

    const response = await open(page, '/shop/de/orders/404')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { level: 1, name: de.notFound.title })).toBeVisible()
    const home = page.getByRole('link', { name: 'Zurück zum Shop' })
    expect(await home.getAttribute('href')).toBe('/shop/de')
    await markDocument(page)
    await home.click()
    await expect(page).toHaveURL(/\/shop\/de$/)
    await expect(page.getByRole('link', { name: 'Bestellung 7' })).toBeVisible()
    expect(await isSameDocument(page)).toBe(true)
  })
})

test('"Go to the home page" works under the basePath, without a full page load', async ({ page }) => {
  await open(page, '/shop/orders/404')
  const home = page.getByRole('link', { name: en.common.goHome })
  expect(await home.getAttribute('href')).toBe('/shop')
  await markDocument(page)
  const clickedAt = Date.now()
  await home.click()
  await expect(page).toHaveURL(/\/shop$/)
  await expect(page.getByRole('heading', { level: 1, name: 'Shop' })).toBeVisible()
  expect(await isSameDocument(page)).toBe(true)
  report('home link under basePath', {
    href: '/shop',
    clientSideNavigation: true,
    ms: Date.now() - clickedAt,
  })
})
