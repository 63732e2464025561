import { createStatusResponse } from '@statuskit/core'
import {
  en,
  StatusBoundary,
  type StatusBoundaryCommonProps,
  type StatusBoundaryProps,
  type StatusFallbacks,
} from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { http } from 'msw'
import type { ReactNode } from 'react'
import { expect, fn, waitFor } from 'storybook/test'
import { ArchiveOrderButton } from '../support/ArchiveOrderButton'
import { DemoApp } from '../support/DemoApp'
import { HOME_HREF } from '../support/exampleAppLinks'
import { OrderMissing } from '../support/OrderMissing'
import { Orders } from '../support/Orders'
import { ordersHandlers, ordersOutage } from '../support/ordersHandlers'
import { QueryProvider } from '../support/QueryProvider'
import { Recommendations } from '../support/Recommendations'

/**
 * The boundary's props without the either-or of `fallback` and `fallbacks` (a union that story args, which each
 * story sets in part, cannot express); each story still sets only one of them.
 */
type BoundaryArgs = StatusBoundaryCommonProps & {
  fallbacks?: StatusFallbacks
  fallback?: StatusBoundaryProps['fallback']
}
const Boundary = StatusBoundary as (props: BoundaryArgs) => ReactNode

const meta = {
  title: 'Components/StatusBoundary',
  component: Boundary,
  args: { children: <Orders />, onError: fn(), onReset: fn() },
  argTypes: { children: { control: false } },
  parameters: {
    // Each story mocks the same API differently: on a docs page, an iframe per story keeps their MSW
    // handlers apart (inline, they would share one page and answer each other's requests).
    docs: { story: { inline: false, height: '26rem' } },
  },
  decorators: [
    (Story) => (
      <QueryProvider>
        <DemoApp>
          <Story />
        </DemoApp>
      </QueryProvider>
    ),
  ],
} satisfies Meta<typeof Boundary>

export default meta
type Story = StoryObj<typeof meta>

/**
 * A nested boundary: one widget fails (503) inside a working page. Only that widget shows the failure, compact and
 * about that part ("This part of the page couldn't load" and the reason in a sentence), as an alert with an `h2`
 * (`headingLevel={2}`); the orders beside it stay usable.
 */
export const NestedBoundary: Story = {
  name: 'Nested boundary: one widget fails',
  render: (args) => (
    <>
      <h1>Your account</h1>
      <div className="demo-grid">
        <Orders />
        <Boundary {...args} headingLevel={2}>
          <Recommendations />
        </Boundary>
      </div>
    </>
  ),
  beforeEach: ({ msw }) => {
    msw.use(
      ...ordersHandlers(),
      http.get('/api/recommendations', () => createStatusResponse(503)),
    )
  },
  play: async ({ args, canvas }) => {
    const alert = await canvas.findByRole('alert')
    await expect(alert).toHaveTextContent(`${en.common.partTitle}${en.serviceUnavailable.reason}`)
    await expect(canvas.getByRole('heading', { level: 2, name: en.common.partTitle })).toBeVisible()
    // Compact words about that part only, never the full page's sentences about the whole service.
    await expect(canvas.queryByText(en.serviceUnavailable.title)).toBeNull()
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    await expect(canvas.getByRole('heading', { level: 1, name: 'Your account' })).toBeVisible()
    await waitFor(() => expect(args.onError).toHaveBeenCalledTimes(1))
  },
}

/** `fallbacks={{ 404: OrderMissing }}`: the app's own page for one status; other statuses keep the built-in pages. */
export const CustomFallback: Story = {
  name: 'Custom fallback for one status',
  args: { fallbacks: { 404: OrderMissing } },
  beforeEach: ({ msw }) => {
    msw.use(http.get('/api/orders', () => createStatusResponse(404)))
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { name: "We can't find that order" })).toBeVisible()
    await expect(canvas.getByRole('link', { name: 'See all your orders' })).toHaveAttribute('href', HOME_HREF)
  },
}

/**
 * `fallback` as a render function: one fallback for everything, with the error and `reset`. The API answers 502
 * until the user asks to load the orders again.
 */
export const RenderFunctionFallback: Story = {
  name: 'Render function fallback',
  render: (args) => (
    <Boundary
      {...args}
      onReset={(details) => {
        ordersOutage.end()
        args.onReset?.(details)
      }}
    />
  ),
  args: {
    fallback: ({ error, reset }) => (
      <div className="demo-card" role="alert">
        <h1>Orders are not available ({error.message})</h1>
        <button type="button" onClick={() => reset()}>
          Load the orders again
        </button>
      </div>
    ),
  },
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers(() => createStatusResponse(502)))
  },
  play: async ({ args, canvas, userEvent }) => {
    await expect(await canvas.findByText('Orders are not available (502 Bad Gateway)')).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: 'Load the orders again' }))
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    await expect(args.onReset).toHaveBeenCalledTimes(1)
  },
}

/**
 * `catches={[404]}` on the inner boundary: a 500 is not its business, so it goes up to the outer boundary,
 * which shows the full-page server error.
 */
export const CatchesPassesTheRestUp: Story = {
  name: 'Catches passes the rest up',
  render: (args) => (
    <Boundary {...args}>
      <StatusBoundary catches={[404]} headingLevel={2}>
        <Orders />
      </StatusBoundary>
    </Boundary>
  ),
  beforeEach: ({ msw }) => {
    msw.use(http.get('/api/orders', () => createStatusResponse(500)))
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.serverError.title })).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/**
 * `useStatusBoundary().showError` from an event handler: the click's request is refused (403 with problem
 * details), and the boundary shows the page for it.
 */
export const ErrorFromAnEventHandler: Story = {
  name: 'Error from an event handler',
  args: { children: <ArchiveOrderButton /> },
  beforeEach: ({ msw }) => {
    msw.use(
      http.post('/api/orders/1001/archive', () =>
        createStatusResponse(403, { problem: { detail: 'Only the account owner can archive orders.' } }),
      ),
    )
  },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Archive this order' }))
    await expect(await canvas.findByRole('heading', { level: 1, name: en.forbidden.title })).toBeVisible()
    await expect(canvas.getByText('Only the account owner can archive orders.')).toBeVisible()
    await expect(args.onError).toHaveBeenCalledTimes(1)
  },
}

/** A bug in a component (not a failed request): the generic page, which never shows the message or stack. */
export const UnknownErrorFromABug: Story = {
  name: 'Unknown error from a bug',
  args: { children: <BrokenWidget /> },
  play: async ({ canvas, canvasElement }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.generic.title })).toBeVisible()
    await expect(canvasElement).not.toHaveTextContent('orders is undefined')
  },
}

function BrokenWidget(): never {
  throw new TypeError("Cannot read properties of undefined (reading 'orders is undefined')")
}
