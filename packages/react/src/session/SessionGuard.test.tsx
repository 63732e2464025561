import { createStatusResponse, fromResponse, type StatusError } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { http } from 'msw'
import { setupServer } from 'msw/node'
import { type ReactNode, StrictMode, useState } from 'react'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { LoginOptions } from '../context/LoginOptions'
import { useSessionStatus } from '../context/useSessionStatus'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { statusQueryDefaults } from '../query/statusQueryDefaults'
import { SessionGuard } from './SessionGuard'

const API = 'https://api.test'
const server = setupServer()
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }))
afterEach(() => server.resetHandlers())
afterAll(() => server.close())

/** A toy session: the API answers 401 while it is false. */
const session = { signedIn: true }
const counts = new Map<string, number>()
function count(key: string): number {
  return counts.get(key) ?? 0
}

function serve() {
  counts.clear()
  session.signedIn = true
  server.use(
    http.get(`${API}/notes/:id`, ({ params }) => {
      const key = `GET ${String(params.id)}`
      counts.set(key, count(key) + 1)
      return session.signedIn
        ? Response.json({ title: `Note ${String(params.id)}` })
        : createStatusResponse(401)
    }),
    http.post(`${API}/notes`, () => {
      counts.set('POST', count('POST') + 1)
      return session.signedIn ? Response.json({ saved: true }) : createStatusResponse(401)
    }),
  )
}

async function get(path: string): Promise<{ title: string }> {
  const response = await fetch(`${API}${path}`)
  if (!response.ok) throw await fromResponse(response)
  return response.json()
}

function Note({ id }: { id: string }) {
  const { data, error } = useQuery({ queryKey: ['note', id], queryFn: () => get(`/notes/${id}`) })
  if (data) return <p>{data.title}</p>
  return <p>{error ? `note ${id} failed ${(error as StatusError).status}` : `note ${id} loading`}</p>
}

function Editor() {
  const save = useMutation({
    mutationFn: async (text: string) => {
      const response = await fetch(`${API}/notes`, { method: 'POST', body: text })
      if (!response.ok) throw await fromResponse(response)
    },
  })
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault()
        save.mutate(new FormData(event.currentTarget).get('text') as string)
      }}
    >
      <label>
        Your note
        <textarea name="text" />
      </label>
      <button type="submit">Save</button>
      <p>{save.status}</p>
    </form>
  )
}

function App({
  client,
  login,
  children,
}: {
  client: QueryClient
  login?: LoginOptions
  children: ReactNode
}) {
  return (
    <StrictMode>
      <QueryClientProvider client={client}>
        <StatusKitProvider login={login}>
          <SessionGuard>
            <StatusBoundary>{children}</StatusBoundary>
          </SessionGuard>
        </StatusKitProvider>
      </QueryClientProvider>
    </StrictMode>
  )
}

function newClient() {
  return new QueryClient({ defaultOptions: statusQueryDefaults() })
}

