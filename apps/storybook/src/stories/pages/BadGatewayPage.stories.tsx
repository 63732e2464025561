import { BadGatewayPage, en } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { fill } from '../../support/fill'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/502 Bad Gateway',
  component: BadGatewayPage,
  args: { error: await responseError(502), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof BadGatewayPage>

export default meta
type Story = StoryObj<typeof meta>

/** An apology in the kit's own words and "Try again". */
export const BadGateway: Story = {
  name: 'Bad gateway',
  play: async ({ args, canvas, userEvent }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.serverError.title })).toHaveFocus()
    await expect(canvas.getByText(fill(en.common.statusCode, { code: 502 }), VISIBLE_TEXT)).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.reset).toHaveBeenCalledTimes(1)
  },
}

/**
 * The server's own words never reach the page for a 5xx (they can leak internals); its request id does, as the
 * reference for support.
 */
export const ServerTextHidden: Story = {
  name: 'Server text hidden',
  args: {
    error: await responseError(502, {
      headers: { 'X-Request-Id': 'req_5c1d0e77' },
      problem: { title: 'Upstream pool exhausted', detail: 'at db-7.internal:5432 (pg: too many clients)' },
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(`${fill(en.common.statusCode, { code: 502 })}`, VISIBLE_TEXT)).toBeVisible()
    await expect(
      canvas.getByText(fill(en.common.reference, { reference: 'req_5c1d0e77' }), VISIBLE_TEXT),
    ).toBeVisible()
    await expect(canvas.queryByText(/Upstream pool exhausted|db-7/)).toBeNull()
  },
}
