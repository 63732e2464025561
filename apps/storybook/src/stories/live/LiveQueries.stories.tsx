import { createStatusResponse } from '@statuskit/core'
import { en, StatusBoundary } from '@statuskit/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { delay, HttpResponse } from 'msw'
import { expect, fn, waitFor } from 'storybook/test'
import { DemoApp } from '../../support/DemoApp'
import { Orders } from '../../support/Orders'
import { ordersHandlers, ordersOutage } from '../../support/ordersHandlers'
import { QueryProvider } from '../../support/QueryProvider'

/**
 * A real `useQuery` against `/api/orders`, answered by MSW handlers made with `createStatusResponse`. The API is
 * down when the story starts, until the user asks to try again (the boundary's `onReset`) or until the server's
 * time; the play functions show the recovery end to end. Each story gets its own QueryClient. Under StrictMode a
 * page may fetch twice as it mounts: both requests see the outage.
 */
const meta = {
  title: 'Live/Queries',
  component: StatusBoundary,
  args: { children: <Orders /> },
  argTypes: { children: { control: false } },
  render: (args) => (
    <StatusBoundary
      {...args}
      onReset={(details) => {
        ordersOutage.end()
        args.onReset?.(details)
      }}
    />
  ),
  parameters: {
    // Each story mocks the same API differently: on a docs page, an iframe per story keeps their MSW
    // handlers apart (inline, they would share one page and answer each other's requests).
    docs: { story: { inline: false, height: '22rem' } },
  },
  decorators: [
    (Story, { parameters }) => (
      <QueryProvider options={parameters.queryDefaults}>
        <DemoApp>
          <Story />
        </DemoApp>
      </QueryProvider>
    ),
  ],
} satisfies Meta<typeof StatusBoundary>

export default meta
type Story = StoryObj<typeof meta>

/** 200 OK, the happy path: the boundary renders its children and the data. */
export const HappyPath200: Story = {
  name: '200 OK: the data',
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers())
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
    await expect(canvas.queryByRole('heading', { level: 1 })).toBeNull()
  },
}

/** 500, then "Try again": the boundary resets TanStack Query's error-reset boundary and the query refetches. */
export const TryAgainThenData: Story = {
  name: '500, then Try again, then the data',
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers(() => createStatusResponse(500)))
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.serverError.title })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
  },
}

/**
 * 429 with `Retry-After: 2`: the page counts down ("Try again" disabled meanwhile) and at zero fetches again by
 * itself; the data replaces the page without a click.
 */
export const RateLimitedCountsDownAndRefetches: Story = {
  name: '429, counts down two seconds, then fetches by itself',
  beforeEach: ({ msw }) => {
    // Too many requests for two seconds: each answer says how long is left.
    msw.use(
      ...ordersHandlers(() => createStatusResponse(429, { retryAfter: ordersOutage.secondsLeft }), 2000),
    )
  },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.rateLimited.title })).toBeVisible()
    await expect(canvas.getByRole('timer')).toHaveTextContent(/[12] seconds? left/)
    await expect(canvas.getByRole('button', { name: en.common.tryAgain })).toHaveAttribute(
      'aria-disabled',
      'true',
    )
    await expect(await canvas.findByText(/Walnut desk/, {}, { timeout: 6000 })).toBeVisible()
  },
}

/**
 * 429 with `Retry-After: 1`, and the kit's default query options: a wait this short (up to `maxSilentWaitMs`,
 * 3 s) is waited out by the query's own retry. The user sees the loading state, then the data; never a page.
 */
export const ShortWaitIsSilent: Story = {
  name: '429 with a one-second wait, waited out silently',
  args: { onError: fn() },
  parameters: { queryDefaults: {} },
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers(() => createStatusResponse(429, { retryAfter: 1 }), 1000))
  },
  play: async ({ args, canvas }) => {
    await expect(canvas.getByRole('status')).toHaveTextContent('Loading your orders…')
    await expect(await canvas.findByText(/Walnut desk/, {}, { timeout: 6000 })).toBeVisible()
    await expect(canvas.queryByRole('heading', { name: en.rateLimited.title })).toBeNull()
    await expect(args.onError).not.toHaveBeenCalled()
  },
}

/**
 * The request never reaches the server (a network error) while the browser says it is online: the kit does not
 * guess at the cause ("We can't reach the service right now"), and "Try again" brings the data.
 */
export const UnreachableThenBack: Story = {
  name: 'Service unreachable, then Try again, then the data',
  beforeEach: ({ msw }) => {
    msw.use(...ordersHandlers(() => HttpResponse.error()))
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.unreachable.title })).toBeVisible()
    await userEvent.click(await canvas.findByRole('button', { name: en.common.tryAgain }))
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
  },
}

/** The server does not answer within the query's 300 ms: the timeout page, then "Try again", then the data. */
export const TimeoutThenData: Story = {
  name: 'Timeout, then Try again, then the data',
  args: { children: <Orders timeoutMs={300} /> },
  beforeEach: ({ msw }) => {
    // Never answers while down; the request's own deadline ends it.
    msw.use(...ordersHandlers(() => delay('infinite').then(() => HttpResponse.error())))
  },
  play: async ({ canvas, userEvent }) => {
    await expect(await canvas.findByRole('heading', { level: 1, name: en.timeout.title })).toBeVisible()
    await userEvent.click(canvas.getByRole('button', { name: en.common.tryAgain }))
    await expect(await canvas.findByText(/Walnut desk/)).toBeVisible()
  },
}

/**
 * 503 for a second, with `Retry-After: 1`: the maintenance page, which checks again by itself a moment after the
 * server's time, and the data.
 */
export const ServiceUnavailableThenBack: Story = {
  name: '503, then back by itself',
  beforeEach: ({ msw }) => {
    msw.use(
      ...ordersHandlers(() => createStatusResponse(503, { retryAfter: ordersOutage.secondsLeft }), 1000),
    )
  },
  play: async ({ canvas }) => {
    await expect(
      await canvas.findByRole('heading', { level: 1, name: en.serviceUnavailable.title }),
    ).toBeVisible()
    await waitFor(() => expect(canvas.getByText(/Walnut desk/)).toBeVisible(), { timeout: 6000 })
  },
}
