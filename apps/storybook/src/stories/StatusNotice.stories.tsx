import { toStatusError } from '@statuskit/core'
import { en, StatusNotice } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { onlineManager } from '@tanstack/react-query'
import { expect, fn } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { FIXED_NOW } from '../support/FIXED_NOW'
import { fill } from '../support/fill'
import { freezeClock } from '../support/freezeClock'
import { responseError } from '../support/responseError'

// The compact, inline form of a failure, for content that stays on screen: one line in the pages' words, and an
// action. Shown here where an app places it: after a form's actions, or above the data it is about. The clock
// stands still at FIXED_NOW (14:30 UTC), so times are the same in every run.
const meta = {
  title: 'Components/StatusNotice',
  component: StatusNotice,
  args: { error: await responseError(500), onRetry: fn(), onDismiss: fn() },
  argTypes: {
    error: { control: false },
    context: { control: 'inline-radio', options: ['mutation', 'action', 'refetch', 'widget'] },
    updatedAt: { control: 'date' },
    onRetry: { control: false },
    onDismiss: { control: false },
  },
  beforeEach: freezeClock,
  decorators: [
    (Story) => (
      <DemoApp>
        <section className="demo-card" aria-labelledby="notice-card-heading">
          <h2 id="notice-card-heading">Order #1001</h2>
          <p>Walnut desk, €420.00. Delivery address: 12 Harbour Street.</p>
          <Story />
        </section>
      </DemoApp>
    ),
  ],
} satisfies Meta<typeof StatusNotice>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A save that failed (500): what happened and what it means for the user's work, announced at once
 * (`role="alert"`), with "Try again" and "Dismiss".
 */
export const FailedSave: Story = {
  name: 'A failed save',
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(
      `${en.serverError.reason} ${en.notice.notSaved}`,
    )
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
    await userEvent.click(canvas.getByRole('button', { name: en.notice.dismiss }))
    await expect(args.onDismiss).toHaveBeenCalledTimes(1)
  },
}

/** An action without input (Archive) that failed: nothing changed, so there is nothing to keep. */
export const FailedAction: Story = {
  name: 'A failed action',
  args: { context: 'action', onDismiss: undefined },
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(`${en.serverError.reason} ${en.notice.notDone}`)
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.onRetry).toHaveBeenCalledTimes(1)
  },
}

/**
 * A background refresh failed while the data stays on screen: "We couldn't refresh this" and the time of the data
 * shown, politely (`role="status"`).
 */
export const FailedRefresh: Story = {
  name: 'A failed background refresh',
  args: {
    error: toStatusError(new TypeError('Failed to fetch')),
    context: 'refetch',
    updatedAt: FIXED_NOW - 2 * 60_000,
    onDismiss: undefined,
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      fill(en.notice.notRefreshed, { time: '14:28' }),
    )
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toBeVisible()
  },
}

/** A part of the page (a widget): compact words about that part, never the whole service. */
export const Widget: Story = {
  name: 'A widget that could not load',
  args: { error: await responseError(503), context: 'widget', onDismiss: undefined },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent(
      `${en.common.partTitle} ${en.serviceUnavailable.reason}`,
    )
  },
}

/**
 * A save refused with 429 and `Retry-After: 120`: the time the user can try again, and "Try again" inactive until
 * then (focusable, `aria-disabled`, described by the notice).
 */
export const RateLimited: Story = {
  name: 'Too many requests, with the time',
  args: { error: await responseError(429, { retryAfter: 120 }) },
  play: async ({ canvas }) => {
    const alert = canvas.getByRole('alert')
    await expect(alert).toHaveTextContent(fill(en.rateLimited.when, { when: '14:32' }))
    await expect(alert).toHaveTextContent(en.notice.notSaved)
    const tryAgain = canvas.getByRole('button', { name: en.common.tryAgain })
    await expect(tryAgain).toHaveAttribute('aria-disabled', 'true')
    await expect(tryAgain).toHaveAccessibleDescription(alert.textContent ?? '')
  },
}

/**
 * The browser is offline while saving: "You're not connected", the input is still there, and no "Try again" (it
 * could not work until the connection is back).
 */
export const Offline: Story = {
  name: 'Offline',
  args: { error: toStatusError(new TypeError('Failed to fetch')) },
  beforeEach: () => {
    onlineManager.setOnline(false)
    return () => onlineManager.setOnline(true)
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('alert')).toHaveTextContent(`${en.offline.reason} ${en.notice.notSaved}`)
    await expect(canvas.queryByRole('button', { name: en.common.tryAgain })).toBeNull()
    await expect(canvas.getByRole('button', { name: en.notice.dismiss })).toBeVisible()
  },
}
