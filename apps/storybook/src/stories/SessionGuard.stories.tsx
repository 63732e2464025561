import { en, SessionGuard } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { DraftEditor } from '../support/DraftEditor'
import { mockSession } from '../support/mockSession'
import { QueryProvider } from '../support/QueryProvider'

/** The sign-in dialog waits this long after the last keystroke (and a little more for the test's own pace). */
const TYPING_PAUSE_MS = 1500 + 2500

const meta = {
  title: 'Components/SessionGuard',
  component: SessionGuard,
  args: { children: <DraftEditor /> },
  argTypes: { children: { control: false }, login: { control: false } },
  parameters: {
    // Each story mocks the same API differently: on a docs page, an iframe per story keeps their MSW
    // handlers apart (inline, they would share one page and answer each other's requests).
    docs: { story: { inline: false, height: '26rem' } },
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
    msw.use(...mockSession.handlers())
  },
} satisfies Meta<typeof SessionGuard>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The session expires while the user types: the draft's autosave fails with 401, and the sign-in dialog waits
 * until the typing stops, so no keystroke lands in it. It opens over the form (which stays mounted) with focus on
 * its heading, says that what was typed is kept, and after signing in the text is still there and saves.
 */
export const SessionExpiresWhileTyping: Story = {
  name: 'Session expires while typing',
  parameters: { statusKit: { login: { onLogin: mockSession.signIn } } },
  play: async ({ canvas, userEvent }) => {
    const textarea = canvas.getByRole('textbox', { name: 'Describe the problem' })
    await userEvent.type(textarea, 'The export to PDF stops at page 3.')
    const dialog = await canvas.findByRole(
      'dialog',
      { name: en.unauthorized.title },
      { timeout: TYPING_PAUSE_MS },
    )
    await expect(dialog).toHaveAccessibleDescription(en.unauthorized.dialogDescription)
    await waitFor(() =>
      expect(canvas.getByRole('heading', { level: 2, name: en.unauthorized.title })).toHaveFocus(),
    )
    await userEvent.click(canvas.getByRole('button', { name: en.unauthorized.signIn }))
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    await expect(textarea).toHaveValue('The export to PDF stops at page 3.')
    await userEvent.type(textarea, ' Every time.')
    await expect(await canvas.findByText('Draft saved.')).toBeVisible()
    await expect(textarea).toHaveValue('The export to PDF stops at page 3. Every time.')
  },
}

/**
 * With `login.refresh` (a refresh token, say), the guard renews the session silently first: no dialog, and the
 * draft saves once it is renewed.
 */
export const RenewedSilently: Story = {
  name: 'Renewed silently with refresh',
  args: {
    login: {
      onLogin: mockSession.signIn,
      refresh: fn(async () => {
        await mockSession.signIn()
        return true
      }),
    },
  },
  play: async ({ args, canvas, userEvent }) => {
    const textarea = canvas.getByRole('textbox', { name: 'Describe the problem' })
    await userEvent.type(textarea, 'Hello')
    await waitFor(() => expect(args.login?.refresh).toHaveBeenCalledTimes(1))
    await userEvent.type(textarea, ' again')
    await expect(await canvas.findByText('Draft saved.')).toBeVisible()
    await expect(canvas.queryByRole('dialog')).toBeNull()
  },
}
