import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, count, forceResponse, mockRequests, openApp, report, screenshot } from './harness'

test.describe('given the stats widget keeps failing', () => {
  test('shows the failure inside the widget while the rest of the page keeps working', async ({ page }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    // Forced responses survive a reload, so the widget fails from its first request.
    await forceResponse(page, { endpoint: 'stats', status: 500, times: 'always' })
    const reloaded = Date.now()
    await page.reload()

    const widget = page.getByRole('region', { name: 'Today' })
    // A nested fallback speaks about its part of the page, with the reason beside it.
    await widget.getByRole('heading', { level: 3, name: en.common.partTitle }).waitFor({
      timeout: 30_000,
    })
    const widgetFailedAfterMs = Date.now() - reloaded
    await widget.getByText(en.serverError.reason).waitFor()
    await page.getByRole('heading', { level: 1, name: 'Orders' }).waitFor()
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    await screenshot(page, '6-failing-widget')
    expect(await axeViolations(page)).toEqual([])

    // The rest of the page works: refresh the list, then open an order.
    const beforeRefresh = count(await mockRequests(page), 'orders')
    await page.getByRole('button', { name: 'Refresh' }).click()
    await page.waitForFunction(
      (before) =>
        (window.__statuskitDemo?.getSnapshot().requests ?? []).filter((r) => r.endpoint === 'orders').length >
        before,
      beforeRefresh,
    )
    const statsRequests = await mockRequests(page).then((requests) =>
      requests.filter((request) => request.endpoint === 'stats'),
    )

    // Once the API recovers, the widget's own "Try again" brings its figures back.
    await page.getByRole('button', { name: 'Clear forced' }).click()
    await widget.getByRole('button', { name: en.common.tryAgain }).click()
    await widget.getByText('Open orders').waitFor()
    await page.waitForTimeout(500)
    const statsAfterTryAgain = count(await mockRequests(page), 'stats') - statsRequests.length
    await screenshot(page, '6-widget-recovered')

    await page.getByRole('link', { name: 'A-1002' }).click()
    await page.getByRole('heading', { level: 1, name: 'Order A-1002' }).waitFor()
    await page.getByText('Grace Hopper').waitFor()

    const reported = await page.evaluate(() => [...(window.__statuskitTelemetry?.getSnapshot() ?? [])])
    report('6 failing widget', {
      reportedErrors: reported.map((entry) => `${entry.what} from a ${entry.source}`),
      widgetFailedAfterMs,
      statsRequestsBeforeTryAgain: statsRequests.map(
        (request) => `${request.status} +${request.at - reloaded}ms`,
      ),
      ordersRequestsAfterRefresh: beforeRefresh + 1,
      statsRequestsForTryAgain: statsAfterTryAgain,
    })
    // The first attempt and the policy's retries, no more.
    expect(statsRequests.length).toBeGreaterThanOrEqual(1)
    expect(statsRequests.length).toBeLessThanOrEqual(4)
    // One click, one request.
    expect(statsAfterTryAgain).toBe(1)
    // The provider's telemetry heard of the widget's failure once, however often it was retried and rendered.
    expect(reported.map((entry) => entry.what)).toEqual(['500'])
    expect(problems).toEqual([])
  })
})
