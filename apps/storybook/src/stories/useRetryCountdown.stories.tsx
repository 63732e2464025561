import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { CompactCountdown } from '../support/CompactCountdown'
import { DemoApp } from '../support/DemoApp'

// `useRetryCountdown(retryAt, { onDone })`, the hook behind the 429 and 503 pages, in an app's own component.
const meta = {
  title: 'Components/useRetryCountdown',
  component: CompactCountdown,
  args: { seconds: 2, onDone: fn() },
  decorators: [
    (Story) => (
      <DemoApp>
        <Story />
      </DemoApp>
    ),
  ],
} satisfies Meta<typeof CompactCountdown>

export default meta
type Story = StoryObj<typeof meta>

/** Counts down one second per second and calls `onDone` once at zero. */
export const CountsDownToZero: Story = {
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('timer')).toHaveTextContent('2 s')
    await expect(canvas.getByRole('button', { name: 'Send the code again' })).toBeDisabled()
    await waitFor(() => expect(args.onDone).toHaveBeenCalledTimes(1), { timeout: 5000 })
    await expect(canvas.getByText('You can send the code again.')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Send the code again' })).toBeEnabled()
  },
}

/** Paused, the time left stands still and `onDone` does not fire. */
export const Paused: Story = {
  args: { seconds: 1 },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }))
    await expect(canvas.getByText(/\(paused\)/)).toBeVisible()
    await new Promise((done) => setTimeout(done, 1200))
    await expect(args.onDone).not.toHaveBeenCalled()
    await expect(canvas.getByRole('timer')).toHaveTextContent('1 s')
  },
}
