import { createStatusResponse } from '@statuskit/core'
import { en, SessionGuard } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { HttpResponse, http } from 'msw'
import { expect, waitFor } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { DraftEditor } from '../support/DraftEditor'
import { QueryProvider } from '../support/QueryProvider'

// The mock API's session: it ends when the story starts and begins again when the user signs in.
const session = { signedIn: false }

async function signIn(): Promise<void> {
  await new Promise((done) => setTimeout(done, 50))
  session.signedIn = true
}

const meta = {
  title: 'Components/SessionGuard',
  component: SessionGuard,
  args: { children: <DraftEditor /> },
  argTypes: { children: { control: false } },
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
    session.signedIn = false
    msw.use(
      http.post('/api/drafts', () =>
        session.signedIn ? HttpResponse.json({ saved: true }) : createStatusResponse(401),
      ),
    )
  },
} satisfies Meta<typeof SessionGuard>

export default meta
type Story = StoryObj<typeof meta>

/**
 * The session expires while the user types: the draft's autosave fails with 401, a sign-in dialog opens over
 * the form (which stays mounted), and after signing in the typed text is still there and saves.
 */
export const SessionExpiresWhileTyping: Story = {
  parameters: { statusKit: { login: { onLogin: signIn } } },
  play: async ({ canvas, userEvent }) => {
    const textarea = canvas.getByRole('textbox', { name: 'Describe the problem' })
    await userEvent.type(textarea, 'The export to PDF stops at page 3.')
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement))
    await userEvent.click(canvas.getByRole('button', { name: en.unauthorized.signIn }))
    await waitFor(() => expect(canvas.queryByRole('dialog')).toBeNull())
    await expect(textarea).toHaveValue('The export to PDF stops at page 3.')
    await userEvent.type(textarea, ' Every time.')
    await expect(await canvas.findByText('Draft saved.')).toBeVisible()
    await expect(textarea).toHaveValue('The export to PDF stops at page 3. Every time.')
  },
}

/** With `login.href`, the dialog links to the login page with a safe `returnTo` instead. */
export const WithLoginPage: Story = {
  parameters: { statusKit: { login: { href: '/login' } } },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox', { name: 'Describe the problem' }), 'Hello')
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    await waitFor(() =>
      expect(dialog.querySelector('a')?.getAttribute('href')).toMatch(/^\/login\?returnTo=%2F/),
    )
  },
}
