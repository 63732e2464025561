import { toStatusError } from '@statuskit/core'
import { en, TimeoutPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { pageArgTypes } from '../../support/pageArgTypes'

const meta = {
  title: 'Pages/Timeout',
  component: TimeoutPage,
  // What `AbortSignal.timeout()` makes fetch throw; toStatusError makes it kind `timeout`.
  args: { error: toStatusError(new DOMException('signal timed out', 'TimeoutError')), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof TimeoutPage>

export default meta
type Story = StoryObj<typeof meta>

export const TimedOut: Story = {
  name: 'Timed out',
  play: async ({ args, canvas, userEvent }) => {
    await expect(args.error.kind).toBe('timeout')
    await expect(canvas.getByRole('heading', { level: 1, name: en.timeout.title })).toHaveFocus()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(args.reset).toHaveBeenCalledTimes(1)
  },
}
