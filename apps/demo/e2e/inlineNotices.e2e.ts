import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import {
  axeViolations,
  clearForced,
  forceResponse,
  mockRequests,
  openApp,
  report,
  screenshot,
} from './harness'

test.describe('given the orders list on screen when a background refresh fails', () => {
  test('keeps the list and says since when it is shown, with "Try again"', async ({ page }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    const loaded = (await mockRequests(page)).find((request) => request.endpoint === 'orders')
    expect(loaded?.status).toBe(200)

    await forceResponse(page, { endpoint: 'orders', status: 500, times: 'always' })
    const refreshed = Date.now()
    await page.getByRole('button', { name: 'Refresh' }).click()
    const notice = page.getByRole('status').filter({ hasText: "We couldn't refresh this." })
    // The query's own retries come first (up to three, with backoff).
    await notice.waitFor({ timeout: 15_000 })
    const noticeAfterMs = Date.now() - refreshed
    const noticeText = (await notice.textContent()) ?? ''
    // The time is when the list on screen was fetched (its dataUpdatedAt), as a clock time in the app's locale; the
    // answer arrives a moment after the mock logged the request, so either minute may be the one shown.
    const times = await page.evaluate((at) => {
      const format = new Intl.DateTimeFormat('en', { timeStyle: 'short' })
      return [format.format(at), format.format(at + 1000)]
    }, loaded?.at ?? 0)
    expect(times.map((time) => en.notice.notRefreshed.replace('{time}', time))).toContain(noticeText)
    // The list stays, the page is not replaced by an error page.
    await expect(page.getByRole('table', { name: 'Recent orders' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'A-1012' })).toBeVisible()
    await expect(page.getByRole('heading', { name: en.serverError.title })).toHaveCount(0)
    await screenshot(page, '9-refresh-failed')
    expect(await axeViolations(page)).toEqual([])
    const failed = (await mockRequests(page)).filter((request) => request.endpoint === 'orders').slice(1)

    // Once the API answers again, the notice's "Try again" refreshes the list, and the notice goes.
    await clearForced(page)
    const tried = Date.now()
    await page.getByRole('main').getByRole('button', { name: en.common.tryAgain }).click()
    await expect(notice).toHaveCount(0)
    const recoveredAfterMs = Date.now() - tried
    const orders = (await mockRequests(page)).filter((request) => request.endpoint === 'orders')
    report('9 refresh failed', {
      notice: noticeText,
      noticeAfterMs,
      failedRefresh: failed.map((request) => `${request.status} +${request.at - refreshed}ms`),
      ordersRequests: orders.map((request) => request.status),
      recoveredAfterMs,
    })
    // The refresh and the query's retries, all 500; then the one request of "Try again".
    expect(failed.length).toBeGreaterThanOrEqual(1)
    expect(failed.every((request) => request.status === 500)).toBe(true)
    expect(orders.at(-1)?.status).toBe(200)
    expect(orders).toHaveLength(failed.length + 2)
    expect(problems).toEqual([])
  })
})

test.describe('given an order, whose Archive action the API refuses with 403', () => {
  test('says so beside the action and leaves the order on screen', async ({ page }) => {
    const problems = await openApp(page, '/orders/A-1002')
    await page.getByRole('heading', { level: 1, name: 'Order A-1002' }).waitFor()
    await page.getByText('Grace Hopper').waitFor()
    await forceResponse(page, { endpoint: 'archiveOrder', status: 403 })

    const archive = page.getByRole('button', { name: 'Archive order' })
    await archive.click()
    const notice = page.getByRole('alert').filter({ hasText: en.forbidden.reason })
    await notice.waitFor()
    const noticeText = (await notice.textContent()) ?? ''
    // The order view is still there: its heading, its facts, its items, the action itself.
    await expect(page.getByRole('heading', { level: 1, name: 'Order A-1002' })).toBeVisible()
    await expect(page.getByText('Grace Hopper')).toBeVisible()
    await expect(page.getByRole('table', { name: 'Items' })).toBeVisible()
    await expect(archive).toBeVisible()
    await expect(page.getByRole('heading', { name: en.forbidden.title })).toHaveCount(0)
    // No "Try again": asking again would be refused again. The notice can be put away.
    const noticeBox = page.locator('.sk-notice', { has: notice })
    await expect(noticeBox.getByRole('button', { name: en.common.tryAgain })).toHaveCount(0)
    // Beside the action: the notice comes right after the action's row.
    expect(
      await archive.evaluate(
        (button) =>
          button.closest('.form-actions')?.nextElementSibling?.classList.contains('sk-notice') ?? false,
      ),
    ).toBe(true)
    await screenshot(page, '9-archive-403')
    expect(await axeViolations(page)).toEqual([])

    await noticeBox.getByRole('button', { name: en.notice.dismiss }).click()
    await expect(notice).toHaveCount(0)
    // The next try goes through: the order is archived, and the button stays where it was, saying why it is off.
    await archive.click()
    await page.getByRole('status').filter({ hasText: 'This order is archived.' }).waitFor()
    await expect(archive).toHaveAttribute('aria-disabled', 'true')
    await expect(archive).toHaveAccessibleDescription('This order is archived.')
    await expect(archive).toBeFocused()

    const requests = await mockRequests(page)
    report('9 archive 403', {
      notice: noticeText,
      archiveRequests: requests
        .filter((request) => request.endpoint === 'archiveOrder')
        .map((request) => request.status),
      orderRequests: requests
        .filter((request) => request.endpoint === 'order')
        .map((request) => request.status),
    })
    expect(noticeText).toBe(`${en.forbidden.reason} ${en.notice.notDone}`)
    expect(
      requests.filter((request) => request.endpoint === 'archiveOrder').map((request) => request.status),
    ).toEqual([403, 200])
    // The 403 did not reload the order or replace the page.
    expect(
      requests.filter((request) => request.endpoint === 'order').map((request) => request.status),
    ).toEqual([200])
    expect(problems).toEqual([])
  })
})
