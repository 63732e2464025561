import { en, OfflineNotice } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { onlineManager } from '@tanstack/react-query'
import { expect, waitFor } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { fill } from '../support/fill'
import { Orders } from '../support/Orders'
import { ordersHandlers } from '../support/ordersHandlers'
import { QueryProvider } from '../support/QueryProvider'

/** TanStack Query's view of the connection, set offline for the story and restored afterwards. */
function startOffline(): () => void {
  onlineManager.setOnline(false)
  return () => onlineManager.setOnline(true)
}

// While offline, TanStack Query pauses queries instead of failing them: no boundary sees an error, so the notice
// says why nothing loads. Here it sits above the orders, whose query waits for the connection.
const meta = {
  title: 'Components/OfflineNotice',
  component: OfflineNotice,
  decorators: [
    (Story) => (
      <QueryProvider>
        <DemoApp>
          <Story />
          <Orders />
        </DemoApp>
      </QueryProvider>
    ),
  ],
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers())
    return startOffline()
  },
} satisfies Meta<typeof OfflineNotice>

export default meta
type Story = StoryObj<typeof meta>

/** Offline: the notice, and the query waits. Back online: the query fetches by itself and the notice empties. */
export const WhileOfflineThenBack: Story = {
  name: 'While offline, then back',
  play: async ({ canvas, canvasElement }) => {
    const notice = canvasElement.querySelector('.sk-offline-notice')
    await expect(notice).toHaveTextContent(fill('{title}. {waiting}', en.offline))
    await expect(canvas.queryByText(/Walnut desk/)).toBeNull()
    onlineManager.setOnline(true)
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    await waitFor(() => expect(notice).toBeEmptyDOMElement())
  },
}
