import { createStatusResponse, fromResponse } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import type { ReactNode } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { en } from '../i18n/en'
import { statusQueryDefaults } from '../query/statusQueryDefaults'
import { useInlineFailures } from './useInlineFailures'

const API = 'https://api.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

let ordersStatus = 200
let gets = 0
function serve() {
  ordersStatus = 200
  gets = 0
  server.use(
    http.get(`${API}/orders`, () => {
      gets += 1
      return ordersStatus === 200 ? Response.json(['order 1']) : createStatusResponse(ordersStatus)
    }),
    http.get(`${API}/missing`, () => createStatusResponse(404)),
    http.post(`${API}/orders/1/archive`, () => createStatusResponse(403)),
  )
}

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const response = await fetch(`${API}${path}`, init)
  if (!response.ok) throw await fromResponse(response)
  return response.json()
}

function Orders() {
  const { data } = useQuery({ queryKey: ['orders'], queryFn: () => request<string[]>('/orders') })
  return <p>{data ? data.join(', ') : 'loading orders'}</p>
}

function Missing() {
  useQuery({ queryKey: ['missing'], queryFn: () => request<string>('/missing') })
  return null
}

function Archive() {
  const archive = useMutation({ mutationFn: () => request('/orders/1/archive', { method: 'POST' }) })
  return (
    <button type="button" onClick={() => archive.mutate()}>
      Archive
    </button>
  )
}

/** The app's own rendering of the failures: a list, as a toast library would show them. */
function Failures() {
  const failures = useInlineFailures()
  return (
    <ul aria-label="failures">
      {failures.map((failure) => (
        <li key={failure.key}>
          <span>
            {failure.source}: {failure.message}
          </span>
          {failure.retry ? (
            <button type="button" onClick={failure.retry}>
              {failure.retryLabel}
            </button>
          ) : null}
          <button type="button" onClick={failure.dismiss}>
            dismiss
          </button>
        </li>
      ))}
    </ul>
  )
}

function App({ client, children }: { client: QueryClient; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <Failures />
      <StatusBoundary headingLevel={2}>{children}</StatusBoundary>
    </QueryClientProvider>
  )
}

// Each render gives useQuery and useMutation new options (inline functions), and their observers tell the
// caches so; a hook that rendered again on those events would render forever.
function OrdersPage() {
  const failures = useInlineFailures()
  const { data, refetch } = useQuery({
    queryKey: ['orders'],
    queryFn: () => request<string[]>('/orders'),
  })
  const archive = useMutation({ mutationFn: () => request('/orders/1/archive', { method: 'POST' }) })
  return (
    <>
      <ul aria-label="failures">
        {failures.map((failure) => (
          <li key={failure.key}>{failure.message}</li>
        ))}
      </ul>
      <p>{data ? data.join(', ') : 'loading orders'}</p>
      <button type="button" onClick={() => refetch()}>
        Refresh
      </button>
      <button type="button" onClick={() => archive.mutate()}>
        Archive
      </button>
    </>
  )
}

const newClient = () => new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
const list = () => within(screen.getByRole('list', { name: 'failures' }))

describe('useInlineFailures', () => {
  describe('given a failed background refresh while the data stays on screen', () => {
    it('should list it with the time of the data, and its retry should refetch', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <App client={client}>
          <Orders />
        </App>,
      )
      expect(await screen.findByText('order 1')).toBeInTheDocument()
      ordersStatus = 503
      await act(async () => {
        await client.refetchQueries({ queryKey: ['orders'] })
      })
      expect(
        await list().findByText(/^refetch: We couldn't refresh this\. Showing what we had at/),
      ).toBeInTheDocument()
      expect(screen.getByText('order 1')).toBeInTheDocument()
      ordersStatus = 200
      await user.click(list().getByRole('button', { name: 'Try again' }))
      await waitFor(() => expect(list().queryAllByRole('listitem')).toHaveLength(0))
      expect(gets).toBe(3)
      client.clear()
    })
  })

  describe('given a query without data that failed', () => {
    it('should leave it to the boundary and not list it', async () => {
      serve()
      const client = newClient()
      render(
        <App client={client}>
          <Missing />
        </App>,
        { onCaughtError: () => {} },
      )
      expect(await screen.findByRole('heading', { level: 2 })).toBeInTheDocument()
      expect(list().queryAllByRole('listitem')).toHaveLength(0)
      client.clear()
    })
  })

  describe('given an action that failed with 403', () => {
    it('should list it without a retry, keep the view, and forget it once dismissed', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <App client={client}>
          <Orders />
          <Archive />
        </App>,
      )
      await screen.findByText('order 1')
      await user.click(screen.getByRole('button', { name: 'Archive' }))
      expect(
        await list().findByText(`mutation: ${en.forbidden.reason} ${en.notice.notSaved}`),
      ).toBeInTheDocument()
      expect(list().queryByRole('button', { name: 'Try again' })).toBeNull()
      expect(screen.getByText('order 1')).toBeInTheDocument()
      await user.click(list().getByRole('button', { name: 'dismiss' }))
      expect(list().queryAllByRole('listitem')).toHaveLength(0)
      client.clear()
    })
  })

  describe('given the hook in the same component as a query and a mutation with inline options', () => {
    it('should not render forever, and still list a failed refresh and a failed action', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <QueryClientProvider client={client}>
          <OrdersPage />
        </QueryClientProvider>,
      )
      expect(await screen.findByText('order 1')).toBeInTheDocument()
      ordersStatus = 503
      await user.click(screen.getByRole('button', { name: 'Refresh' }))
      expect(await list().findByText(/^We couldn't refresh this\./)).toBeInTheDocument()
      await user.click(screen.getByRole('button', { name: 'Archive' }))
      expect(await list().findByText(`${en.forbidden.reason} ${en.notice.notSaved}`)).toBeInTheDocument()
      expect(screen.getByText('order 1')).toBeInTheDocument()
      client.clear()
    })
  })
})
