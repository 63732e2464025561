import { en, NotFoundPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { HOME_HREF } from '../../support/exampleAppLinks'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'

const meta = {
  title: 'Pages/404 Not Found',
  component: NotFoundPage,
  args: { error: await responseError(404), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof NotFoundPage>

export default meta
type Story = StoryObj<typeof meta>

/** "Page not found", how to check the address, and a way home (the provider's `homeHref`) or back. */
export const PageNotFound: Story = {
  name: 'Page not found',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.notFound.title })).toHaveFocus()
    await expect(canvas.getByText(en.notFound.description)).toBeVisible()
    await expect(canvas.getByRole('link', { name: en.common.goHome })).toHaveAttribute('href', HOME_HREF)
  },
}

export const German: Story = {
  name: 'German',
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.notFound.title })).toHaveFocus()
    await expect(canvas.getByRole('link', { name: de.common.goHome })).toBeVisible()
  },
}

/**
 * Nested in a page (`headingLevel` 2): compact words about that part ("This part of the page couldn't load" and
 * the reason), announced once as an alert, with an `h2` that does not take focus.
 */
export const Nested: Story = {
  name: 'Nested in a page',
  args: { headingLevel: 2 },
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 2, name: en.common.partTitle })
    await expect(heading).not.toHaveFocus()
    await expect(canvas.getByRole('alert')).toContainElement(heading)
    await expect(canvas.getByRole('alert')).toHaveTextContent(en.notFound.reason)
    await expect(canvas.queryByText(en.notFound.title)).toBeNull()
  },
}