describe('SessionGuard', () => {
  describe('given a form with typed text and a 401 on a background refetch', () => {
    it('should open the dialog over the page, keep the text, and refetch after sign-in', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      const onLogin = vi.fn(async () => {
        session.signedIn = true
      })
      render(
        <App client={client} login={{ onLogin }}>
          <Note id="1" />
          <Editor />
        </App>,
      )
      expect(await screen.findByText('Note 1')).toBeInTheDocument()
      const textarea = screen.getByLabelText('Your note')
      await user.type(textarea, 'Half-written thought')
      expect(textarea).toHaveFocus()

      session.signedIn = false
      // A background refetch, as a window focus or an interval would start it.
      await act(async () => {
        await client.refetchQueries({ queryKey: ['note', '1'] })
        // TanStack Query batches its notifications on a zero-delay timer: let them land inside act.
        await new Promise((resolve) => setTimeout(resolve, 10))
      })
      // The user stopped typing a moment ago: the dialog waits until the pause is long enough.
      const dialog = await screen.findByRole('dialog', { name: 'Sign in to continue' }, { timeout: 3000 })
      expect(count('GET 1')).toBe(2)
      // The page under the dialog is still there, with its data and what was typed.
      expect(screen.getByText('Note 1')).toBeInTheDocument()
      expect(screen.getByLabelText('Your note')).toHaveValue('Half-written thought')
      // The page under it is out of reach until the user signs in.
      expect(screen.getByLabelText('Your note').closest('[inert]')).not.toBeNull()
      // Focus moved to the dialog's heading (never to an action a keystroke could trigger) and stays inside.
      expect(within(dialog).getByRole('heading', { name: 'Sign in to continue' })).toHaveFocus()
      expect(dialog).toHaveTextContent('What you typed is kept.')
      const signIn = within(dialog).getByRole('button', { name: 'Sign in' })
      await user.tab()
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
      await user.tab({ shift: true })
      expect(dialog).toContainElement(document.activeElement as HTMLElement)
      // Escape would leave the page failing: the dialog stays.
      await user.keyboard('{Escape}')
      expect(screen.getByRole('dialog')).toBeInTheDocument()

      await user.click(signIn)
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      expect(onLogin).toHaveBeenCalledTimes(1)
      await waitFor(() => expect(count('GET 1')).toBe(3))
      expect(screen.getByText('Note 1')).toBeInTheDocument()
      expect(screen.getByLabelText('Your note')).toHaveValue('Half-written thought')
      expect(screen.getByLabelText('Your note').closest('[inert]')).toBeNull()
      // Focus is back where the user was typing.
      expect(screen.getByLabelText('Your note')).toHaveFocus()
      client.clear()
    })
  })

  describe('given a browser that moves focus out of content as it becomes inert', () => {
    it('should still give focus back to where the user was typing', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      const onLogin = vi.fn(async () => {
        session.signedIn = true
      })
      // Browsers apply the focus fixup rule at their next rendering step, before React runs passive effects;
      // jsdom does not implement inert, so blur as a browser would, once the DOM changes.
      const fixup = new MutationObserver(() => {
        const active = document.activeElement
        if (active instanceof HTMLElement && active.closest('[inert]')) active.blur()
      })
      fixup.observe(document.body, { attributes: true, attributeFilter: ['inert'], subtree: true })
      render(
        <App client={client} login={{ onLogin }}>
          <Note id="1" />
          <Editor />
        </App>,
      )
      expect(await screen.findByText('Note 1')).toBeInTheDocument()
      await user.type(screen.getByLabelText('Your note'), 'Draft')
      session.signedIn = false
      // A background refetch, scheduled by React as in a browser rather than flushed by act.
      const actEnvironment = Reflect.get(globalThis, 'IS_REACT_ACT_ENVIRONMENT')
      Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', false)
      try {
        await client.refetchQueries({ queryKey: ['note', '1'] })
        // The dialog waits for a pause in typing.
        await new Promise((resolve) => setTimeout(resolve, 1700))
      } finally {
        Reflect.set(globalThis, 'IS_REACT_ACT_ENVIRONMENT', actEnvironment)
      }
      const dialog = screen.getByRole('dialog', { name: 'Sign in to continue' })
      await user.click(within(dialog).getByRole('button', { name: 'Sign in' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      expect(screen.getByLabelText('Your note')).toHaveFocus()
      fixup.disconnect()
      client.clear()
    })
  })

  describe('given five queries that fail with 401 at once', () => {
    it('should open one dialog, keep them out of the boundary, and refetch each once after sign-in', async () => {
      serve()
      session.signedIn = false
      const user = userEvent.setup()
      const client = newClient()
      const onLogin = async () => {
        session.signedIn = true
      }
      const ids = ['1', '2', '3', '4', '5']
      render(
        <App client={client} login={{ onLogin }}>
          {ids.map((id) => (
            <Note key={id} id={id} />
          ))}
        </App>,
      )
      await waitFor(() => expect(screen.getAllByText(/failed 401/)).toHaveLength(5))
      expect(screen.getAllByRole('dialog')).toHaveLength(1)
      // No 401 page: the dialog handles the session, the page stays.
      expect(screen.queryByRole('heading', { level: 1 })).toBeNull()
      for (const id of ids) expect(count(`GET ${id}`)).toBe(1)

      await user.click(screen.getByRole('button', { name: 'Sign in' }))
      for (const id of ids) expect(await screen.findByText(`Note ${id}`)).toBeInTheDocument()
      for (const id of ids) expect(count(`GET ${id}`)).toBe(2)
      expect(screen.queryByRole('dialog')).toBeNull()
      client.clear()
    })
  })

  describe('given a mutation that fails with 401', () => {
    it('should open the dialog and not replay the mutation after sign-in; the input is still there', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <App
          client={client}
          login={{
            onLogin: async () => {
              session.signedIn = true
            },
          }}
        >
          <Editor />
        </App>,
      )
      await user.type(screen.getByLabelText('Your note'), 'Keep me')
      session.signedIn = false
      await user.click(screen.getByRole('button', { name: 'Save' }))
      await screen.findByRole('dialog', {}, { timeout: 3000 })
      expect(count('POST')).toBe(1)
      await user.click(screen.getByRole('button', { name: 'Sign in' }))
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(count('POST')).toBe(1)
      expect(screen.getByText('error')).toBeInTheDocument()
      expect(screen.getByLabelText('Your note')).toHaveValue('Keep me')
      client.clear()
    })
  })

  describe('given a login page', () => {
    it('should link to it with the current path, search and hash as a safe returnTo', async () => {
      serve()
      window.history.pushState({}, '', '/notes/7?tab=history#latest')
      session.signedIn = false
      const client = newClient()
      render(
        <App client={client} login={{ href: '/login', returnToParam: 'next' }}>
          <Note id="7" />
        </App>,
      )
      const dialog = await screen.findByRole('dialog')
      const link = within(dialog).getByRole('link', { name: 'Sign in' })
      await waitFor(() =>
        expect(link).toHaveAttribute(
          'href',
          `/login?next=${encodeURIComponent('/notes/7?tab=history#latest')}`,
        ),
      )
      window.history.pushState({}, '', '/')
      client.clear()
    })
  })

  describe('given telemetry', () => {
    it('should report each unexpected failure once, and no expected 401 or 404', async () => {
      serve()
      server.use(
        http.get(`${API}/notes/broken`, () => createStatusResponse(500)),
        http.get(`${API}/notes/missing`, () => createStatusResponse(404)),
      )
      const onError = vi.fn()
      const client = new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
      session.signedIn = false
      render(
        <StatusKitProvider onError={onError}>
          <QueryClientProvider client={client}>
            <SessionGuard>
              <StatusBoundary fallback={({ error }) => <p>boundary {error.status}</p>}>
                <Note id="broken" />
              </StatusBoundary>
              <StatusBoundary fallback={({ error }) => <p>boundary {error.status}</p>}>
                <Note id="missing" />
              </StatusBoundary>
              <Note id="1" />
            </SessionGuard>
          </QueryClientProvider>
        </StatusKitProvider>,
        { onCaughtError: () => {} },
      )
      expect(await screen.findByText('boundary 500')).toBeInTheDocument()
      expect(await screen.findByText('boundary 404')).toBeInTheDocument()
      await screen.findByRole('dialog')
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 500 })
      client.clear()
    })
  })
})

