import { createRequire } from 'node:module'
import { type APIRequestContext, test as base, expect, type Page } from '@playwright/test'
import type { ForcedResponse } from '../lib/upstream'

const require = createRequire(import.meta.url)
const axePath = require.resolve('axe-core/axe.min.js')

/** The fake backend of the app (app/api/control): what it received, and what it answers next. */
export class Upstream {
  constructor(private readonly request: APIRequestContext) {}

  async reset(): Promise<void> {
    expect((await this.request.delete('/shop/api/control')).status()).toBe(204)
  }

  async force(path: string, ...responses: ForcedResponse[]): Promise<void> {
    const answer = await this.request.post('/shop/api/control', { data: { path, responses } })
    expect(answer.status()).toBe(204)
  }

  /** Requests the backend received for `path`, from the server (Server Components) and the browser alike. */
  async requests(path: string): Promise<number> {
    const counts = (await (await this.request.get('/shop/api/control')).json()) as Record<string, number>
    return counts[path] ?? 0
  }
}

/**
 * Console errors and uncaught page errors. In production Next logs every error an error boundary caught (React's
 * default), so a test names the ones it causes on purpose: each must appear, and nothing else may.
 */
export class ConsoleErrors {
  private readonly seen: string[] = []
  private readonly expected: RegExp[] = []

  constructor(page: Page) {
    page.on('pageerror', (error) => this.seen.push(`pageerror: ${error.message}`))
    page.on('console', (message) => {
      // Failed requests are the point of these tests; the browser logs each one.
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) {
        this.seen.push(message.text())
      }
    })
  }

  /** An error a boundary will catch, as Next logs it. */
  expect(pattern: RegExp): void {
    this.expected.push(pattern)
  }

  check(): void {
    expect(this.seen.filter((text) => !this.expected.some((pattern) => pattern.test(text)))).toEqual([])
    for (const pattern of this.expected) {
      expect(
        this.seen.some((text) => pattern.test(text)),
        `a console error matching ${pattern}`,
      ).toBe(true)
    }
  }
}

/** What Next logs for a Server Component error it hid in production (React error 441). */
export const HIDDEN_SERVER_ERROR = /^Error: Minified React error #441;/

export const test = base.extend<{ upstream: Upstream; consoleErrors: ConsoleErrors }>({
  // Every test starts with a backend that received nothing and forces nothing.
  upstream: [
    async ({ request }, use) => {
      const upstream = new Upstream(request)
      await upstream.reset()
      await use(upstream)
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const consoleErrors = new ConsoleErrors(page)
      await use(consoleErrors)
      consoleErrors.check()
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Loads `path` and waits until React has hydrated the page (its DOM nodes carry React's fiber keys): a link
 * clicked before that is a plain link, and a full page load.
 */
export async function open(page: Page, path: string) {
  const response = await page.goto(path)
  await page.waitForFunction(() =>
    Object.keys(document.querySelector('header a') ?? {}).some((key) => key.startsWith('__reactFiber$')),
  )
  return response
}

/** Marks the document: the mark survives a client-side navigation and is gone after a full page load. */
export async function markDocument(page: Page): Promise<void> {
  await page.evaluate(() => {
    ;(window as { __sameDocument?: boolean }).__sameDocument = true
  })
}

export function isSameDocument(page: Page): Promise<boolean> {
  return page.evaluate(() => (window as { __sameDocument?: boolean }).__sameDocument === true)
}

/** axe-core in the page (WCAG 2.x A/AA and best practices): the violations, summarised. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: axePath })
  return page.evaluate(async () => {
    const { axe } = window as unknown as {
      axe: {
        run: (
          context: Document,
          options: object,
        ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>
      }
    }
    const { violations } = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    })
    return violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} at ${JSON.stringify(violation.nodes.map((n) => n.target))}`,
    )
  })
}

/** Keeps what a test measured in the run's output. */
export function report(name: string, figures: Record<string, unknown>): void {
  console.log(`[e2e] ${JSON.stringify({ test: name, ...figures })}`)
}
