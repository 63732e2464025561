import { toStatusError } from '@statuskit/core'
import { en, OfflinePage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { onlineManager } from '@tanstack/react-query'
import { expect, fn, waitFor } from 'storybook/test'
import { pageArgTypes } from '../../support/pageArgTypes'

/**
 * The browser's connection as the kit sees it (TanStack Query's `onlineManager`), offline while the story is
 * shown, as when the device loses its connection; restored afterwards.
 */
function goOffline(): () => void {
  onlineManager.setOnline(false)
  return () => onlineManager.setOnline(true)
}

const meta = {
  title: 'Pages/Offline',
  component: OfflinePage,
  // What fetch throws when the request never reaches the server; toStatusError makes it kind `network`.
  args: { error: toStatusError(new TypeError('Failed to fetch')), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof OfflinePage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The service could not be reached although the browser is online: the kit does not guess at the cause ("We can't
 * reach the service right now") and offers "Try again".
 */
export const CannotReachServer: Story = {
  name: 'Cannot reach the service',
  play: async ({ args, canvas, userEvent }) => {
    await expect(args.error.kind).toBe('network')
    await expect(canvas.getByRole('heading', { level: 1, name: en.unreachable.title })).toHaveFocus()
    await expect(canvas.getByText(en.unreachable.description)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.reset).toHaveBeenCalledWith()
  },
}

/**
 * The browser is offline: "You're not connected", what to check, no "Try again" (it could not work); the page
 * says it is waiting for the connection.
 */
export const WaitingForConnection: Story = {
  name: 'Waiting for the connection',
  beforeEach: goOffline,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.offline.title })).toHaveFocus()
    await expect(canvas.getByText(en.offline.description)).toBeVisible()
    await expect(canvas.getByText(en.offline.waiting)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: en.common.tryAgain })).toBeNull()
  },
}

/** When the connection comes back, the page tries again by itself (an automatic reset). */
export const BackOnline: Story = {
  name: 'Back online, it tries again by itself',
  beforeEach: goOffline,
  play: async ({ args, canvas }) => {
    await expect(canvas.getByText(en.offline.waiting)).toBeVisible()
    onlineManager.setOnline(true)
    await waitFor(() => expect(args.reset).toHaveBeenCalledWith({ automatic: true }))
  },
}
