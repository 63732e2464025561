import { GatewayTimeoutPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { responseError } from '../../support/responseError'

const meta = {
  title: 'Pages/504 Gateway Timeout',
  component: GatewayTimeoutPage,
  args: { error: await responseError(504), reset: fn() },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof GatewayTimeoutPage>

export default meta
type Story = StoryObj<typeof meta>

/** An apology in the kit's own words and "Try again". */
export const GatewayTimeout: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
    ).toHaveFocus()
    await expect(canvas.getByText('Error code 504')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.reset).toHaveBeenCalledTimes(1)
  },
}

/**
 * The server's own words never reach the page for a 5xx (they can leak internals); its request id does, as the
 * reference for support.
 */
export const ServerTextHidden: Story = {
  args: {
    error: await responseError(504, {
      headers: { 'X-Request-Id': 'req_5c1d0e77' },
      problem: { title: 'Upstream pool exhausted', detail: 'at db-7.internal:5432 (pg: too many clients)' },
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Error code 504 · Reference req_5c1d0e77')).toBeVisible()
    await expect(canvas.queryByText(/Upstream pool exhausted|db-7/)).toBeNull()
  },
}
