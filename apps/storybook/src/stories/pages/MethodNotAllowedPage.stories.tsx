import { MethodNotAllowedPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { responseError } from '../../support/responseError'

const meta = {
  title: 'Pages/405 Method Not Allowed',
  component: MethodNotAllowedPage,
  args: { error: await responseError(405, { headers: { Allow: 'GET, HEAD' } }), reset: fn() },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof MethodNotAllowedPage>

export default meta
type Story = StoryObj<typeof meta>

/** The app asked for something the server does not offer: our fault, so the server-error page's words. */
export const MethodNotAllowed: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus()
    await expect(canvas.getByText('Error code 405')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(args.reset).toHaveBeenCalledTimes(1)
  },
}