/** Autosaves what is typed into it, as a notes app would, and says when a save still needs doing. */
function AutosaveEditor({ resubmit = false }: { resubmit?: boolean }) {
  const [text, setText] = useState('')
  const { renewedAt } = useSessionStatus()
  const save = useMutation({
    mutationFn: async (body: string) => {
      const response = await fetch(`${API}/notes`, { method: 'POST', body })
      if (!response.ok) throw await fromResponse(response)
    },
    meta: resubmit ? { resubmitAfterSignIn: true } : undefined,
  })
  const failedAt = save.isError ? save.failureReason && save.submittedAt : undefined
  return (
    <>
      <label>
        Draft
        <textarea
          value={text}
          onChange={(event) => {
            setText(event.target.value)
            if (event.target.value.endsWith(' ')) save.mutate(event.target.value)
          }}
        />
      </label>
      <p>{save.status}</p>
      <p>
        {failedAt && renewedAt !== undefined && renewedAt > failedAt ? 'signed in again, not saved yet' : ''}
      </p>
    </>
  )
}

/** The sign-in the dialog runs: the toy session accepts it. */
async function signInAgain(): Promise<void> {
  session.signedIn = true
}

describe('SessionGuard while the user types', () => {
  describe('given an autosave that gets a 401 in the middle of a sentence', () => {
    it('should let every character land in the field, and open the dialog on its heading once typing stops', async () => {
      serve()
      session.signedIn = false
      const user = userEvent.setup({ delay: 20 })
      const client = newClient()
      const onLogin = vi.fn(async () => {
        session.signedIn = true
      })
      render(
        <App client={client} login={{ onLogin }}>
          <AutosaveEditor />
        </App>,
      )
      const field = screen.getByLabelText('Draft')
      await user.click(field)
      // The first space autosaves and gets the 401; the user keeps typing, including spaces and Enter.
      await user.keyboard('Hello world and more{Enter}to come')
      expect(count('POST')).toBeGreaterThanOrEqual(1)
      expect(field).toHaveValue('Hello world and more\nto come')
      expect(screen.queryByRole('dialog')).toBeNull()
      expect(onLogin).not.toHaveBeenCalled()

      const dialog = await screen.findByRole('dialog', { name: 'Sign in to continue' }, { timeout: 3000 })
      expect(within(dialog).getByRole('heading', { name: 'Sign in to continue' })).toHaveFocus()
      // A keystroke now does not sign in: focus is on the heading, not on the action.
      await user.keyboard(' {Enter}')
      expect(onLogin).not.toHaveBeenCalled()
      expect(field).toHaveValue('Hello world and more\nto come')
      client.clear()
    })
  })

  describe('given a save that failed with 401 and a sign-in', () => {
    it('should not send it again by itself, and let the page say it still needs saving', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <App client={client} login={{ onLogin: signInAgain }}>
          <AutosaveEditor />
        </App>,
      )
      session.signedIn = false
      await user.type(screen.getByLabelText('Draft'), 'Keep-this ')
      await user.click(await screen.findByRole('button', { name: 'Sign in' }, { timeout: 3000 }))
      expect(await screen.findByText('signed in again, not saved yet')).toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(count('POST')).toBe(1)
      expect(screen.getByLabelText('Draft')).toHaveValue('Keep-this ')
      client.clear()
    })

    it('should save it again after sign-in when the mutation says that is safe', async () => {
      serve()
      const user = userEvent.setup()
      const client = newClient()
      render(
        <App client={client} login={{ onLogin: signInAgain }}>
          <AutosaveEditor resubmit />
        </App>,
      )
      session.signedIn = false
      await user.type(screen.getByLabelText('Draft'), 'Keep-this ')
      await user.click(await screen.findByRole('button', { name: 'Sign in' }, { timeout: 3000 }))
      await waitFor(() => expect(count('POST')).toBe(2))
      expect(await screen.findByText('success')).toBeInTheDocument()
      client.clear()
    })
  })
})

