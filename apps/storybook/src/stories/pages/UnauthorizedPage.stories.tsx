import { en, UnauthorizedPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { fill } from '../../support/fill'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/401 Unauthorized',
  component: UnauthorizedPage,
  args: { error: await responseError(401), reset: fn() },
  argTypes: { error: { control: false } },
  parameters: { statusKit: { login: { href: '/login' } } },
} satisfies Meta<typeof UnauthorizedPage>

export default meta
type Story = StoryObj<typeof meta>

/**
 * With the provider's `login: { href: '/login' }`: a "Sign in" link that brings the user back to this very
 * address afterwards (`returnTo`, a validated same-origin path).
 */
export const SignInLink: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.unauthorized.title })).toHaveFocus()
    const link = canvas.getByRole('link', { name: en.unauthorized.signIn })
    await waitFor(() => expect(link.getAttribute('href')).toMatch(/^\/login\?returnTo=%2F/))
    await expect(canvas.getByText(fill(en.common.statusCode, { code: 401 }), VISIBLE_TEXT)).toBeVisible()
  },
}

/** With `login: { onLogin }`: a button that awaits it, then resets the boundary so the data loads again. */
export const SignInInPlace: Story = {
  parameters: { statusKit: { login: { onLogin: () => new Promise<void>((done) => setTimeout(done, 50)) } } },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: en.unauthorized.signIn }))
    await waitFor(() => expect(args.reset).toHaveBeenCalledTimes(1))
  },
}

export const Dark: Story = {
  globals: { theme: 'dark' },
}

export const German: Story = {
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.unauthorized.title })).toBeVisible()
    await expect(canvas.getByRole('link', { name: de.unauthorized.signIn })).toBeVisible()
  },
}
