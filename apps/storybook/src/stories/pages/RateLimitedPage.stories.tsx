import { en, RateLimitedPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { fill } from '../../support/fill'
import { freezeClock } from '../../support/freezeClock'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

// The clock stands still at FIXED_NOW (14:30:00 UTC) in these stories, so the countdown shows the same value
// in every run and screenshot. The "Live" stories show it ticking and retrying by itself.
const meta = {
  title: 'Pages/429 Too Many Requests',
  component: RateLimitedPage,
  args: { error: await responseError(429, { retryAfter: 120 }), reset: fn() },
  argTypes: pageArgTypes,
  beforeEach: freezeClock,
} satisfies Meta<typeof RateLimitedPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * `Retry-After: 120`: the clock time first, the countdown beside it, and a note that the page will try again by
 * itself then. "Try again" stays focusable but inactive (`aria-disabled`) until then, and names the time as its
 * reason; the control that stops the automatic retry says what it does.
 */
export const RetryAfterSeconds: Story = {
  name: 'Retry-After in seconds',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.rateLimited.title })).toHaveFocus()
    const when = canvas.getByText(fill(en.rateLimited.when, { when: '14:32' }), VISIBLE_TEXT)
    await expect(when).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(
      fill(en.common.timeLeft, { duration: '2 minutes' }),
    )
    await expect(canvas.getByText(en.rateLimited.automatic)).toBeVisible()
    const tryAgain = canvas.getByRole('button', { name: en.common.tryAgain })
    await expect(tryAgain).toHaveAttribute('aria-disabled', 'true')
    await expect(tryAgain).toHaveAccessibleDescription(when.textContent ?? '')
    await expect(canvas.getByRole('button', { name: en.common.stopAutomatic })).toBeEnabled()
  },
}

/** `Retry-After: Tue, 10 Mar 2026 14:31:30 GMT`: an HTTP-date, 90 seconds after the response. */
export const RetryAfterHttpDate: Story = {
  name: 'Retry-After as an HTTP date',
  args: { error: await responseError(429, { retryAfter: new Date(FIXED_NOW + 90_000) }) },
  play: async ({ args, canvas }) => {
    await expect(args.error.retryAfterMs).toBe(90_000)
    await expect(canvas.getByText(fill(en.rateLimited.when, { when: '14:32' }), VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(/1 minute.*30 seconds left/)
  },
}

/** No Retry-After, only the draft RateLimit header: the longest reset among the exhausted policies. */
export const RateLimitHeader: Story = {
  name: 'RateLimit header',
  args: {
    error: await responseError(429, { headers: { RateLimit: '"burst";r=0;t=45, "daily";r=120;t=3600' } }),
  },
  play: async ({ args, canvas }) => {
    await expect(args.error.retryAfterMs).toBe(45_000)
    await expect(canvas.getByRole('timer')).toHaveTextContent(
      fill(en.common.timeLeft, { duration: '45 seconds' }),
    )
  },
}

/** A wait beyond five minutes: the time to come back, without a ticking counter. */
export const WaitBeyondFiveMinutes: Story = {
  name: 'Wait beyond five minutes',
  args: { error: await responseError(429, { retryAfter: 20 * 60 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(fill(en.rateLimited.when, { when: '14:50' }), VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.queryByRole('timer')).toBeNull()
  },
}

/**
 * No known wait: the page invents no countdown. It says to wait a moment and that it will try again by itself,
 * and "Try again" is available.
 */
export const NoKnownWait: Story = {
  name: 'No known wait',
  args: { error: await responseError(429) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(`${en.rateLimited.description} ${en.rateLimited.wait}`)).toBeVisible()
    await expect(canvas.getByText(en.rateLimited.automaticSoon, VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.queryByRole('timer')).toBeNull()
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).not.toHaveAttribute(
      'aria-disabled',
    )
  },
}

/**
 * "Don't try again automatically" stops the automatic retry (WCAG 2.2.1) and the status line under the actions
 * says so; "Try again" stays inactive until the server's time, and nothing moves.
 */
export const AutomaticRetryStopped: Story = {
  name: 'Automatic retry stopped',
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.common.stopAutomatic }))
    await expect(canvas.getByText(en.common.automaticStopped)).toBeVisible()
    await expect(canvas.queryByText(en.rateLimited.automatic)).toBeNull()
    await expect(canvas.getByRole('button', { name: en.common.resumeAutomatic })).toBeVisible()
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}

export const Dark: Story = {
  name: 'Dark',
  globals: { theme: 'dark' },
}

export const German: Story = {
  name: 'German',
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.rateLimited.title })).toHaveFocus()
    await expect(canvas.getByRole('button', { name: de.common.tryAgain })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await expect(canvas.getByRole('button', { name: de.common.stopAutomatic })).toBeVisible()
    await expect(canvas.getByText('14:32', VISIBLE_TEXT)).toBeVisible()
  },
}
