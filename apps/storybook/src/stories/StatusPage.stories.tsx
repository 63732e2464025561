import { en, StatusPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { HOME_HREF } from '../support/exampleAppLinks'
import { fill } from '../support/fill'
import { responseError } from '../support/responseError'
import { VISIBLE_TEXT } from '../support/VISIBLE_TEXT'

// The page for one status, standalone: for routes and `not-found.tsx`. Change `code` in the controls.
const meta = {
  title: 'Components/StatusPage',
  component: StatusPage,
  args: { code: 404, reset: fn() },
  argTypes: {
    code: { control: 'number' },
    title: { control: 'text' },
    description: { control: 'text' },
    headingLevel: { control: 'inline-radio', options: [1, 2, 3, 4, 5, 6] },
    error: { control: false },
    actions: { control: false },
    reset: { control: false },
  },
} satisfies Meta<typeof StatusPage>

export default meta
type Story = StoryObj<typeof meta>

export const ByCode: Story = {
  name: 'By code',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.notFound.title })).toBeVisible()
  },
}

/** 409 has no page of its own: it gets its class's page (4xx: the bad-request page). */
export const UnregisteredCodeGetsItsClassPage: Story = {
  name: 'Unregistered code gets its class page',
  args: { code: 409 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.badRequest.title })).toBeVisible()
  },
}

/** Nonsense (999) gets the generic page, never a crash. */
export const NonsenseCodeGetsTheGenericPage: Story = {
  name: 'Nonsense code gets the generic page',
  args: { code: 999 },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.generic.title })).toBeVisible()
  },
}

/** With an `error`, its details are used: here the reference from a `traceId` problem member. */
export const WithError: Story = {
  name: 'With an error',
  args: {
    code: undefined,
    error: await responseError(500, { problem: { extensions: { traceId: 'trace_0af3' } } }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(`${fill(en.common.statusCode, { code: 500 })}`, VISIBLE_TEXT)).toBeVisible()
    await expect(
      canvas.getByText(fill(en.common.reference, { reference: 'trace_0af3' }), VISIBLE_TEXT),
    ).toBeVisible()
  },
}

/** Overrides of the words and actions, for a route that knows more than the kit. */
export const WithOverrides: Story = {
  name: 'With overrides',
  args: {
    code: 404,
    title: 'This order does not exist',
    description: 'Check the order number in your confirmation email.',
    actions: (
      <a className="sk-link" href={HOME_HREF}>
        See all your orders
      </a>
    ),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'This order does not exist' })).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'See all your orders' })).toBeVisible()
  },
}