describe('SessionGuard with a silent refresh', () => {
  describe('given login.refresh that renews the session', () => {
    it('should renew once for a burst of 401s, fetch again what failed, and show no dialog', async () => {
      serve()
      session.signedIn = false
      const client = newClient()
      const refresh = vi.fn(async () => {
        session.signedIn = true
        return true
      })
      const ids = ['1', '2', '3']
      render(
        <App client={client} login={{ href: '/login', refresh }}>
          {ids.map((id) => (
            <Note key={id} id={id} />
          ))}
        </App>,
      )
      for (const id of ids) expect(await screen.findByText(`Note ${id}`)).toBeInTheDocument()
      expect(refresh).toHaveBeenCalledTimes(1)
      for (const id of ids) expect(count(`GET ${id}`)).toBe(2)
      expect(screen.queryByRole('dialog')).toBeNull()
      client.clear()
    })
  })

  describe('given login.refresh that cannot renew it', () => {
    it('should show the dialog after all', async () => {
      serve()
      session.signedIn = false
      const client = newClient()
      const refresh = vi.fn(async () => false)
      render(
        <App client={client} login={{ href: '/login', refresh }}>
          <Note id="1" />
        </App>,
      )
      expect(await screen.findByRole('dialog', { name: 'Sign in to continue' })).toBeInTheDocument()
      expect(refresh).toHaveBeenCalledTimes(1)
      client.clear()
    })
  })
})

describe('SessionGuard and the QueryClient it watches', () => {
  it("should leave the client's default options as they were", () => {
    const client = newClient()
    const before = client.getDefaultOptions()
    const view = render(
      <App client={client}>
        <p>page</p>
      </App>,
    )
    expect(client.getDefaultOptions()).toBe(before)
    view.unmount()
    expect(client.getDefaultOptions()).toBe(before)
  })
})
