import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  axeViolations,
  count,
  forceResponse,
  launchBrowser,
  mockRequests,
  openApp,
  report,
  screenshot,
} from './harness'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
})

describe('given the API answers 503 with an HTTP-date Retry-After', () => {
  it('shows the maintenance page with the time the service is back, in the chosen language', async () => {
    const { page, context, problems } = await openApp(browser, '/')
    await page.getByRole('link', { name: 'A-1003' }).waitFor()
    await forceResponse(page, { endpoint: 'order', status: 503, retryAfter: { kind: 'date', seconds: 600 } })
    await page.getByRole('link', { name: 'A-1003' }).click()

    const heading = page.getByRole('heading', { level: 1, name: 'Sorry, the service is unavailable' })
    await heading.waitFor()
    const requests = await mockRequests(page)
    const unavailable = requests.find((request) => request.status === 503)
    expect(unavailable?.retryAfter).toMatch(
      /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/,
    )
    const backAt = new Date(unavailable?.retryAfter ?? '').getTime()
    // "Back at" is a clock time in the browser's time zone (Europe/Berlin here), rounded up to the minute so it
    // is never earlier than the server said, in the app's locale (12- or 24-hour clock, depending on it).
    const roundedUp = Math.ceil(backAt / 60_000) * 60_000
    const clock = await page.evaluate(
      (epoch) => ({
        h24: new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(epoch),
        h12: new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(epoch),
      }),
      roundedUp,
    )
    const main = page.getByRole('main')
    const text = (await main.textContent()) ?? ''
    expect(text.includes(clock.h24) || text.includes(clock.h12), `${JSON.stringify(clock)} in: ${text}`).toBe(
      true,
    )
    await screenshot(page, '3-maintenance-503')
    expect(await axeViolations(page)).toEqual([])

    // Waiting a moment shows nothing retries a ten-minute wait behind the user's back.
    await page.waitForTimeout(1000)
    const orderRequests = count(await mockRequests(page), 'order')

    await page.getByLabel('Language').selectOption('de')
    await page.getByRole('heading', { level: 1 }).filter({ hasNotText: 'Sorry' }).waitFor()
    const germanHeading = await page.getByRole('heading', { level: 1 }).textContent()
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de')
    await screenshot(page, '3-maintenance-503-de')
    expect(await axeViolations(page)).toEqual([])

    report('3 maintenance', {
      retryAfter: unavailable?.retryAfter,
      backAtShown: text.includes(clock.h24) ? clock.h24 : clock.h12,
      orderRequests,
      germanHeading,
    })
    expect(orderRequests).toBe(1)
    expect(problems).toEqual([])
    await context.close()
  })
})
