import { en, UnauthorizedPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { LOGIN_HREF } from '../../support/exampleAppLinks'
import { fill } from '../../support/fill'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/401 Unauthorized',
  component: UnauthorizedPage,
  args: { error: await responseError(401), reset: fn() },
  argTypes: pageArgTypes,
  parameters: { statusKit: { login: { href: LOGIN_HREF } } },
} satisfies Meta<typeof UnauthorizedPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * With the provider's `login: { href }` (here the example app's sign-in page): a "Sign in" link that brings the
 * user back to this very address afterwards (`returnTo`, a validated same-origin path).
 */
export const SignInLink: Story = {
  name: 'Sign-in link',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.unauthorized.title })).toHaveFocus()
    const link = canvas.getByRole('link', { name: en.unauthorized.signIn })
    const returnTo = encodeURIComponent(`${location.pathname}${location.search}${location.hash}`)
    await waitFor(() => expect(link.getAttribute('href')).toContain(`returnTo=${returnTo}`))
    await expect(link.getAttribute('href')).toContain('id=example-app-pages--sign-in-page')
    await expect(canvas.getByText(fill(en.common.statusCode, { code: 401 }), VISIBLE_TEXT)).toBeVisible()
  },
}

/**
 * With `login: { onLogin }`: a button that awaits it ("Signing in…" under the actions meanwhile, in the space kept
 * for it), then resets the boundary so the data loads again.
 */
export const SignInInPlace: Story = {
  name: 'Sign in in place',
  parameters: { statusKit: { login: { onLogin: () => new Promise<void>((done) => setTimeout(done, 300)) } } },
  play: async ({ args, canvas, userEvent }) => {
    const signIn = canvas.getByRole('button', { name: en.unauthorized.signIn })
    await userEvent.click(signIn)
    await expect(await canvas.findByText(en.unauthorized.signingIn)).toBeVisible()
    await expect(signIn).toHaveAttribute('aria-busy', 'true')
    await waitFor(() => expect(args.reset).toHaveBeenCalledTimes(1))
  },
}

/** `onLogin` rejected: the page says the user was not signed in, and "Sign in" works again. */
export const SignInFailed: Story = {
  name: 'Sign-in failed',
  parameters: { statusKit: { login: { onLogin: () => Promise.reject(new Error('Popup closed')) } } },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.unauthorized.signIn }))
    await expect(await canvas.findByText(en.unauthorized.signInFailed)).toBeVisible()
    await expect(canvas.getByRole('button', { name: en.unauthorized.signIn })).not.toHaveAttribute(
      'aria-busy',
    )
    await expect(args.reset).not.toHaveBeenCalled()
  },
}

export const Dark: Story = {
  name: 'Dark',
  globals: { theme: 'dark' },
}

export const German: Story = {
  name: 'German',
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.unauthorized.title })).toBeVisible()
    await expect(canvas.getByRole('link', { name: de.unauthorized.signIn })).toBeVisible()
  },
}
