import { en, RateLimitedPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { fill } from '../../support/fill'
import { freezeClock } from '../../support/freezeClock'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

// The clock stands still at FIXED_NOW (14:30:00 UTC) in these stories, so the countdown shows the same value
// in every run and screenshot. The "Live" stories show it ticking and retrying by itself.
const meta = {
  title: 'Pages/429 Too Many Requests',
  component: RateLimitedPage,
  args: { error: await responseError(429, { retryAfter: 120 }), reset: fn() },
  argTypes: { error: { control: false } },
  beforeEach: freezeClock,
} satisfies Meta<typeof RateLimitedPage>

export default meta
type Story = StoryObj<typeof meta>

/** `Retry-After: 120`: the clock time first, the countdown beside it, "Try again" disabled until then. */
export const RetryAfterSeconds: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.rateLimited.title })).toHaveFocus()
    await expect(canvas.getByText(fill(en.rateLimited.when, { when: '14:32' }), VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(
      fill(en.common.timeLeft, { duration: '2 minutes' }),
    )
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toBeDisabled()
    await expect(canvas.getByRole('button', { name: en.common.pause })).toBeEnabled()
  },
}

/** `Retry-After: Tue, 10 Mar 2026 14:31:30 GMT`: an HTTP-date, 90 seconds after the response. */
export const RetryAfterHttpDate: Story = {
  args: { error: await responseError(429, { retryAfter: new Date(FIXED_NOW + 90_000) }) },
  play: async ({ args, canvas }) => {
    await expect(args.error.retryAfterMs).toBe(90_000)
    await expect(canvas.getByText(fill(en.rateLimited.when, { when: '14:32' }), VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(/1 minute.*30 seconds left/)
  },
}

/** No Retry-After, only the draft RateLimit header: the longest reset among the exhausted policies. */
export const RateLimitHeader: Story = {
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
  args: { error: await responseError(429, { retryAfter: 20 * 60 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(fill(en.rateLimited.when, { when: '14:50' }), VISIBLE_TEXT)).toBeVisible()
    await expect(canvas.queryByRole('timer')).toBeNull()
  },
}

/** Pause stops the automatic retry (WCAG 2.2.2) and says so; Resume continues. */
export const Paused: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.common.pause }))
    await expect(canvas.getByText(en.common.paused)).toBeVisible()
    await expect(canvas.getByRole('button', { name: en.common.resume })).toBeVisible()
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
}

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: de.common.tryAgain })).toBeDisabled()
    await expect(canvas.getByText('14:32', VISIBLE_TEXT)).toBeVisible()
  },
}
