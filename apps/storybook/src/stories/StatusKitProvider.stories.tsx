import { StatusError } from '@statuskit/core'
import { en, StatusBoundary, StatusKitProvider, StatusPage } from '@statuskit/react'
import { de } from '@statuskit/react/locales/de'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, waitFor } from 'storybook/test'
import { DemoApp } from '../support/DemoApp'
import { OrderMissing } from '../support/OrderMissing'

// Settings for every statuskit component below it. (The toolbar's locale switch uses a provider too; these
// stories nest their own, which wins.) To change single strings with text fields, see "Guides/Changing the words".
const meta = {
  title: 'Components/StatusKitProvider',
  component: StatusKitProvider,
  args: { children: <StatusPage code={503} /> },
  argTypes: {
    children: { control: false },
    locale: {
      control: 'select',
      options: ['en-GB', 'en-US', 'de-DE', 'fr-FR', 'es-ES', 'pt-BR', 'ja-JP', 'ar-EG'],
    },
    homeHref: { control: 'text' },
    report: { control: 'inline-radio', options: ['unexpected', 'all'] },
    messages: { control: false },
    login: { control: false },
    fallbacks: { control: false },
    linkComponent: { control: false },
    onError: { control: false },
    queryClient: { control: false },
  },
} satisfies Meta<typeof StatusKitProvider>

export default meta
type Story = StoryObj<typeof meta>

/** `locale="de-DE" messages={de}`: every string in German, proving nothing is hard-coded. */
export const GermanLocale: Story = {
  name: 'German locale',
  args: { locale: 'de-DE', messages: de },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { level: 1, name: de.serviceUnavailable.title })).toBeVisible()
    await expect(canvas.getByRole('button', { name: de.common.tryAgain })).toBeVisible()
  },
}

/** `messages` overrides single strings; everything else stays as it was. */
export const CustomMessages: Story = {
  name: 'Custom messages',
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
    await expect(canvas.getByText(en.serviceUnavailable.description)).toBeVisible()
  },
}

function ThrowsNotFound(): never {
  throw new StatusError({ kind: 'http', status: 404 })
}

/**
 * App-wide `fallbacks` (here, the app's own 404) apply to every boundary below the provider, and `onError`
 * receives failures for telemetry: by default only the unexpected ones (5xx, network, timeout, unknown), so this
 * expected 404 is not reported.
 */
export const AppWideFallbacksAndTelemetry: Story = {
  name: 'App-wide fallbacks and telemetry',
  args: {
    fallbacks: { 404: OrderMissing },
    onError: fn(),
    children: (
      <DemoApp>
        <StatusBoundary>
          <ThrowsNotFound />
        </StatusBoundary>
      </DemoApp>
    ),
  },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByRole('heading', { name: "We can't find that order" })).toBeVisible()
    await waitFor(() => expect(args.onError).not.toHaveBeenCalled())
  },
}

/** `report="all"`: every failure reaches `onError`, once, with the normalized error. */
export const ReportEverything: Story = {
  name: 'Report everything',
  args: {
    report: 'all',
    onError: fn(),
    children: (
      <StatusBoundary>
        <ThrowsNotFound />
      </StatusBoundary>
    ),
  },
  play: async ({ args, canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.notFound.title })).toBeVisible()
    await waitFor(() => expect(args.onError).toHaveBeenCalledTimes(1))
    await expect(args.onError).toHaveBeenCalledWith(
      expect.objectContaining({ status: 404 }),
      expect.anything(),
    )
  },
}
