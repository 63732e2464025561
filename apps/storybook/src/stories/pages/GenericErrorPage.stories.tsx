import { toStatusError } from '@statuskit/core'
import { en, GenericErrorPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { pageArgTypes } from '../../support/pageArgTypes'

const meta = {
  title: 'Pages/Unknown error',
  component: GenericErrorPage,
  // A bug, not a failed request: toStatusError makes anything unrecognised kind `unknown`.
  args: {
    error: toStatusError(new RangeError('Invalid array length at OrdersTable (orders.tsx:42)')),
    reset: fn(),
  },
  argTypes: pageArgTypes,
} satisfies Meta<typeof GenericErrorPage>

export default meta
type Story = StoryObj<typeof meta>

/** "Something went wrong" and "Try again"; never the error's message or stack, which can hold internals. */
export const UnknownError: Story = {
  name: 'Unknown error',
  play: async ({ args, canvas, canvasElement }) => {
    await expect(args.error.kind).toBe('unknown')
    await expect(canvas.getByRole('heading', { level: 1, name: en.generic.title })).toHaveFocus()
    await expect(canvasElement).not.toHaveTextContent(/orders\.tsx|Invalid array length/)
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toBeVisible()
  },
}
