import { en, ForbiddenPage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { HOME_HREF } from '../../support/exampleAppLinks'
import { fill } from '../../support/fill'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/403 Forbidden',
  component: ForbiddenPage,
  args: { error: await responseError(403), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof ForbiddenPage>

export default meta
type Story = StoryObj<typeof meta>

/** No "Try again": the same credentials would be refused again (RFC 9110). A way home and a way back instead. */
export const NoAccess: Story = {
  name: 'No access',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.forbidden.title })).toHaveFocus()
    await expect(canvas.getByRole('link', { name: en.common.goHome })).toHaveAttribute('href', HOME_HREF)
    await expect(canvas.getByRole('button', { name: en.common.goBack })).toBeVisible()
    await expect(canvas.queryByRole('button', { name: en.common.tryAgain })).toBeNull()
  },
}

/**
 * Problem details with extension members: the server's own title and detail appear as text (4xx only), and its
 * `traceId` member becomes the reference line for support. Other members (`requiredRole`) are the app's to use.
 */
export const WithExtensionMembers: Story = {
  name: 'With extension members',
  args: {
    error: await responseError(403, {
      problem: {
        type: 'https://api.example.com/problems/not-a-member',
        title: 'This project is private',
        detail: 'Only members of the Orbit team can open it.',
        extensions: { requiredRole: 'team-member', traceId: 'req_7f3a9c2e' },
      },
    }),
  },
  play: async ({ args, canvas }) => {
    await expect(args.error.problem?.extensions.requiredRole).toBe('team-member')
    await expect(canvas.getByText('This project is private')).toBeVisible()
    await expect(canvas.getByText('Only members of the Orbit team can open it.')).toBeVisible()
    await expect(canvas.getByText(`${fill(en.common.statusCode, { code: 403 })}`, VISIBLE_TEXT)).toBeVisible()
    await expect(
      canvas.getByText(fill(en.common.reference, { reference: 'req_7f3a9c2e' }), VISIBLE_TEXT),
    ).toBeVisible()
  },
}
