import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { CompactCountdown } from '../support/CompactCountdown'
import { DemoApp } from '../support/DemoApp'

const hookDocs = `
\`useRetryCountdown(retryAt, options?)\` is the countdown behind the 429 and 503 pages, for your own components:
a "Send the code again in 30 s" button, a rate-limited form, a toast.

\`\`\`ts
import { useRetryCountdown } from '@statuskit/react'

const countdown = useRetryCountdown(error.retryAt, { onDone: () => refetch() })
\`\`\`

- **\`retryAt\`**: the deadline in epoch milliseconds (a \`StatusError\`'s \`retryAt\`, from Retry-After). A new value
  starts a new countdown; \`undefined\` means there is nothing to wait for (\`state\` is \`done\`).
- **\`options.onDone\`**: called once when the deadline passes; never while paused, never without \`retryAt\`. The
  latest function is used, so it need not be memoized.

It returns \`{ state, remainingMs, seconds, deadline, totalMs, pause, resume }\`: \`state\` is \`counting\`,
\`paused\` or \`done\`; \`seconds\` is the whole seconds left, rounded up, for display; \`pause()\` keeps the time left
and stops \`onDone\` (WCAG 2.2.2), \`resume()\` continues from it.

It reads the clock on every tick, so it stays right after the browser stalled its timers (a background tab, a
sleeping laptop); it keeps one timer at a time, scheduled on whole-second boundaries, and clears it on unmount
(safe in StrictMode). Render the time in an element with \`role="timer"\`, which screen readers do not announce
on every change.

The stories below use it in \`CompactCountdown\`, an app's own component (its props are in the table).
`

const meta = {
  title: 'Hooks/useRetryCountdown',
  component: CompactCountdown,
  args: { seconds: 2, onDone: fn() },
  argTypes: { seconds: { control: { type: 'number', min: 1, max: 600 } }, onDone: { control: false } },
  parameters: { docs: { description: { component: hookDocs } } },
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
  name: 'Counts down to zero',
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
  name: 'Paused',
  args: { seconds: 1 },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Pause' }))
    await expect(canvas.getByText(/\(paused\)/)).toBeVisible()
    await new Promise((done) => setTimeout(done, 1200))
    await expect(args.onDone).not.toHaveBeenCalled()
    await expect(canvas.getByRole('timer')).toHaveTextContent('1 s')
  },
}
