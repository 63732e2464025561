import { en, ServiceUnavailablePage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { fill } from '../../support/fill'
import { freezeClock } from '../../support/freezeClock'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const HOUR = 3_600_000

// The clock stands still at FIXED_NOW (Tuesday 10 March 2026, 14:30:00 UTC) in these stories.
const meta = {
  title: 'Pages/503 Service Unavailable',
  component: ServiceUnavailablePage,
  args: { error: await responseError(503, { retryAfter: new Date(FIXED_NOW + 2 * HOUR) }), reset: fn() },
  argTypes: pageArgTypes,
  beforeEach: freezeClock,
} satisfies Meta<typeof ServiceUnavailablePage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * Maintenance with an HTTP-date Retry-After: when the service is back, as a clock time, and that the page checks
 * again by itself then. "Try again" is inactive until then.
 */
export const Maintenance: Story = {
  name: 'Maintenance, back at a known time',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.serviceUnavailable.title })).toHaveFocus()
    await expect(
      canvas.getByText(fill(en.serviceUnavailable.when, { when: '16:30' }), VISIBLE_TEXT),
    ).toBeVisible()
    await expect(canvas.queryByRole('timer')).toBeNull()
    await expect(canvas.getByText(en.serviceUnavailable.automatic)).toBeVisible()
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
  },
}

/** Back tomorrow: the day is named. */
export const BackTomorrow: Story = {
  name: 'Back tomorrow',
  args: { error: await responseError(503, { retryAfter: new Date(FIXED_NOW + 20 * HOUR) }) },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(
        fill(en.serviceUnavailable.when, {
          when: fill(en.common.onDay, { time: '10:30', day: 'Wednesday' }),
        }),
        VISIBLE_TEXT,
      ),
    ).toBeVisible()
  },
}

/** `Retry-After: 90` (seconds): a countdown, and the page checks again by itself at zero. */
export const RetryAfterSeconds: Story = {
  name: 'Retry-After in seconds',
  args: { error: await responseError(503, { retryAfter: 90 }) },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent(/1 minute.*30 seconds left/)
    await expect(canvas.getByRole('button', { name: en.common.stopAutomatic })).toBeVisible()
  },
}

/** No Retry-After: we say we do not know yet, instead of guessing. */
export const BackTimeUnknown: Story = {
  name: 'Back time unknown',
  args: { error: await responseError(503) },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(en.serviceUnavailable.description)).toBeVisible()
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
    await expect(canvas.getByText('16:30', VISIBLE_TEXT)).toBeVisible()
  },
}
