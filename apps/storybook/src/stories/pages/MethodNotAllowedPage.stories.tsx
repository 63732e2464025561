import { en, MethodNotAllowedPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { fill } from '../../support/fill'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/405 Method Not Allowed',
  component: MethodNotAllowedPage,
  args: { error: await responseError(405, { headers: { Allow: 'GET, HEAD' } }), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof MethodNotAllowedPage>

export default meta
type Story = StoryObj<typeof meta>

/** The app asked for something the server does not offer: our fault, so the server-error page's words. */
export const MethodNotAllowed: Story = {
  name: 'Method not allowed',
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveFocus()
    await expect(canvas.getByText(fill(en.common.statusCode, { code: 405 }), VISIBLE_TEXT)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.reset).toHaveBeenCalledTimes(1)
  },
}
