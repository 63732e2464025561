import { toStatusError } from '@statuskit/core'
import { en, OfflinePage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'

/** Makes `navigator.onLine` report false while the story is shown, as when the device loses its connection. */
function goOffline(): () => void {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false })
  return () => {
    // Deleting the own property uncovers the browser's real getter again.
    Reflect.deleteProperty(navigator, 'onLine')
  }
}

const meta = {
  title: 'Pages/Offline',
  component: OfflinePage,
  // What fetch throws when the request never reaches the server; toStatusError makes it kind `network`.
  args: { error: toStatusError(new TypeError('Failed to fetch')), reset: fn() },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof OfflinePage>

export default meta
type Story = StoryObj<typeof meta>

/** The server could not be reached although the browser thinks it is online: "Try again" is offered. */
export const CannotReachServer: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(args.error.kind).toBe('network')
    await expect(canvas.getByRole('heading', { level: 1, name: en.offline.title })).toHaveFocus()
    await userEvent.click(await canvas.findByRole('button', { name: en.common.tryAgain }))
    await expect(args.reset).toHaveBeenCalledWith()
  },
}

/**
 * The browser is offline: no "Try again" (it could not work); the page waits, and tries again by itself
 * when the connection comes back.
 */
export const WaitingForConnection: Story = {
  beforeEach: goOffline,
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByText(en.offline.waiting)).toBeVisible()
    await expect(canvas.queryByRole('button', { name: en.common.tryAgain })).toBeNull()
    window.dispatchEvent(new Event('online'))
    await waitFor(() => expect(args.reset).toHaveBeenCalledWith({ automatic: true }))
  },
}
