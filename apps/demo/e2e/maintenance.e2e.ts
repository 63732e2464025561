import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import { axeViolations, count, forceResponse, mockRequests, openApp, report, screenshot } from './harness'

test.describe('given the API answers 503 with an HTTP-date Retry-After', () => {
  test('shows the maintenance page with the time the service is back, in the chosen language', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1003' }).waitFor()
    await forceResponse(page, { endpoint: 'order', status: 503, retryAfter: { kind: 'date', seconds: 600 } })
    await page.getByRole('link', { name: 'A-1003' }).click()

    const heading = page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title })
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
    await page.getByRole('heading', { level: 1, name: de.serviceUnavailable.title }).waitFor()
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
  })

  test('turns the whole API off with the maintenance switch, keeps "Try again" off until the time it gives, and the page comes back once the switch is off', async ({
    page,
  }) => {
    const problems = await openApp(page, '/')
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    const panel = page.getByRole('complementary', { name: 'Developer panel' })
    await panel.getByLabel('Maintenance length').selectOption({ label: '90 minutes' })
    const switchedOn = Date.now()
    await panel.getByRole('checkbox', { name: /Maintenance/ }).check()

    await page.getByRole('link', { name: 'Settings', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: en.serviceUnavailable.title }).waitFor()
    const backAt = Math.ceil((switchedOn + 90 * 60_000) / 60_000) * 60_000
    const clock = await page.evaluate(
      (epoch) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(epoch),
      backAt,
    )
    const shown = (await page.getByRole('main').textContent()) ?? ''
    await screenshot(page, '3-maintenance-switch')
    expect(await axeViolations(page)).toEqual([])

    await panel.getByRole('checkbox', { name: /Maintenance/ }).uncheck()
    // With a known end the page checks again by itself then, and "Try again" stays off until that time; once the
    // API is back, opening the page again brings it.
    const tryAgain = page.getByRole('main').getByRole('button', { name: en.common.tryAgain, exact: true })
    expect(await tryAgain.getAttribute('aria-disabled')).toBe('true')
    const nav = page.getByRole('navigation', { name: 'Main' })
    await nav.getByRole('link', { name: 'Orders' }).click()
    await page.getByRole('link', { name: 'A-1001' }).waitFor()
    await nav.getByRole('link', { name: 'Settings' }).click()
    await page.getByLabel('Shop name').waitFor()
    const requests = await mockRequests(page)
    const settings = requests.filter((request) => request.endpoint === 'settings')
    report('3 maintenance switch', {
      settingsRequests: settings.map((request) => `${request.status} ${request.retryAfter ?? ''}`.trim()),
      backAtShown: clock,
    })
    // The clock time may round to the next minute between the switch and the request: accept either.
    const nextMinute = await page.evaluate(
      (epoch) => new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit' }).format(epoch),
      backAt + 60_000,
    )
    expect(shown.includes(clock) || shown.includes(nextMinute), shown).toBe(true)
    // One 503 (a 90-minute wait is shown, not retried), then the page opened again: one 200.
    expect(settings.map((request) => request.status)).toEqual([503, 200])
    expect(problems).toEqual([])
  })
})
