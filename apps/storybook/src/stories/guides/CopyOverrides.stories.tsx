import { fr } from '@statuskit/react/locales/fr'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'
import { CopyOverrideExample } from '../../support/CopyOverrideExample'
import { FIXED_NOW } from '../../support/FIXED_NOW'
import { freezeClock } from '../../support/freezeClock'
import { responseError } from '../../support/responseError'

// The live example of the copy guide (Guides/Changing the words). Change the fields in the controls.
const meta = {
  title: 'Guides/Changing the words',
  component: CopyOverrideExample,
  tags: ['!autodocs'],
  args: {
    locale: 'en-GB',
    heading: 'Orbit is down for planned maintenance',
    when: 'Orbit is back at {when}.',
    tryAgain: 'Check again',
    error: await responseError(503, { retryAfter: new Date(FIXED_NOW + 2 * 3_600_000) }),
  },
  argTypes: {
    locale: {
      control: 'select',
      options: ['en-GB', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG'],
    },
    heading: { control: 'text' },
    when: { control: 'text' },
    tryAgain: { control: 'text' },
    error: { control: false },
  },
  beforeEach: freezeClock,
} satisfies Meta<typeof CopyOverrideExample>

export default meta
type Story = StoryObj<typeof meta>

/** Three strings of the English page replaced; `{when}` is filled with the server's time. */
export const YourWords: Story = {
  name: 'Your words',
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Orbit is down for planned maintenance' }),
    ).toBeVisible()
    await expect(canvas.getByText('Orbit is back at 16:30.')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Check again' })).toBeVisible()
  },
}

/** French, with only the heading replaced: every other string is the French locale's own. */
export const FrenchWithYourHeading: Story = {
  name: 'French, with your heading',
  args: { locale: 'fr-FR', heading: 'Orbit est en maintenance', when: '', tryAgain: '' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: 'Orbit est en maintenance' })).toBeVisible()
    await expect(canvas.getByRole('button', { name: fr.common.tryAgain })).toBeVisible()
    await expect(canvas.getByText(fr.serviceUnavailable.automatic)).toBeVisible()
  },
}
