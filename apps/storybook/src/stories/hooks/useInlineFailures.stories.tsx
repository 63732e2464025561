import { createStatusResponse } from '@statuskit/core'
import { en } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { HttpResponse, http } from 'msw'
import { expect, waitFor, within } from 'storybook/test'
import { DemoApp } from '../../support/DemoApp'
import { fill } from '../../support/fill'
import { freezeClock } from '../../support/freezeClock'
import { ORDERS } from '../../support/Order'
import { OrdersWithFailures } from '../../support/OrdersWithFailures'
import { Outage } from '../../support/Outage'
import { QueryProvider } from '../../support/QueryProvider'

/** The mock API's outage: it starts during the play function, after the orders have loaded. */
const outage = new Outage()

const hookDocs = `
\`useInlineFailures()\` lists the failures of the QueryClient that belong inline, not on a page: saves that failed
(mutations) and background refreshes that failed while their data stays on screen. Failures of queries without
data go to a \`<StatusBoundary>\`, and 401s that a \`<SessionGuard>\` took on go to its dialog.

Each failure has a stable \`key\`, its \`source\` (\`mutation\` or \`refetch\`), the normalized \`error\`, the
\`message\` in the provider's language (the words of \`<StatusNotice>\`), \`retry\` and \`retryLabel\` when trying
again can help, \`retryAt\` for 429 and 503, and \`dismiss\`. Render them as notices, or hand them to the toast
library you use:

\`\`\`tsx
const failures = useInlineFailures()
useEffect(() => {
  for (const failure of failures) {
    toast.error(failure.message, {
      id: failure.key,
      action: failure.retry && { label: failure.retryLabel, onClick: failure.retry },
      onDismiss: failure.dismiss,
    })
  }
}, [failures])
\`\`\`

The story renders them in an app's own list above a real \`useQuery\` and \`useMutation\` (MSW answers the
requests). The clock stands still at 14:30 UTC.
`

const meta = {
  title: 'Hooks/useInlineFailures',
  component: OrdersWithFailures,
  args: { outage },
  argTypes: { outage: { control: false } },
  parameters: {
    docs: { description: { component: hookDocs }, story: { inline: false, height: '30rem' } },
  },
  decorators: [
    (Story) => (
      <QueryProvider>
        <DemoApp>
          <Story />
        </DemoApp>
      </QueryProvider>
    ),
  ],
  beforeEach: ({ msw }) => {
    outage.end()
    msw.use(
      http.get('/api/orders', () => (outage.down ? createStatusResponse(503) : HttpResponse.json(ORDERS))),
      http.post('/api/orders/:id/archive', () =>
        outage.down ? createStatusResponse(500) : HttpResponse.json({ archived: true }),
      ),
    )
    return freezeClock()
  },
} satisfies Meta<typeof OrdersWithFailures>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The API goes down after the orders loaded. "Refresh" fails: the orders stay, and the list says they are from
 * 14:30. "Archive" fails: the list says the change is not saved. "Try again" on each recovers.
 */
export const RefreshAndArchiveFail: Story = {
  name: 'A failed refresh and a failed archive',
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    outage.begin()
    await userEvent.click(canvas.getByRole('button', { name: 'Refresh' }))
    const problems = canvas.getByRole('list', { name: 'Problems' })
    await expect(
      await within(problems).findByText(fill(en.notice.notRefreshed, { time: '14:30' })),
    ).toBeVisible()
    // The data stays on screen.
    await expect(canvas.getByText(/Walnut desk/)).toBeVisible()

    await userEvent.click(canvas.getByRole('button', { name: 'Archive order #1001' }))
    await expect(
      await within(problems).findByText(`${en.serverError.reason} ${en.notice.notSaved}`),
    ).toBeVisible()
    await expect(within(problems).getAllByRole('listitem')).toHaveLength(2)

    const archiveFailure = within(problems)
      .getByText(/not saved/)
      .closest('li') as HTMLElement
    await userEvent.click(within(archiveFailure).getByRole('button', { name: en.common.tryAgain }))
    await expect(await canvas.findByText('Order #1001 archived.')).toBeVisible()
    const refreshFailure = within(problems)
      .getByText(/refresh/)
      .closest('li') as HTMLElement
    await userEvent.click(within(refreshFailure).getByRole('button', { name: en.common.tryAgain }))
    await waitFor(() => expect(within(problems).queryAllByRole('listitem')).toHaveLength(0))
  },
}
