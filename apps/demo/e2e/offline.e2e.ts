import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, count, mockRequests, openApp, report, screenshot } from './harness'

/** The kit's `<OfflineNotice>`: one for the app, above the routed content. */
const offlineNotice = `${en.offline.title}. ${en.offline.waiting}`

test.describe('given the browser goes offline', () => {
  test('says so with the kit’s offline notice over the waiting page, and the content returns by itself when the connection does', async ({
    page,
    context,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1004' }).waitFor()

    await context.setOffline(true)
    const wentOffline = Date.now()
    await page.getByRole('link', { name: 'A-1004' }).click()
    // The order's query is paused, not failed: its page waits (the loading state) under the kit's notice.
    await page.getByRole('main').getByRole('status').filter({ hasText: offlineNotice }).waitFor()
    const offlineNoticeAfterMs = Date.now() - wentOffline
    await page.getByRole('heading', { level: 1, name: 'Order A-1004' }).waitFor()
    await page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' }).waitFor()
    // No error page: nothing failed.
    expect(await page.getByRole('main').getByRole('alert').count()).toBe(0)
    await screenshot(page, '4-offline')
    expect(await axeViolations(page)).toEqual([])
    const whileOffline = await mockRequests(page)

    await context.setOffline(false)
    const backOnline = Date.now()
    await page.getByText('Katherine Johnson').waitFor()
    const contentAfterMs = Date.now() - backOnline
    await expect(page.getByRole('main').getByText(offlineNotice)).toHaveCount(0)
    await screenshot(page, '4-back-online')
    expect(await axeViolations(page)).toEqual([])

    const requests = await mockRequests(page)
    const orderRequests = requests.filter((request) => request.endpoint === 'order')
    report('4 offline', {
      offlineNoticeAfterMs,
      orderRequestsWhileOffline: count(whileOffline, 'order'),
      orderRequests: orderRequests.map(
        (request) => `${request.status || 'network error'} +${request.at - backOnline}ms`,
      ),
      contentAfterOnlineMs: contentAfterMs,
    })
    // While offline the query pauses instead of failing: nothing is sent until the connection returns.
    expect(count(whileOffline, 'order')).toBe(0)
    expect(orderRequests.map((request) => request.status)).toEqual([200])
    expect(problems).toEqual([])
  })

  test('does the same with the developer panel switch that takes the app offline', async ({ page }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1005' }).waitFor()
    const offlineSwitch = page.getByRole('checkbox', { name: /Take the app offline/ })

    await offlineSwitch.check()
    await page.getByRole('link', { name: 'A-1005' }).click()
    await page.getByRole('main').getByRole('status').filter({ hasText: offlineNotice }).waitFor()
    await page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' }).waitFor()
    const whileOffline = count(await mockRequests(page), 'order')
    await screenshot(page, '4-offline-switch')
    expect(await axeViolations(page)).toEqual([])

    await offlineSwitch.uncheck()
    const backOnline = Date.now()
    await page.getByText('Edsger Dijkstra').waitFor()
    const requests = (await mockRequests(page)).filter((request) => request.endpoint === 'order')
    report('4 offline switch', {
      orderRequestsWhileOffline: whileOffline,
      orderRequests: requests.map((request) => `${request.status} +${request.at - backOnline}ms`),
      contentAfterOnlineMs: Date.now() - backOnline,
    })
    expect(whileOffline).toBe(0)
    expect(requests.map((request) => request.status)).toEqual([200])
    expect(problems).toEqual([])
  })
})
