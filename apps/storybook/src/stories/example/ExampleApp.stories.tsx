import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { ExampleHome } from '../../support/ExampleHome'
import { ExampleSignInPage } from '../../support/ExampleSignInPage'

// The pages the kit's links lead to in this Storybook ("Go to the home page", "Sign in" with `login.href`), so
// that no link ends on a server's "Not Found". They belong to the example app, not to the kit.
const meta = {
  title: 'Example app/Pages',
  tags: ['!autodocs'],
} satisfies Meta

export default meta
type Story = StoryObj<typeof meta>

export const Home: Story = {
  name: 'Home',
  render: () => <ExampleHome />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Welcome back' })).toBeVisible()
  },
}

/** Where `login: { href }` leads: after "Sign in", back to the page in `returnTo` (the home page without one). */
export const SignInPage: Story = {
  name: 'Sign-in page',
  render: () => <ExampleSignInPage />,
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Sign in to Orbit' })).toBeVisible()
    await expect(canvas.getByLabelText('Email address')).toHaveValue('sam@example.com')
    // No returnTo in this story's address: the way back is the example app's home.
    await expect(canvas.getByText(/id=example-app-pages--home/)).toBeVisible()
  },
}
