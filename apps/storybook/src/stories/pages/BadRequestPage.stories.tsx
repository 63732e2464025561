import { BadRequestPage, en } from '@statuskit/react'
import { ar } from '@statuskit/react/locales/ar'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, within } from 'storybook/test'
import { HOME_HREF } from '../../support/exampleAppLinks'
import { fill } from '../../support/fill'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import { VISIBLE_TEXT } from '../../support/VISIBLE_TEXT'

const meta = {
  title: 'Pages/400 Bad Request',
  component: BadRequestPage,
  args: { error: await responseError(400), reset: fn() },
  argTypes: pageArgTypes,
} satisfies Meta<typeof BadRequestPage>

export default meta
type Story = StoryObj<typeof meta>

/** A request the server could not process, opened as a page (a bad link): plain words and a way back. */
export const BadLink: Story = {
  name: 'Bad link',
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: en.badRequest.title })).toHaveFocus()
    await expect(canvas.getByRole('button', { name: en.common.goBack })).toBeVisible()
    await expect(canvas.getByRole('link', { name: en.common.goHome })).toHaveAttribute('href', HOME_HREF)
    await expect(canvas.getByText(fill(en.common.statusCode, { code: 400 }), VISIBLE_TEXT)).toBeVisible()
  },
}

/**
 * RFC 9457 problem details with an `errors` member: each field's message is listed as text under a summary, in
 * the server's human words and never with its machine key (`delivery.date`).
 */
export const FieldErrors: Story = {
  name: 'Field errors',
  args: {
    error: await responseError(400, {
      problem: {
        detail: 'Two fields need attention.',
        extensions: {
          errors: [
            {
              pointer: '#/email',
              detail: 'Enter an email address in the correct format, like name@example.com',
            },
            { pointer: '#/delivery/date', detail: 'Choose a delivery date in the future' },
          ],
        },
      },
    }),
  },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByText('Two fields need attention.')).toBeVisible()
    await expect(canvas.getByRole('heading', { level: 2, name: en.badRequest.summaryTitle })).toBeVisible()
    const items = within(canvas.getByRole('list')).getAllByRole('listitem')
    await expect(items.map((item) => item.textContent)).toEqual([
      'Enter an email address in the correct format, like name@example.com',
      'Choose a delivery date in the future',
    ])
    await expect(canvasElement).not.toHaveTextContent(/delivery\.date|email:/)
  },
}

/** The other common shape, `invalid-params` (RFC 7807), with the reasons a server writes for people. */
export const InvalidParams: Story = {
  name: 'Invalid params',
  args: {
    error: await responseError(400, {
      problem: {
        title: 'Your request parameters didn’t validate.',
        extensions: {
          'invalid-params': [
            { name: 'age', reason: 'Enter your age as a whole number, like 42' },
            { name: 'color', reason: 'Choose green, red or blue' },
          ],
        },
      },
    }),
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Your request parameters didn’t validate.')).toBeVisible()
    const items = within(canvas.getByRole('list')).getAllByRole('listitem')
    await expect(items.map((item) => item.textContent)).toEqual([
      'Enter your age as a whole number, like 42',
      'Choose green, red or blue',
    ])
  },
}

/** Server text is only ever text: markup in `detail` is shown as written, never parsed into elements. */
export const ServerMarkupStaysText: Story = {
  name: 'Server markup stays text',
  args: { error: await responseError(400, { problem: { detail: '<img src=x onerror=alert(1)>' } }) },
  play: async ({ canvasElement, canvas }) => {
    await expect(canvas.getByText('<img src=x onerror=alert(1)>')).toBeVisible()
    await expect(canvasElement.querySelector('img')).toBeNull()
  },
}

export const German: Story = {
  name: 'German',
  args: FieldErrors.args,
  globals: { locale: 'de' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.badRequest.title })).toBeVisible()
    await expect(canvas.getByRole('heading', { level: 2, name: de.badRequest.summaryTitle })).toBeVisible()
  },
}

/**
 * Arabic, right to left (`dir="rtl"` on `<html>`): the server's box keeps its border and the list its indent at
 * the start of the line, which is now the right.
 */
export const Arabic: Story = {
  name: 'Arabic, right to left',
  args: FieldErrors.args,
  globals: { locale: 'ar' },
  play: async ({ canvas, canvasElement }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: ar.badRequest.title })).toHaveFocus()
    await expect(canvas.getByRole('heading', { level: 2, name: ar.badRequest.summaryTitle })).toBeVisible()
    await expect(document.documentElement).toHaveAttribute('dir', 'rtl')
    const box = getComputedStyle(canvasElement.querySelector('.sk-server-message') as Element)
    await expect([box.borderRightWidth, box.borderLeftWidth]).toEqual(['4px', '0px'])
    const list = getComputedStyle(canvas.getByRole('list'))
    await expect([list.paddingRight, list.paddingLeft]).toEqual(['20px', '0px'])
  },
}
