import { appendFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import type { RequestRecord } from '../src/mocks/mockState'

export const SHOTS_DIR = process.env.DEMO_SHOTS_DIR ?? '/tmp/demo-shots'
const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

/**
 * Opens `path` in the test's page (each test has a fresh context: no service worker, storage or cache carried
 * over) once the mock API answers. Returns the page errors and console errors seen from then on.
 */
export async function openApp(page: Page, path = '/'): Promise<string[]> {
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => {
    // Failed requests are the point of these tests; the browser logs each one. Anything else is a problem.
    if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
      problems.push(`console.error: ${message.text()}`)
    }
  })
  await page.goto(path)
  await page.waitForFunction(() => window.__statuskitDemo !== undefined)
  return problems
}

/** What the mock API received, in order (`at` is epoch ms on receipt). */
export function mockRequests(page: Page): Promise<RequestRecord[]> {
  return page.evaluate(() => [...(window.__statuskitDemo?.getSnapshot().requests ?? [])])
}

/** Forces the next response(s) of an endpoint through the developer panel, the way a developer would. */
export async function forceResponse(
  page: Page,
  options: {
    endpoint: string
    status: number
    retryAfter?: { kind: 'seconds' | 'date'; seconds: number }
    times?: '1' | '3' | 'always'
  },
): Promise<void> {
  const panel = page.getByRole('complementary', { name: 'Developer panel' })
  await panel.getByLabel('Endpoint', { exact: true }).selectOption(options.endpoint)
  await panel.getByLabel('Status', { exact: true }).selectOption(String(options.status))
  await panel.getByLabel('Retry-After', { exact: true }).selectOption(options.retryAfter?.kind ?? 'none')
  if (options.retryAfter)
    await panel.getByLabel('Wait (seconds)', { exact: true }).fill(String(options.retryAfter.seconds))
  await panel.getByLabel('For', { exact: true }).selectOption(options.times ?? '1')
  await panel.getByRole('button', { name: 'Force', exact: true }).click()
}

/** Clears every forced response in the developer panel, as a developer would. */
export async function clearForced(page: Page): Promise<void> {
  await page
    .getByRole('complementary', { name: 'Developer panel' })
    .getByRole('button', { name: 'Clear forced' })
    .click()
}

/** Marks the document, so a test can tell a client-side update from a reload (which would lose the mark). */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => Object.assign(window, { __documentMark: 'kept' }))
}

/** The mark of `markDocument` (gone after a reload) and how many documents the tab has loaded. */
export function documentState(page: Page): Promise<{ mark: unknown; navigations: number }> {
  return page.evaluate(() => ({
    mark: (window as unknown as { __documentMark?: unknown }).__documentMark,
    navigations: performance.getEntriesByType('navigation').length,
  }))
}

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[] }[]
}

/** Runs axe-core in the page (WCAG 2.x A/AA and best practices) and returns the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  const hasAxe = await page.evaluate(() => 'axe' in window)
  if (!hasAxe) await page.addScriptTag({ path: axePath })
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> }
      }
    ).axe
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }))
  })
  return violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  )
}

/** A full-page PNG of the current state, outside the repository. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SHOTS_DIR, { recursive: true })
  const path = join(SHOTS_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** Keeps what a test saw (request counts, timings) in the run's output and in SHOTS_DIR/e2e-report.jsonl. */
export function report(test: string, figures: Record<string, unknown>): void {
  mkdirSync(SHOTS_DIR, { recursive: true })
  const line = JSON.stringify({ test, ...figures })
  appendFileSync(join(SHOTS_DIR, 'e2e-report.jsonl'), `${line}\n`)
  console.log(`[e2e] ${line}`)
}

export function count(requests: readonly RequestRecord[], endpoint: RequestRecord['endpoint']): number {
  return requests.filter((request) => request.endpoint === endpoint).length
}
