// The README's recipes for apps without a router, for the inline half and for a page of your own markup: each
// region below is quoted there whole (`node scripts/check-readme-code.mjs` keeps them equal), and runs here.
import {
  createStatusResponse,
  fromResponse,
  parseProblemDetails,
  StatusError,
  toStatusError,
} from '@statuskit/core'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { type ReactNode, useEffect } from 'react'
import { useForm } from 'react-hook-form'
import { Toaster, toast } from 'sonner'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  ErrorSummary,
  type PageProps,
  StatusBoundary,
  StatusKitProvider,
  StatusNotice,
  setHookFormErrors,
  statusQueryDefaults,
  useInlineFailures,
  useStatusPage,
} from '../index'

const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(`https://api.test${path}`)
  if (!response.ok) throw await fromResponse(response)
  return response.json() as Promise<T>
}

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(`https://api.test${path}`, { method: 'POST', body: JSON.stringify(body) })
  if (!response.ok) throw await fromResponse(response)
  return response.json() as Promise<T>
}

function Orders() {
  const { data } = useQuery({ queryKey: ['orders'], queryFn: () => getJson<string[]>('/orders') })
  return <p>{data ? data.join(', ') : 'Loading…'}</p>
}

// #region vite
const queryClient = new QueryClient({ defaultOptions: statusQueryDefaults() })

function Root({ children }: { children: ReactNode }) {
  return (
    <QueryClientProvider client={queryClient}>
      <StatusKitProvider login={{ href: '/login' }}>
        <StatusBoundary>{children}</StatusBoundary>
      </StatusKitProvider>
    </QueryClientProvider>
  )
}
// #endregion vite

// #region sonner
function FailureToasts() {
  const failures = useInlineFailures()
  useEffect(() => {
    for (const failure of failures) {
      toast.error(failure.message, {
        id: failure.key,
        action: failure.retry && { label: failure.retryLabel, onClick: failure.retry },
        onDismiss: failure.dismiss,
      })
    }
  }, [failures])
  return <Toaster />
}
// #endregion sonner

function Archive() {
  const archive = useMutation({ mutationFn: () => postJson('/orders/1/archive', {}) })
  return (
    <button type="button" onClick={() => archive.mutate()}>
      Archive
    </button>
  )
}

// #region form
function SettingsForm() {
  const form = useForm({ defaultValues: { email: '' } })
  const save = useMutation({
    mutationFn: (values: { email: string }) => postJson('/settings', values),
    onError: (error) => setHookFormErrors(error, form.setError),
  })
  const emailError = form.formState.errors.email?.message
  // Field errors go beside their fields; any other failure gets a notice under the form's actions.
  const refused = save.error !== null && toStatusError(save.error).status === 422
  return (
    <form noValidate onSubmit={form.handleSubmit((values) => save.mutate(values))}>
      <ErrorSummary error={save.error} />
      <label htmlFor="email">E-mail</label>
      <input
        id="email"
        {...form.register('email')}
        aria-invalid={emailError ? true : undefined}
        aria-describedby="email-error"
      />
      <p id="email-error">{emailError}</p>
      <button type="submit">Save</button>
      <StatusNotice
        error={refused ? undefined : save.error}
        onRetry={form.handleSubmit((values) => save.mutate(values))}
      />
    </form>
  )
}
// #endregion form

// #region headless
function MyStatusPage(props: PageProps) {
  const page = useStatusPage(props)
  return (
    <main className="my-error" data-variant={page.variant}>
      <h1>{page.title}</h1>
      <p>{page.description}</p>
      {page.timing?.when ? <p>{page.timing.when}</p> : null}
      {page.actions.map((action) =>
        action.href ? (
          <a key={action.id} href={action.href}>
            {action.label}
          </a>
        ) : (
          <button key={action.id} type="button" aria-disabled={action.disabled} onClick={action.onSelect}>
            {action.label}
          </button>
        ),
      )}
      <p role="status">{page.statusMessage}</p>
      <small>{page.reference}</small>
    </main>
  )
}
// #endregion headless

describe('README recipe: an app without a router', () => {
  it('shows the page of a failed query and the data after "Try again"', async () => {
    let down = true
    server.use(
      http.get('https://api.test/orders', () => (down ? createStatusResponse(500) : Response.json(['A-1']))),
    )
    queryClient.setDefaultOptions({ queries: { ...queryClient.getDefaultOptions().queries, retry: false } })
    render(
      <Root>
        <Orders />
      </Root>,
      { onCaughtError: () => {} },
    )
    expect(
      await screen.findByRole('heading', { name: 'Sorry, there is a problem with the service' }),
    ).toBeInTheDocument()
    down = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('A-1')).toBeInTheDocument()
  })
})

describe('README recipe: failures a toast library shows', () => {
  it('hands a failed save to sonner, with its "Try again"', async () => {
    server.use(http.post('https://api.test/orders/1/archive', () => createStatusResponse(503)))
    const queryClient = new QueryClient({ defaultOptions: statusQueryDefaults() })
    render(
      <QueryClientProvider client={queryClient}>
        <FailureToasts />
        <Archive />
      </QueryClientProvider>,
    )
    await userEvent.click(screen.getByRole('button', { name: 'Archive' }))
    expect(
      await screen.findByText(/The service is unavailable\. Your changes are not saved\./),
    ).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })
})

describe('README recipe: a form the server refuses', () => {
  it('puts each message beside its field and in the summary, and keeps what was typed', async () => {
    server.use(
      http.post('https://api.test/settings', () =>
        createStatusResponse(422, {
          problem: {
            extensions: {
              errors: [{ detail: 'Enter an e-mail address like name@example.com', pointer: '#/email' }],
            },
          },
        }),
      ),
    )
    const queryClient = new QueryClient({ defaultOptions: statusQueryDefaults() })
    render(
      <QueryClientProvider client={queryClient}>
        <SettingsForm />
      </QueryClientProvider>,
    )
    await userEvent.type(screen.getByLabelText('E-mail'), 'not-an-address{Enter}')
    await waitFor(() => expect(screen.getByRole('alert')).toHaveFocus())
    expect(screen.getByLabelText('E-mail')).toHaveValue('not-an-address')
    expect(screen.getByLabelText('E-mail')).toHaveAccessibleDescription(
      'Enter an e-mail address like name@example.com',
    )
    expect(
      screen.getByRole('link', { name: 'Enter an e-mail address like name@example.com' }),
    ).toHaveAttribute('href', '#email')
  })
})

describe('README recipe: a page in your own markup', () => {
  it('gives the words, the time and the actions of the built-in page', () => {
    const error = new StatusError({
      kind: 'http',
      status: 503,
      retryAfterMs: 10 * 60_000,
      problem: parseProblemDetails({ title: 'Maintenance' }),
      requestId: 'req-42',
    })
    act(() => {
      render(
        <StatusKitProvider locale="en-GB">
          <StatusBoundary fallback={MyStatusPage}>
            <Thrower error={error} />
          </StatusBoundary>
        </StatusKitProvider>,
        { onCaughtError: () => {} },
      )
    })
    expect(
      screen.getByRole('heading', { level: 1, name: 'Sorry, the service is unavailable' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/^You can use it again from \d\d:\d\d\.$/)).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Try again' })).toHaveAttribute('aria-disabled', 'true')
    expect(screen.getByText('Error code 503 · Reference req-42')).toBeInTheDocument()
  })
})

function Thrower({ error }: { error: unknown }): ReactNode {
  throw error
}
