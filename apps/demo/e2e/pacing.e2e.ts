import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, forceResponse, mockRequests, openApp, report, screenshot } from './harness'

/** How far the page's clock moves at a time: each request really goes out, through the service worker, in between. */
const STEP_MS = 250

test.describe('given a server that answers 429 without Retry-After to every request', () => {
  test('the app asks at most 6 times in the first minute, never twice within a second, then says it stopped', async ({
    page,
  }) => {
    // The page's timers and Date run on Playwright's clock, so a minute of the app's life takes seconds here.
    await page.clock.install()
    const problems = await openApp(page, '/settings')
    await page.getByLabel('Shop name').waitFor()
    await forceResponse(page, { endpoint: 'orders', status: 429, times: 'always' })
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Orders' }).click()
    await page.getByRole('heading', { level: 1, name: en.rateLimited.title }).waitFor()
    const first = (await mockRequests(page)).find((request) => request.endpoint === 'orders')
    expect(first?.status).toBe(429)
    expect(first?.retryAfter).toBeUndefined()
    const start = first?.at ?? 0
    // No wait is known, so no countdown is invented; the page says it will try again by itself.
    await expect(page.getByRole('timer')).toHaveCount(0)
    await expect(page.getByRole('main')).toContainText(en.rateLimited.automaticSoon)
    await screenshot(page, '12-429-no-retry-after')
    expect(await axeViolations(page)).toEqual([])

    // Eighty seconds of the page's time: the first minute, and what follows it. Each step lets the page run in
    // real time for a moment, so a request whose timer fired goes out and is answered before the clock moves on.
    const runClock = async (ms: number) => {
      for (let ran = 0; ran < ms; ran += STEP_MS) {
        await page.clock.runFor(STEP_MS)
        await page.waitForTimeout(10)
      }
    }
    await runClock(80_000)
    const orders = (await mockRequests(page)).filter((request) => request.endpoint === 'orders')
    const times = orders.map((request) => request.at - start)
    const gaps = times.slice(1).map((time, index) => time - (times[index] ?? 0))
    const firstMinute = times.filter((time) => time < 60_000)
    // The automatic retries are over: the page says so and leaves "Try again" to the user.
    await expect(page.getByRole('main')).toContainText(en.common.automaticGaveUp)
    await expect(page.getByRole('main').getByRole('button', { name: en.common.tryAgain })).toBeVisible()
    await expect(
      page.getByRole('main').getByRole('button', { name: en.common.tryAgain }),
    ).not.toHaveAttribute('aria-disabled', 'true')
    await screenshot(page, '12-429-stopped')
    expect(await axeViolations(page)).toEqual([])
    // Stopped means stopped: ten more seconds of the page's time, and nothing more is sent.
    await runClock(10_000)
    const afterStopped = (await mockRequests(page)).filter((request) => request.endpoint === 'orders')

    report('12 429 forever without Retry-After', {
      requestTimesMs: times,
      gapsMs: gaps,
      inFirstMinute: firstMinute.length,
      statuses: [...new Set(orders.map((request) => request.status))],
      clockStepMs: STEP_MS,
    })
    expect(orders.every((request) => request.status === 429)).toBe(true)
    expect(firstMinute.length).toBeGreaterThanOrEqual(2)
    expect(firstMinute.length).toBeLessThanOrEqual(6)
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(1000)
    expect(afterStopped).toHaveLength(orders.length)
    expect(problems).toEqual([])
  })
})

test.describe('given maintenance announced with an HTTP-date, whose service is back a moment after that second', () => {
  test('the app asks exactly once after the date, and that request gets the page back', async ({ page }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    const panel = page.getByRole('complementary', { name: 'Developer panel' })
    await panel
      .getByLabel('Maintenance length')
      .selectOption({ label: '5 seconds (back 0.8 s after the time it gives)' })
    await panel.getByRole('checkbox', { name: /Maintenance/ }).check()
    const back = await page.evaluate(() => window.__statuskitDemo?.getSnapshot().maintenanceUntil ?? 0)

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click()
    await page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title }).waitFor()
    const unavailable = (await mockRequests(page)).find((request) => request.endpoint === 'settings')
    const date = new Date(unavailable?.retryAfter ?? '').getTime()
    await screenshot(page, '12-503-until-date')
    expect(await axeViolations(page)).toEqual([])

    await page.getByLabel('Shop name').waitFor({ timeout: 15_000 })
    const shownAt = Date.now()
    const settings = (await mockRequests(page)).filter((request) => request.endpoint === 'settings')
    const afterDate = settings.filter((request) => request.at >= date)
    report('12 503 with an HTTP-date', {
      retryAfter: unavailable?.retryAfter,
      serviceBackAfterDateMs: back - date,
      requestsMsAfterDate: settings.map((request) => `${request.status} ${request.at - date}`),
      pageBackAfterDateMs: shownAt - date,
    })
    expect(unavailable?.status).toBe(503)
    // An IMF-fixdate has whole seconds; the service came back 0.8 s after it.
    expect(date % 1000).toBe(0)
    expect(back - date).toBe(800)
    // One request before the date (the 503), exactly one after it, answered: none in between, none early.
    expect(settings).toHaveLength(2)
    expect(afterDate).toHaveLength(1)
    expect(afterDate[0]?.status).toBe(200)
    expect(afterDate[0]?.at ?? 0).toBeGreaterThanOrEqual(back)
    expect(problems).toEqual([])
  })
})
