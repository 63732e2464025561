import type { Meta, StoryObj } from '@storybook/react-vite'
import { HttpResponse, http } from 'msw'
import { expect } from 'storybook/test'
import { ORDERS } from '../support/Order'
import { OrderList } from '../support/OrderList'

function FetchedOrders() {
  return <OrderList orders={ORDERS} />
}

const meta = {
  title: 'Smoke',
  component: OrderList,
  args: { orders: ORDERS },
  parameters: { msw: [http.get('/api/orders', () => HttpResponse.json(ORDERS))] },
} satisfies Meta<typeof OrderList>

export default meta
type Story = StoryObj<typeof meta>

export const Loaded: Story = {
  play: async ({ canvas }) => {
    const response = await fetch('/api/orders')
    await expect(await response.json()).toHaveLength(3)
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
  },
}

export const Fetched: Story = {
  render: () => <FetchedOrders />,
}
