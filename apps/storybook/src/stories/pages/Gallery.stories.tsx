import { toStatusError } from '@statuskit/core'
import { en } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { freezeClock } from '../../support/freezeClock'
import { PageGallery } from '../../support/PageGallery'
import { responseError } from '../../support/responseError'

const HOUR = 3_600_000

// One page of each kind, side by side: the words, the mark and the accent of each family. (Every state of each
// page has its own stories; the Introduction shows them all in pictures.) The clock stands still at 14:30 UTC.
const meta = {
  title: 'Pages/Gallery',
  component: PageGallery,
  tags: ['!autodocs'],
  args: {
    items: [
      { label: '400 · a bad link', error: await responseError(400) },
      { label: '401 · signed out', error: await responseError(401) },
      { label: '403 · no access', error: await responseError(403) },
      { label: '404 · not found', error: await responseError(404) },
      { label: '429 · too many requests', error: await responseError(429, { retryAfter: 120 }) },
      {
        label: '500 · a server problem',
        error: await responseError(500, { headers: { 'X-Request-Id': 'req_5c1d0e77' } }),
      },
      {
        label: '503 · maintenance',
        error: await responseError(503, { retryAfter: new Date(FIXED_NOW + 2 * HOUR) }),
      },
      {
        label: 'Network · the service cannot be reached',
        error: toStatusError(new TypeError('Failed to fetch')),
      },
      {
        label: 'Timeout',
        error: toStatusError(new DOMException('signal timed out', 'TimeoutError')),
      },
      { label: 'Unknown · a bug', error: toStatusError(new RangeError('Invalid array length')) },
    ],
  },
  argTypes: { items: { control: false } },
  parameters: { focusWithoutScrolling: true },
  beforeEach: freezeClock,
} satisfies Meta<typeof PageGallery>

export default meta
type Story = StoryObj<typeof meta>

export const EveryPage: Story = {
  name: 'Every page',
  play: async ({ canvas }) => {
    const titles = canvas.getAllByRole('heading', { level: 1 }).map((heading) => heading.textContent)
    await expect(titles).toEqual([
      en.badRequest.title,
      en.unauthorized.title,
      en.forbidden.title,
      en.notFound.title,
      en.rateLimited.title,
      en.serverError.title,
      en.serviceUnavailable.title,
      en.unreachable.title,
      en.timeout.title,
      en.generic.title,
    ])
    // Each family draws its own mark.
    const variants = Array.from(canvas.getAllByRole('region'), (page) => page.getAttribute('data-variant'))
    await expect(new Set(variants).size).toBe(10)
  },
}
