import { en, NotFoundPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { responseError } from '../../support/responseError'

const meta = {
  title: 'Pages/404 Not Found',
  component: NotFoundPage,
  args: { error: await responseError(404), reset: fn() },
  argTypes: { error: { control: false } },
} satisfies Meta<typeof NotFoundPage>

export default meta
type Story = StoryObj<typeof meta>

export const PageNotFound: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.notFound.title })).toHaveFocus()
    await expect(canvas.getByText(en.notFound.description)).toBeVisible()
    await expect(canvas.getByRole('link', { name: en.common.goHome })).toHaveAttribute('href', '/')
  },
}

export const German: Story = {
  globals: { locale: 'de' },
}

/** Nested in a page (`headingLevel` 2): an alert with an `h2`, which does not take focus. */
export const Nested: Story = {
  args: { headingLevel: 2 },
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 2, name: en.notFound.title })
    await expect(heading).not.toHaveFocus()
    await expect(canvas.getByRole('alert')).toContainElement(heading)
  },
}
