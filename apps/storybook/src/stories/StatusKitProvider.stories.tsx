import { StatusKitProvider, StatusPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect } from 'storybook/test'

// Settings for every statuskit component below it. (The toolbar's locale switch uses a provider too; these
// stories nest their own, which wins.)
const meta = {
  title: 'Components/StatusKitProvider',
  component: StatusKitProvider,
  args: { children: <StatusPage code={503} /> },
  argTypes: { children: { control: false } },
} satisfies Meta<typeof StatusKitProvider>

export default meta
type Story = StoryObj<typeof meta>

/** `locale="de-DE" messages={de}`: every string in German, proving nothing is hard-coded. */
export const GermanLocale: Story = {
  args: { locale: 'de-DE', messages: de },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('button', { name: de.common.tryAgain })).toBeVisible()
  },
}

/** `messages` overrides single strings; everything else stays as it was. */
export const CustomMessages: Story = {
  args: {
    messages: {
      serviceUnavailable: { title: 'Orbit is down for planned maintenance' },
      common: { tryAgain: 'Check again' },
    },
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { level: 1, name: 'Orbit is down for planned maintenance' }),
    ).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Check again' })).toBeVisible()
  },
}
