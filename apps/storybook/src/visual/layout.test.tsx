import { createStatusResponse, fromResponse, type StatusError, toStatusError } from '@statuskit/core'
import {
  ErrorSummary,
  en,
  type LoginOptions,
  SessionGuard,
  StatusKitProvider,
  StatusNotice,
  StatusPage,
  statusQueryDefaults,
} from '@statuskit/react'
import { ar } from '@statuskit/react/locales/ar'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, describe, expect, test } from 'vitest'
import { page, userEvent } from 'vitest/browser'

/** 200 characters without a space or a hyphen: a server detail that can only wrap where the page lets it. */
const LONG_DETAIL = `Unbroken${'x'.repeat(184)}detail.`
/** A 128-character request id, the reference line's longest likely content. */
const LONG_REFERENCE = `req_${'0123456789abcdef'.repeat(8)}`.slice(0, 128)

let root: Root | undefined
let host: HTMLElement | undefined

afterEach(() => {
  act(() => root?.unmount())
  host?.remove()
  root = undefined
  host = undefined
})

/** Renders `ui` in the page as the Storybook does (the kit's stylesheet is loaded by the preview). */
async function show(ui: ReactNode, dir: 'ltr' | 'rtl' = 'ltr'): Promise<HTMLElement> {
  document.documentElement.dir = dir
  document.documentElement.lang = dir === 'rtl' ? 'ar' : 'en'
  document.documentElement.dataset.theme = 'light'
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root?.render(ui))
  await document.fonts.ready
  return host
}

async function longError(code: number): Promise<StatusError> {
  return fromResponse(
    createStatusResponse(code, {
      retryAfter: code === 429 || code === 503 ? 120 : undefined,
      headers: { 'X-Request-Id': LONG_REFERENCE },
      problem: {
        title: LONG_DETAIL,
        detail: LONG_DETAIL,
        extensions: { errors: [{ pointer: '#/email', detail: LONG_DETAIL }] },
      },
    }),
  )
}

/** Every element's box within the viewport's width, and no scroll sideways. */
function expectNoSidewaysScroll(container: HTMLElement): void {
  const width = document.documentElement.clientWidth
  expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(width)
  for (const element of container.querySelectorAll('*')) {
    const box = element.getBoundingClientRect()
    if (box.width === 0 && box.height === 0) continue
    expect(box.left, `${element.className}`).toBeGreaterThanOrEqual(-0.5)
    expect(box.right, `${element.className}`).toBeLessThanOrEqual(width + 0.5)
  }
}

describe('at 320 CSS px (a phone, or 1280 px at 400% zoom), with a 200-character server detail and a 128-character reference', () => {
  const cases: [string, () => Promise<StatusError>][] = [
    ['400 with field errors', () => longError(400)],
    ['401', () => longError(401)],
    ['403', () => longError(403)],
    ['404', () => longError(404)],
    ['429', () => longError(429)],
    ['500', () => longError(500)],
    ['503', () => longError(503)],
    ['a network failure', async () => toStatusError(new TypeError('Failed to fetch'))],
  ]
  describe.each(['ltr', 'rtl'] as const)('%s', (dir) => {
    test.each(cases)('the %s page does not scroll sideways', async (_, makeError) => {
      await page.viewport(320, 640)
      const error = await makeError()
      const container = await show(
        <StatusKitProvider
          messages={dir === 'rtl' ? ar : undefined}
          locale={dir === 'rtl' ? 'ar-EG' : 'en-GB'}
        >
          <StatusPage error={error} reset={() => {}} />
        </StatusKitProvider>,
        dir,
      )
      if (error.status !== undefined && error.status < 500) {
        expect(container.textContent).toContain(LONG_DETAIL)
      }
      if (error.status !== undefined) expect(container.textContent).toContain(LONG_REFERENCE)
      expectNoSidewaysScroll(container)
    })

    test('a nested page, a notice and an error summary do not scroll sideways', async () => {
      await page.viewport(320, 640)
      const error = await longError(400)
      const container = await show(
        <StatusKitProvider>
          <ErrorSummary error={error} />
          <StatusNotice error={await longError(429)} onRetry={() => {}} onDismiss={() => {}} />
          <StatusPage error={await longError(404)} headingLevel={2} reset={() => {}} />
        </StatusKitProvider>,
        dir,
      )
      expect(container.querySelector('.sk-error-summary')?.textContent).toContain(LONG_DETAIL)
      expectNoSidewaysScroll(container)
    })
  })
})

/** The boxes of the page's buttons and links: where each control is. */
function controlBoxes(container: HTMLElement): { top: number; left: number; right: number }[] {
  return Array.from(container.querySelectorAll('.sk-actions > *'), (control) => {
    const { top, left, right } = control.getBoundingClientRect()
    return { top, left, right }
  })
}

/** A page whose data needs a session that has ended: its query fails with 401. */
function Orders() {
  useQuery({ queryKey: ['orders'], queryFn: () => Promise.reject(toStatusError({ status: 401 })) })
  return <p>Your orders</p>
}

const never: LoginOptions = { onLogin: () => new Promise<void>(() => {}) }

describe.each([
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
])('at $width px, no control moves when the status line under the actions fills', ({ width, height }) => {
  test('"Signing in…" on the 401 page', async () => {
    await page.viewport(width, height)
    const container = await show(
      <StatusKitProvider login={never}>
        <StatusPage code={401} reset={() => {}} />
      </StatusKitProvider>,
    )
    const before = controlBoxes(container)
    await userEvent.click(page.getByRole('button', { name: en.unauthorized.signIn }))
    await expect.element(page.getByText(en.unauthorized.signingIn)).toBeVisible()
    expect(controlBoxes(container)).toEqual(before)
  })

  test('"We won\'t try again by ourselves…" on the 429 page', async () => {
    await page.viewport(width, height)
    const container = await show(
      <StatusKitProvider>
        <StatusPage error={await longError(429)} reset={() => {}} />
      </StatusKitProvider>,
    )
    const [tryAgain, toggle] = controlBoxes(container)
    await userEvent.click(page.getByRole('button', { name: en.common.stopAutomatic }))
    await expect.element(page.getByText(en.common.automaticStopped)).toBeVisible()
    const [tryAgainAfter, toggleAfter] = controlBoxes(container)
    expect(tryAgainAfter).toEqual(tryAgain)
    // The toggle's label changes ("Try again automatically"), so only its start and top are fixed.
    expect([toggleAfter?.top, toggleAfter?.left]).toEqual([toggle?.top, toggle?.left])
  })

  test('"Signing in…" in the sign-in dialog', async () => {
    await page.viewport(width, height)
    const client = new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
    const container = await show(
      <QueryClientProvider client={client}>
        <StatusKitProvider login={never}>
          <SessionGuard>
            <Orders />
          </SessionGuard>
        </StatusKitProvider>
      </QueryClientProvider>,
    )
    await expect.element(page.getByRole('dialog')).toBeVisible()
    const before = controlBoxes(container)
    expect(before).toHaveLength(1)
    await userEvent.click(page.getByRole('button', { name: en.unauthorized.signIn }))
    await expect.element(page.getByText(en.unauthorized.signingIn)).toBeVisible()
    expect(controlBoxes(container)).toEqual(before)
    client.clear()
  })
})
