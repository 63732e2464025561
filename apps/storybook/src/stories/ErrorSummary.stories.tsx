import { createStatusResponse } from '@statuskit/core'
import { ErrorSummary, en } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { http } from 'msw'
import { expect, waitFor, within } from 'storybook/test'
import { CheckoutForm } from '../support/CheckoutForm'
import { DemoApp } from '../support/DemoApp'

const FIELD_ERRORS = [
  { pointer: '#/email', detail: 'Enter an email address in the correct format, like name@example.com' },
  { pointer: '#/delivery/date', detail: 'Choose a delivery date in the future' },
]

// The "There is a problem" summary of a form the server refused (after GOV.UK's error summary), in a checkout form
// whose submission answers 422 with RFC 9457 field errors.
const meta = {
  title: 'Components/ErrorSummary',
  component: ErrorSummary,
  args: { error: undefined },
  argTypes: {
    error: { control: false },
    fieldId: { control: false },
    title: { control: 'text' },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
  parameters: { docs: { story: { inline: false, height: '34rem' } } },
  render: () => (
    <DemoApp>
      <CheckoutForm />
    </DemoApp>
  ),
  beforeEach: ({ msw }) => {
    msw.use(
      http.post('/api/checkout', () =>
        createStatusResponse(422, {
          problem: { title: 'Check your delivery details', extensions: { errors: FIELD_ERRORS } },
        }),
      ),
    )
  },
} satisfies Meta<typeof ErrorSummary>

export default meta
type Story = StoryObj<typeof meta>

/**
 * After "Place order": the summary takes focus (keyboard and screen reader users hear it at once), lists each
 * field's message as a link, and a link moves focus to its field, where the same message stands beside it. What
 * was typed is still there.
 */
export const WithAForm: Story = {
  name: 'With a form',
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Place order' }))
    const summary = await canvas.findByRole('alert')
    await waitFor(() => expect(summary).toHaveFocus())
    await expect(
      within(summary).getByRole('heading', { level: 3, name: en.badRequest.summaryTitle }),
    ).toBeVisible()
    const links = within(summary).getAllByRole('link')
    await expect(links.map((link) => link.textContent)).toEqual(FIELD_ERRORS.map((error) => error.detail))
    await userEvent.click(within(summary).getByRole('link', { name: FIELD_ERRORS[1]?.detail }))
    const date = canvas.getByLabelText('Delivery date')
    await expect(date).toHaveFocus()
    await expect(date).toHaveAccessibleDescription(FIELD_ERRORS[1]?.detail ?? '')
    await expect(canvas.getByLabelText('Email address')).toHaveValue('sam@example')
  },
}
