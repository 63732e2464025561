import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { StatusReferenceTable } from './StatusReferenceTable'

const meta = {
  title: 'Reference/Status table',
  component: StatusReferenceTable,
} satisfies Meta<typeof StatusReferenceTable>

export default meta
type Story = StoryObj<typeof meta>

export const EveryRegisteredStatus: Story = {
  name: 'Every registered status',
  play: async ({ canvas }) => {
    const rows = within(canvas.getByRole('table')).getAllByRole('row')
    // The header row plus one row per IANA-registered code.
    await expect(rows).toHaveLength(1 + 61)
    await expect(canvas.getByRole('rowheader', { name: '429' })).toBeVisible()
    await expect(canvas.queryByRole('rowheader', { name: '418' })).toBeNull()
  },
}

/** The statuses a typical JSON API answers with, and the kit has a page or a state for. */
export const CommonApiStatuses: Story = {
  name: 'Common API statuses',
  args: {
    codes: [200, 400, 401, 403, 404, 405, 429, 500, 502, 503, 504],
    caption: 'Statuses a JSON API commonly returns',
  },
  play: async ({ canvas }) => {
    await expect(within(canvas.getByRole('table')).getAllByRole('row')).toHaveLength(1 + 11)
    await expect(
      canvas.getByText(
        'The server is currently unable to handle the request due to temporary overload or scheduled maintenance.',
      ),
    ).toBeVisible()
  },
}

export const ServerErrors: Story = {
  name: 'Server errors',
  args: { category: 'server-error', caption: 'Server errors (5xx)' },
}

export const Dark: Story = {
  name: 'Dark',
  args: CommonApiStatuses.args,
  globals: { theme: 'dark' },
}
