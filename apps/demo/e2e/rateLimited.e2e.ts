import { expect, test } from '@playwright/test'
import { en } from '@statuskit/react'
import { axeViolations, mockRequests, openApp, report, screenshot } from './harness'

test.describe('given a search the API rate-limits', () => {
  test('counts down after a 429 with Retry-After: 3 and shows the results by itself, not asking earlier', async ({
    page,
  }) => {
    const problems = await openApp(page, '/search')
    // Every text the countdown shows, with when it showed it, recorded in the page (screenshots and axe take
    // their time, and the countdown does not wait for them).
    await page.evaluate(() => {
      const readings: { text: string; at: number }[] = []
      Object.assign(window, { __timerReadings: readings })
      new MutationObserver(() => {
        const text = document.querySelector('[role="timer"]')?.textContent ?? undefined
        if (text !== undefined && readings.at(-1)?.text !== text) readings.push({ text, at: Date.now() })
      }).observe(document.body, { subtree: true, childList: true, characterData: true })
    })
    const limited = page.getByRole('heading', { level: 1, name: en.rateLimited.title })
    const terms = ['mug', 'tote', 'cap', 'ada', 'grace', 'alan']
    let searches = 0
    let term = ''
    for (const next of terms) {
      term = next
      searches += 1
      const box = page.getByRole('searchbox', { name: 'Order number, customer or item' })
      await box.fill(term)
      await box.press('Enter')
      const results = page.getByRole('heading', { level: 2, name: new RegExp(`“${term}”`) })
      await results.or(limited).waitFor()
      if (await limited.isVisible()) break
    }
    expect(await limited.isVisible()).toBe(true)

    const atLimit = await mockRequests(page)
    const tooMany = atLimit.find((request) => request.status === 429)
    expect(tooMany?.retryAfter).toBe('3')
    const t429 = tooMany?.at ?? 0

    await page.getByRole('timer').waitFor()
    await screenshot(page, '2-rate-limited-countdown')
    expect(await axeViolations(page)).toEqual([])

    const results = page.getByRole('heading', { level: 2, name: new RegExp(`“${term}”`) })
    await results.waitFor({ timeout: 10_000 })
    const resultsShownAfterMs = Date.now() - t429
    await screenshot(page, '2-results-after-countdown')
    expect(await axeViolations(page)).toEqual([])

    const readings = await page.evaluate(
      () => (window as unknown as { __timerReadings: { text: string; at: number }[] }).__timerReadings,
    )
    const requests = await mockRequests(page)
    const searchRequests = requests.filter((request) => request.endpoint === 'search')
    const after429 = searchRequests.filter((request) => request.at > t429)
    report('2 rate-limited search', {
      searchesTyped: searches,
      searchRequests: searchRequests.map(
        (request) => `${request.path} ${request.status} +${request.at - t429}ms`,
      ),
      countdownReadings: readings.map((reading) => `${reading.text} +${reading.at - t429}ms`),
      firstRequestAfter429Ms: (after429[0]?.at ?? Number.NaN) - t429,
      resultsShownAfterMs,
    })
    // The countdown ran: it showed at least three different texts (3, 2, 1 seconds left) before the results.
    expect(new Set(readings.map((reading) => reading.text)).size).toBeGreaterThanOrEqual(3)
    // Exactly one request after the 429, and not before the three seconds the server asked for.
    expect(after429).toHaveLength(1)
    expect(after429[0]?.status).toBe(200)
    expect((after429[0]?.at ?? 0) - t429).toBeGreaterThanOrEqual(3000)
    expect(problems).toEqual([])
  })
})
