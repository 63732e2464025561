import { en, SessionGuard } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, waitFor, within } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { LOGIN_HREF } from '../support/exampleAppLinks'
import { mockSession } from '../support/mockSession'
import { Orders } from '../support/Orders'
import { QueryProvider } from '../support/QueryProvider'

/** A sign-in that takes its time, so the "Signing in…" state can be seen (and screenshotted). */
const slowSignIn = () => new Promise<void>(() => {})

// The dialog `<SessionGuard>` opens when a request answers 401. Here the orders' query fails with 401 as the page
// loads, so the dialog opens at once (nobody is typing); the page under it stays mounted and inert.
const meta = {
  title: 'Components/Sign-in dialog',
  component: SessionGuard,
  args: { children: <Orders /> },
  argTypes: { children: { control: false }, login: { control: false } },
  parameters: {
    docs: { story: { inline: false, height: '30rem' } },
  },
  decorators: [
    (Story) => (
      <QueryProvider>
        <DemoApp>
          <h1>Your orders</h1>
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
 * Focus goes to the dialog's heading, never to an action, so a keystroke meant for the page cannot sign in. After
 * signing in, the query that failed with 401 fetches again and the orders appear.
 */
export const OpensOverThePage: Story = {
  name: 'Opens over the page',
  parameters: { statusKit: { login: { onLogin: mockSession.signIn } } },
  play: async ({ canvas, userEvent }) => {
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    await expect(dialog).toHaveAttribute('aria-modal', 'true')
    await expect(dialog).toHaveAccessibleDescription(en.unauthorized.dialogDescription)
    await waitFor(() =>
      expect(within(dialog).getByRole('heading', { level: 2, name: en.unauthorized.title })).toHaveFocus(),
    )
    // The page underneath stays mounted, out of reach of the keyboard.
    await expect(canvas.getByText('Loading your orders…').closest('[inert]')).not.toBeNull()
    await userEvent.click(within(dialog).getByRole('button', { name: en.unauthorized.signIn }))
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    await expect(canvas.queryByRole('dialog')).toBeNull()
  },
}

/** While `login.onLogin` runs: "Signing in…" in the line kept for it under the button, which stays focusable. */
export const SigningIn: Story = {
  name: 'Signing in',
  parameters: { statusKit: { login: { onLogin: slowSignIn } } },
  play: async ({ canvas, userEvent }) => {
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    const button = within(dialog).getByRole('button', { name: en.unauthorized.signIn })
    await userEvent.click(button)
    await expect(await within(dialog).findByText(en.unauthorized.signingIn)).toBeVisible()
    await expect(button).toHaveAttribute('aria-busy', 'true')
    await expect(button).toHaveAttribute('aria-disabled', 'true')
  },
}

/** `onLogin` rejected (the popup was closed): the dialog says so and "Sign in" works again. */
export const SignInFailed: Story = {
  name: 'Sign-in failed',
  parameters: { statusKit: { login: { onLogin: () => Promise.reject(new Error('Popup closed')) } } },
  play: async ({ canvas, userEvent }) => {
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    await userEvent.click(within(dialog).getByRole('button', { name: en.unauthorized.signIn }))
    await expect(await within(dialog).findByText(en.unauthorized.signInFailed)).toBeVisible()
    await expect(within(dialog).getByRole('button', { name: en.unauthorized.signIn })).not.toHaveAttribute(
      'aria-busy',
    )
  },
}

/** With `login: { href }`: a link to the login page (the example app's), with the way back in `returnTo`. */
export const WithLoginPage: Story = {
  name: 'With a login page',
  parameters: { statusKit: { login: { href: LOGIN_HREF } } },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: en.unauthorized.title })
    const link = within(dialog).getByRole('link', { name: en.unauthorized.signIn })
    await expect(link.getAttribute('href')).toContain('id=example-app-pages--sign-in-page')
    await waitFor(() => expect(link.getAttribute('href')).toContain('returnTo='))
  },
}

export const German: Story = {
  name: 'German',
  parameters: { statusKit: { login: { onLogin: mockSession.signIn } } },
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    const dialog = await canvas.findByRole('dialog', { name: de.unauthorized.title })
    await expect(dialog).toHaveAccessibleDescription(de.unauthorized.dialogDescription)
    await expect(within(dialog).getByRole('button', { name: de.unauthorized.signIn })).toBeVisible()
  },
}
