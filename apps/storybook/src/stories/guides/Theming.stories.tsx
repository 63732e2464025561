import { ServiceUnavailablePage } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn } from 'storybook/test'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { freezeClock } from '../../support/freezeClock'
import { pageArgTypes } from '../../support/pageArgTypes'
import { responseError } from '../../support/responseError'
import '../../support/brandTheme.css'

// The live examples of the theming guide (Guides/Theming): the same page with the kit's defaults and with an
// app's brand, set through --sk-* variables only.
const meta = {
  title: 'Guides/Theming',
  component: ServiceUnavailablePage,
  tags: ['!autodocs'],
  args: {
    error: await responseError(503, { retryAfter: new Date(FIXED_NOW + 2 * 3_600_000) }),
    reset: fn(),
  },
  argTypes: pageArgTypes,
  parameters: { docs: { story: { inline: false, height: '34rem' } } },
  beforeEach: freezeClock,
} satisfies Meta<typeof ServiceUnavailablePage>

export default meta
type Story = StoryObj<typeof meta>

export const Defaults: Story = {
  name: 'The defaults',
  play: async ({ canvas }) => {
    const heading = canvas.getByRole('heading', { level: 1 })
    await expect(getComputedStyle(heading).fontFamily).toMatch(/system-ui/)
  },
}

/** The brand's serif, a teal primary and accent, and pill-shaped buttons: nothing but variables changed. */
export const YourBrand: Story = {
  name: 'Your brand',
  decorators: [
    (Story) => (
      <div className="brand-theme">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas, canvasElement }) => {
    const heading = canvas.getByRole('heading', { level: 1 })
    await expect(getComputedStyle(heading).fontFamily).toMatch(/DejaVu Serif/)
    const stop = getComputedStyle(canvas.getByRole('button', { name: /automatically/ }))
    await expect(stop.borderTopLeftRadius).toBe('999px')
    // The maintenance accent is the brand's primary colour now, in either theme.
    const probe = document.createElement('span')
    probe.style.color = 'var(--sk-color-primary)'
    canvasElement.querySelector('.brand-theme')?.append(probe)
    const brand = getComputedStyle(probe).color
    probe.remove()
    const timing = canvasElement.querySelector('.sk-timing') as Element
    await expect(getComputedStyle(timing).borderInlineStartColor).toBe(brand)
    await expect(brand).not.toBe(getComputedStyle(document.body).color)
  },
}
