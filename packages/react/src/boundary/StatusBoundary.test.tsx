import { StatusError } from '@statuskit/core'
import {
  onlineManager,
  QueryClient,
  QueryClientProvider,
  useQuery,
  useSuspenseQuery,
} from '@tanstack/react-query'
import { act, render, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { Component, type ReactNode, StrictMode, Suspense, useEffect, useState } from 'react'
import { ErrorBoundary } from 'react-error-boundary'
import { describe, expect, it, type Mock, vi } from 'vitest'
import type { FallbackProps } from '../context/FallbackProps'
import * as publicEntry from '../index'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { statusQueryDefaults } from '../query/statusQueryDefaults'
import { StatusBoundary } from './StatusBoundary'
import { useStatusBoundary } from './useStatusBoundary'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

/** Mutable switches the tests flip between renders. */
interface Control {
  fail: boolean
  renders: number
  next?: unknown
}

function Thrower({ error }: { error: unknown }): ReactNode {
  throw error
}

function Flaky({ control }: { control: Control }) {
  control.renders += 1
  if (control.fail) throw control.next ?? new StatusError({ kind: 'http', status: 500 })
  return <p>content</p>
}

function describeError(error: StatusError): string {
  return `${error.kind}${error.status === undefined ? '' : ` ${error.status}`}`
}
function ExactFallback({ error }: FallbackProps) {
  return <p>exact: {describeError(error)}</p>
}
function ClassFallback({ error }: FallbackProps) {
  return <p>class: {describeError(error)}</p>
}
function KindFallback({ error }: FallbackProps) {
  return <p>kind: {describeError(error)}</p>
}
function DefaultFallback({ error }: FallbackProps) {
  return <p>default: {describeError(error)}</p>
}
function ProviderExactFallback({ error }: FallbackProps) {
  return <p>provider exact: {describeError(error)}</p>
}
function ProviderClassFallback({ error }: FallbackProps) {
  return <p>provider class: {describeError(error)}</p>
}
function ProviderKindFallback({ error }: FallbackProps) {
  return <p>provider kind: {describeError(error)}</p>
}
function ProviderDefaultFallback({ error }: FallbackProps) {
  return <p>provider default: {describeError(error)}</p>
}
function BrokenFallback(): ReactNode {
  throw new Error('fallback broke')
}

function ResetButtons({ reset }: FallbackProps) {
  return (
    <>
      <button type="button" onClick={() => reset({ automatic: true })}>
        automatic
      </button>
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </>
  )
}

/** A `fallback` render function that uses a hook. */
function renderWithHooks({ error }: FallbackProps) {
  // biome-ignore lint/correctness/useHookAtTopLevel: the boundary mounts a fallback render function as a component
  const [clicks, setClicks] = useState(0)
  return (
    <button type="button" onClick={() => setClicks(clicks + 1)}>
      {error.status}: {clicks}
    </button>
  )
}

/** Records the status each mounted instance was first created for. */
const mounts: number[] = []
function Counting({ error, reset }: FallbackProps) {
  const [mountedFor] = useState(error.status)
  useEffect(() => {
    mounts.push(mountedFor ?? 0)
  }, [mountedFor])
  return (
    <button type="button" onClick={() => reset()}>
      first shown {mountedFor}, now {error.status}
    </button>
  )
}

function Breaker({ children }: { children: ReactNode }) {
  const { showError } = useStatusBoundary()
  return (
    <>
      <button type="button" onClick={() => showError(new StatusError({ kind: 'http', status: 503 }))}>
        break
      </button>
      {children}
    </>
  )
}

function KeyedHarness({ control, keys, onReset }: { control: Control; keys: unknown[]; onReset: Mock }) {
  return (
    <StatusBoundary resetKeys={keys} onReset={onReset} fallback={<p>fallback</p>}>
      <Flaky control={control} />
    </StatusBoundary>
  )
}

function SuspenseData({ queryFn }: { queryFn: () => Promise<string> }) {
  const { data } = useSuspenseQuery({ queryKey: ['suspense-data'], queryFn })
  return <p>{data}</p>
}

function QueryData({ queryFn }: { queryFn: () => Promise<string> }) {
  const { data } = useQuery({ queryKey: ['data'], queryFn, throwOnError: true })
  return <p>{data ?? 'loading'}</p>
}

/** Sends a failed save to the nearest boundary, as an event handler must. */
function Save() {
  const { showError } = publicEntry.useStatusBoundary()
  return (
    <button type="button" onClick={() => showError(new TypeError('Failed to fetch'))}>
      Save
    </button>
  )
}

/** A plain outer boundary standing in for a router's or a parent's own. */
class Outer extends Component<{ children: ReactNode }, { caught: unknown; didCatch: boolean }> {
  override state = { caught: undefined as unknown, didCatch: false }
  static getDerivedStateFromError(caught: unknown) {
    return { caught, didCatch: true }
  }
  override render() {
    if (!this.state.didCatch) return this.props.children
    const { caught } = this.state
    const label = caught instanceof Error ? caught.message : String((caught as { status?: number }).status)
    return <p>outer caught {label}</p>
  }
}

describe('StatusBoundary', () => {
  describe('given children that render', () => {
    it('renders the children and no fallback', () => {
      render(
        <StatusBoundary fallback={<p>fallback</p>}>
          <p>content</p>
        </StatusBoundary>,
      )
      expect(screen.getByText('content')).toBeInTheDocument()
      expect(screen.queryByText('fallback')).toBeNull()
    })
  })

  describe('given fallbacks at several levels', () => {
    const fallbacks = {
      404: ExactFallback,
      '4xx': ClassFallback,
      network: KindFallback,
      default: DefaultFallback,
    }

    it('prefers the fallback prop (a render function) over everything else, for JavaScript callers that pass both', () => {
      render(
        // @ts-expect-error the types allow one of the two; plain JavaScript can still pass both
        <StatusBoundary fallback={({ error }) => <p>render function {error.status}</p>} fallbacks={fallbacks}>
          <Thrower error={{ status: 404 }} />
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByText('render function 404')).toBeInTheDocument()
    })

    it('mounts the render function as a component, so it may use hooks', async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={renderWithHooks}>
          <Thrower error={{ status: 500 }} />
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: '500: 0' }))
      expect(screen.getByRole('button', { name: '500: 1' })).toBeInTheDocument()
    })

    it('accepts a plain element as the fallback, as a Server Component would pass it', () => {
      render(
        // @ts-expect-error the types allow one of the two; plain JavaScript can still pass both
        <StatusBoundary fallback={<p>plain element</p>} fallbacks={fallbacks}>
          <Thrower error={{ status: 404 }} />
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByText('plain element')).toBeInTheDocument()
    })

    it('picks the exact code before the class', () => {
      render(
        <>
          <StatusBoundary fallbacks={fallbacks}>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
          <StatusBoundary fallbacks={fallbacks}>
            <Thrower error={{ status: 403 }} />
          </StatusBoundary>
        </>,
        quiet,
      )
      expect(screen.getByText('exact: http 404')).toBeInTheDocument()
      expect(screen.getByText('class: http 403')).toBeInTheDocument()
    })

    it('matches a 5xx by its class and falls back to default for a class that is not listed', () => {
      render(
        <>
          <StatusBoundary fallbacks={{ '5xx': ClassFallback, default: DefaultFallback }}>
            <Thrower error={{ status: 503 }} />
          </StatusBoundary>
          <StatusBoundary fallbacks={{ '5xx': ClassFallback, default: DefaultFallback }}>
            <Thrower error={{ status: 418 }} />
          </StatusBoundary>
        </>,
        quiet,
      )
      expect(screen.getByText('class: http 503')).toBeInTheDocument()
      expect(screen.getByText('default: http 418')).toBeInTheDocument()
    })

    it('picks a kind fallback for errors without a status, then default', () => {
      render(
        <>
          <StatusBoundary fallbacks={fallbacks}>
            <Thrower error={new TypeError('Failed to fetch')} />
          </StatusBoundary>
          <StatusBoundary fallbacks={fallbacks}>
            <Thrower error={new Error('boom')} />
          </StatusBoundary>
        </>,
        quiet,
      )
      expect(screen.getByText('kind: network')).toBeInTheDocument()
      expect(screen.getByText('default: unknown')).toBeInTheDocument()
    })

    it("uses the boundary's default before any of the provider's fallbacks", () => {
      render(
        <StatusKitProvider fallbacks={{ 404: ProviderExactFallback }}>
          <StatusBoundary fallbacks={{ default: DefaultFallback }}>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText('default: http 404')).toBeInTheDocument()
    })

    it("falls through to the provider's fallbacks, in the same order, when the boundary's do not match", () => {
      render(
        <StatusKitProvider fallbacks={{ 404: ProviderExactFallback, '5xx': ProviderClassFallback }}>
          <StatusBoundary fallbacks={{ 401: ExactFallback }}>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
          <StatusBoundary>
            <Thrower error={{ status: 502 }} />
          </StatusBoundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText('provider exact: http 404')).toBeInTheDocument()
      expect(screen.getByText('provider class: http 502')).toBeInTheDocument()
    })

    it('passes the headingLevel to the fallback', () => {
      render(
        <StatusBoundary headingLevel={3} fallback={({ headingLevel }) => <p>level {headingLevel}</p>}>
          <Thrower error={{ status: 500 }} />
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByText('level 3')).toBeInTheDocument()
    })

    it('normalizes whatever was thrown into a StatusError', () => {
      const seen: StatusError[] = []
      render(
        <StatusBoundary
          fallback={({ error }) => {
            seen.push(error)
            return null
          }}
        >
          <Thrower error="a string" />
        </StatusBoundary>,
        quiet,
      )
      expect(seen.at(-1)).toBeInstanceOf(StatusError)
      expect(seen.at(-1)?.kind).toBe('unknown')
    })
  })

  describe('given nested boundaries with catches', () => {
    it('lets the inner boundary handle the codes it lists and sends the rest to the outer one', () => {
      render(
        <>
          <StatusBoundary fallback={<p>outer</p>}>
            <StatusBoundary catches={[404, 410]} fallback={<p>inner</p>}>
              <Thrower error={{ status: 500 }} />
            </StatusBoundary>
          </StatusBoundary>
          <StatusBoundary fallback={<p>outer 2</p>}>
            <StatusBoundary catches={[404, 410]} fallback={<p>inner 2</p>}>
              <Thrower error={{ status: 410 }} />
            </StatusBoundary>
          </StatusBoundary>
        </>,
        quiet,
      )
      expect(screen.getByText('outer')).toBeInTheDocument()
      expect(screen.queryByText('inner')).toBeNull()
      expect(screen.getByText('inner 2')).toBeInTheDocument()
      expect(screen.queryByText('outer 2')).toBeNull()
    })

    it('accepts a predicate on the normalized error', () => {
      render(
        <StatusBoundary fallback={<p>outer</p>}>
          <StatusBoundary catches={(error) => error.kind === 'network'} fallback={<p>inner</p>}>
            <Thrower error={new TypeError('Failed to fetch')} />
          </StatusBoundary>
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByText('inner')).toBeInTheDocument()
    })

    it("calls only the handling boundary's onError", () => {
      const innerOnError = vi.fn()
      const outerOnError = vi.fn()
      render(
        <StatusBoundary fallback={<p>outer</p>} onError={outerOnError}>
          <StatusBoundary catches={[404]} fallback={<p>inner</p>} onError={innerOnError}>
            <Thrower error={{ status: 500 }} />
          </StatusBoundary>
        </StatusBoundary>,
        quiet,
      )
      expect(innerOnError).not.toHaveBeenCalled()
      expect(outerOnError).toHaveBeenCalledTimes(1)
      expect(outerOnError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 500 })
    })
  })

  describe('given a fallback that throws', () => {
    it("sends the fallback's error to the next boundary up", () => {
      render(
        <StatusBoundary fallback={({ error }) => <p>parent shows {error.kind}</p>}>
          <StatusBoundary fallbacks={{ default: BrokenFallback }}>
            <Thrower error={{ status: 404 }} />
          </StatusBoundary>
        </StatusBoundary>,
        quiet,
      )
      expect(screen.getByText('parent shows unknown')).toBeInTheDocument()
    })
  })

  describe('given router control flow', () => {
    it('re-throws a Next.js redirect instead of rendering it', () => {
      const onError = vi.fn()
      const redirect = Object.assign(new Error('NEXT_REDIRECT'), {
        digest: 'NEXT_REDIRECT;replace;/login;307;',
      })
      render(
        <Outer>
          <StatusBoundary fallback={<p>status fallback</p>} onError={onError}>
            <Thrower error={redirect} />
          </StatusBoundary>
        </Outer>,
        quiet,
      )
      expect(screen.getByText('outer caught NEXT_REDIRECT')).toBeInTheDocument()
      expect(screen.queryByText('status fallback')).toBeNull()
      expect(onError).not.toHaveBeenCalled()
    })

    it('re-throws a Next.js notFound() signal and a thrown redirect Response', () => {
      const notFound = Object.assign(new Error('NEXT_HTTP_ERROR_FALLBACK;404'), {
        digest: 'NEXT_HTTP_ERROR_FALLBACK;404',
      })
      render(
        <>
          <Outer>
            <StatusBoundary fallback={<p>status fallback</p>}>
              <Thrower error={notFound} />
            </StatusBoundary>
          </Outer>
          <Outer>
            <StatusBoundary fallback={<p>status fallback</p>}>
              <Thrower error={new Response(null, { status: 302, headers: { Location: '/login' } })} />
            </StatusBoundary>
          </Outer>
        </>,
        quiet,
      )
      expect(screen.getByText('outer caught NEXT_HTTP_ERROR_FALLBACK;404')).toBeInTheDocument()
      expect(screen.getByText('outer caught 302')).toBeInTheDocument()
      expect(screen.queryByText('status fallback')).toBeNull()
    })
  })

  describe('given a fallback that resets', () => {
    it('renders the children again after a reset, and catches the error again when it recurs', async () => {
      const user = userEvent.setup()
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      render(
        <StatusBoundary fallbacks={{ default: ResetButtons }} onReset={onReset}>
          <Flaky control={control} />
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
      control.fail = false
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(screen.getByText('content')).toBeInTheDocument()
      expect(onReset.mock.calls).toEqual([[{ reason: 'imperative-api' }], [{ reason: 'imperative-api' }]])
    })

    it('stops honouring automatic resets after three in a row that failed again', async () => {
      const user = userEvent.setup()
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      render(
        <StatusBoundary fallbacks={{ default: ResetButtons }} onReset={onReset}>
          <Flaky control={control} />
        </StatusBoundary>,
        quiet,
      )
      const afterFirstError = control.renders
      for (let attempt = 0; attempt < 6; attempt += 1) {
        await user.click(screen.getByRole('button', { name: 'automatic' }))
      }
      expect(onReset).toHaveBeenCalledTimes(3)
      expect(onReset).toHaveBeenLastCalledWith({ reason: 'automatic' })
      const afterAutomatic = control.renders
      expect(afterAutomatic).toBeGreaterThan(afterFirstError)

      // The user's reset always works, and it starts a new count of automatic resets.
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(onReset).toHaveBeenCalledTimes(4)
      expect(onReset).toHaveBeenLastCalledWith({ reason: 'imperative-api' })
      expect(control.renders).toBeGreaterThan(afterAutomatic)
      for (let attempt = 0; attempt < 5; attempt += 1) {
        await user.click(screen.getByRole('button', { name: 'automatic' }))
      }
      expect(onReset).toHaveBeenCalledTimes(7)
    })

    it('honours a new series of automatic resets once the last one held for a minute', async () => {
      vi.useFakeTimers({ now: 0, toFake: ['Date'] })
      try {
        const user = userEvent.setup()
        const control: Control = { fail: true, renders: 0 }
        const onReset = vi.fn()
        render(
          <StatusBoundary fallbacks={{ default: ResetButtons }} onReset={onReset}>
            <Breaker>
              <Flaky control={control} />
            </Breaker>
          </StatusBoundary>,
          quiet,
        )
        for (let attempt = 0; attempt < 3; attempt += 1) {
          await user.click(screen.getByRole('button', { name: 'automatic' }))
        }
        expect(onReset).toHaveBeenCalledTimes(3)
        control.fail = false
        await user.click(screen.getByRole('button', { name: 'Try again' }))
        expect(screen.getByText('content')).toBeInTheDocument()
        // Four recoveries, each a minute apart: none of them belongs to a failing series.
        for (let series = 0; series < 4; series += 1) {
          vi.setSystemTime(Date.now() + 61_000)
          await user.click(screen.getByRole('button', { name: 'break' }))
          await user.click(screen.getByRole('button', { name: 'automatic' }))
          expect(screen.getByText('content')).toBeInTheDocument()
        }
        expect(onReset).toHaveBeenCalledTimes(8)
      } finally {
        vi.useRealTimers()
      }
    })
  })

  describe('given a new error right after a reset', () => {
    it('mounts a fresh fallback for it instead of reusing the last one', async () => {
      const user = userEvent.setup()
      const control: Control = {
        fail: true,
        renders: 0,
        next: new StatusError({ kind: 'http', status: 429 }),
      }
      mounts.length = 0
      render(
        <StatusBoundary fallbacks={{ default: Counting }}>
          <Flaky control={control} />
        </StatusBoundary>,
        quiet,
      )
      control.next = new StatusError({ kind: 'http', status: 503 })
      await user.click(screen.getByRole('button', { name: 'first shown 429, now 429' }))
      expect(screen.getByRole('button', { name: 'first shown 503, now 503' })).toBeInTheDocument()
      expect(mounts).toEqual([429, 503])
    })
  })

  describe('given resetKeys', () => {
    it('does not reset when there is no error', () => {
      const onReset = vi.fn()
      const control: Control = { fail: false, renders: 0 }
      const { rerender } = render(<KeyedHarness control={control} keys={[1]} onReset={onReset} />)
      rerender(<KeyedHarness control={control} keys={[2]} onReset={onReset} />)
      expect(onReset).not.toHaveBeenCalled()
      expect(screen.getByText('content')).toBeInTheDocument()
    })

    it('resets once per change of a key, with the previous and next keys', () => {
      const onReset = vi.fn()
      const control: Control = { fail: true, renders: 0 }
      const { rerender } = render(<KeyedHarness control={control} keys={[1]} onReset={onReset} />, quiet)
      expect(screen.getByText('fallback')).toBeInTheDocument()
      control.fail = false
      rerender(<KeyedHarness control={control} keys={[2]} onReset={onReset} />)
      expect(screen.getByText('content')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledTimes(1)
      expect(onReset).toHaveBeenCalledWith({ reason: 'keys', prev: [1], next: [2] })
      rerender(<KeyedHarness control={control} keys={[2]} onReset={onReset} />)
      expect(onReset).toHaveBeenCalledTimes(1)
    })

    it('catches an error thrown again after a key reset, and resets again on the next change only', () => {
      const onReset = vi.fn()
      const control: Control = { fail: true, renders: 0 }
      const { rerender } = render(<KeyedHarness control={control} keys={['a']} onReset={onReset} />, quiet)
      rerender(<KeyedHarness control={control} keys={['b']} onReset={onReset} />)
      expect(onReset).toHaveBeenCalledTimes(1)
      expect(screen.getByText('fallback')).toBeInTheDocument()
      rerender(<KeyedHarness control={control} keys={['b']} onReset={onReset} />)
      expect(onReset).toHaveBeenCalledTimes(1)
      control.fail = false
      rerender(<KeyedHarness control={control} keys={['c']} onReset={onReset} />)
      expect(onReset).toHaveBeenCalledTimes(2)
      expect(screen.getByText('content')).toBeInTheDocument()
    })

    it('does not reset when a key changes in the same render that throws', () => {
      const onReset = vi.fn()
      const control: Control = { fail: false, renders: 0 }
      const { rerender } = render(<KeyedHarness control={control} keys={[1]} onReset={onReset} />, quiet)
      control.fail = true
      rerender(<KeyedHarness control={control} keys={[2]} onReset={onReset} />)
      expect(screen.getByText('fallback')).toBeInTheDocument()
      expect(onReset).not.toHaveBeenCalled()
    })
  })

  describe('given onError inside StrictMode', () => {
    it("calls the boundary's onError once per error, then the provider's", () => {
      const order: string[] = []
      const onError = vi.fn(() => order.push('boundary'))
      const providerOnError = vi.fn(() => order.push('provider'))
      const thrown = new StatusError({ kind: 'http', status: 500 })
      render(
        <StrictMode>
          <StatusKitProvider onError={providerOnError}>
            <StatusBoundary fallback={<p>fallback</p>} onError={onError}>
              <Thrower error={thrown} />
            </StatusBoundary>
          </StatusKitProvider>
        </StrictMode>,
        quiet,
      )
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]).toEqual([
        thrown,
        expect.objectContaining({ componentStack: expect.any(String) }),
      ])
      expect(providerOnError).toHaveBeenCalledTimes(1)
      expect(providerOnError).toHaveBeenCalledWith(thrown, expect.objectContaining({ source: 'boundary' }))
      expect(order).toEqual(['boundary', 'provider'])
    })

    it('calls onError again for a new error after a reset, not for the same one', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      const control: Control = {
        fail: true,
        renders: 0,
        next: new StatusError({ kind: 'http', status: 500 }),
      }
      render(
        <StrictMode>
          <StatusBoundary onError={onError} fallbacks={{ default: ResetButtons }}>
            <Flaky control={control} />
          </StatusBoundary>
        </StrictMode>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(onError).toHaveBeenCalledTimes(1)
      control.next = new StatusError({ kind: 'http', status: 502 })
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(onError).toHaveBeenCalledTimes(2)
    })

    it("does not send expected 4xx to the provider's telemetry unless asked", () => {
      const unexpectedOnly = vi.fn()
      const everything = vi.fn()
      render(
        <>
          <StatusKitProvider onError={unexpectedOnly}>
            <StatusBoundary fallback={<p>a</p>}>
              <Thrower error={{ status: 404 }} />
            </StatusBoundary>
          </StatusKitProvider>
          <StatusKitProvider onError={everything} report="all">
            <StatusBoundary fallback={<p>b</p>}>
              <Thrower error={{ status: 404 }} />
            </StatusBoundary>
          </StatusKitProvider>
        </>,
        quiet,
      )
      expect(unexpectedOnly).not.toHaveBeenCalled()
      expect(everything).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a failed TanStack query', () => {
    function setup(strict: boolean) {
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const queryFn = vi.fn(async () => {
        if (queryFn.mock.calls.length === 1) throw new StatusError({ kind: 'http', status: 500 })
        return 'the data'
      })
      const tree = (
        <QueryClientProvider client={client}>
          <StatusBoundary fallbacks={{ default: ResetButtons }}>
            <QueryData queryFn={queryFn} />
          </StatusBoundary>
        </QueryClientProvider>
      )
      render(strict ? <StrictMode>{tree}</StrictMode> : tree, quiet)
      return { queryFn, client }
    }

    for (const strict of [false, true]) {
      it(`fetches exactly once more per click on Try again${strict ? ', inside StrictMode' : ''}`, async () => {
        const user = userEvent.setup()
        const { queryFn, client } = setup(strict)
        const button = await screen.findByRole('button', { name: 'Try again' })
        expect(queryFn).toHaveBeenCalledTimes(1)
        await user.click(button)
        expect(await screen.findByText('the data')).toBeInTheDocument()
        expect(queryFn).toHaveBeenCalledTimes(2)
        // Nothing else follows: no remount-driven retry loop.
        await new Promise((resolve) => setTimeout(resolve, 50))
        expect(queryFn).toHaveBeenCalledTimes(2)
        client.clear()
      })
    }

    it('fetches a failed suspense query exactly once more per click, inside StrictMode', async () => {
      const user = userEvent.setup()
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const queryFn = vi.fn(async () => {
        if (queryFn.mock.calls.length === 1) throw new StatusError({ kind: 'http', status: 503 })
        return 'suspense data'
      })
      render(
        <StrictMode>
          <QueryClientProvider client={client}>
            <StatusBoundary fallbacks={{ default: ResetButtons }}>
              <Suspense fallback={<p>loading</p>}>
                <SuspenseData queryFn={queryFn} />
              </Suspense>
            </StatusBoundary>
          </QueryClientProvider>
        </StrictMode>,
        quiet,
      )
      await user.click(await screen.findByRole('button', { name: 'Try again' }))
      expect(await screen.findByText('suspense data')).toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })

    it('works without a QueryClientProvider above the boundary', async () => {
      const user = userEvent.setup()
      const control: Control = { fail: true, renders: 0 }
      render(
        <StatusBoundary fallbacks={{ default: ResetButtons }}>
          <Flaky control={control} />
        </StatusBoundary>,
        quiet,
      )
      control.fail = false
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      await waitFor(() => expect(screen.getByText('content')).toBeInTheDocument())
    })
  })
})

describe('StatusBoundary, as the public entry exports it', () => {
  const Boundary = publicEntry.StatusBoundary

  describe('given every level of the resolution order', () => {
    const own = { 404: ExactFallback, '4xx': ClassFallback, timeout: KindFallback }
    const app = {
      401: ProviderExactFallback,
      '5xx': ProviderClassFallback,
      network: ProviderKindFallback,
      default: ProviderDefaultFallback,
    }

    it.each([
      ['a 404', { status: 404 }, 'exact: http 404'],
      ['a 422', { status: 422 }, 'class: http 422'],
      ['a timeout', new DOMException('slow', 'TimeoutError'), 'kind: timeout'],
      ['a 503', { status: 503 }, 'provider class: http 503'],
      ['a network failure', new TypeError('Failed to fetch'), 'provider kind: network'],
      ['an unknown error', new Error('boom'), 'provider default: unknown'],
    ])('picks the most specific fallback for %s', (_name, thrown, shown) => {
      render(
        <StatusKitProvider fallbacks={app}>
          <Boundary fallbacks={own}>
            <Thrower error={thrown} />
          </Boundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText(shown)).toBeInTheDocument()
    })

    it("uses the boundary's own list, even its default, before any of the provider's", () => {
      render(
        <StatusKitProvider fallbacks={app}>
          <Boundary fallbacks={{ 404: ExactFallback, default: DefaultFallback }}>
            <Thrower error={{ status: 401 }} />
          </Boundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText('default: http 401')).toBeInTheDocument()
    })

    it('puts the fallback prop, a render function or an element, before every list', () => {
      render(
        <StatusKitProvider fallbacks={app}>
          {/* @ts-expect-error the types allow one of the two; plain JavaScript can still pass both */}
          <Boundary fallback={({ error }: FallbackProps) => <p>render {error.status}</p>} fallbacks={own}>
            <Thrower error={{ status: 404 }} />
          </Boundary>
          {/* @ts-expect-error the types allow one of the two; plain JavaScript can still pass both */}
          <Boundary fallback={<p>element</p>} fallbacks={own}>
            <Thrower error={{ status: 404 }} />
          </Boundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByText('render 404')).toBeInTheDocument()
      expect(screen.getByText('element')).toBeInTheDocument()
    })

    it('renders the built-in page when no list covers the error', () => {
      render(
        <StatusKitProvider fallbacks={{ 500: ProviderExactFallback }}>
          <Boundary fallbacks={{ 403: ExactFallback }}>
            <Thrower error={{ status: 404 }} />
          </Boundary>
        </StatusKitProvider>,
        quiet,
      )
      expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toHaveFocus()
    })
  })

  describe('given <StatusPage /> as a plain element fallback', () => {
    it('shows the page of the caught error, with its reference', () => {
      render(
        <Boundary fallback={<publicEntry.StatusPage />}>
          <Thrower
            error={{ status: 500, headers: { 'x-request-id': 'req-7' }, data: { detail: 'at db.internal' } }}
          />
        </Boundary>,
        quiet,
      )
      expect(
        screen.getByRole('heading', { level: 1, name: 'Sorry, there is a problem with the service' }),
      ).toBeInTheDocument()
      expect(screen.getByText('Error code 500 · Reference req-7')).toBeInTheDocument()
    })

    it('resets the boundary from "Try again" instead of reloading the page', () => {
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      render(
        <Boundary fallback={<publicEntry.StatusPage code={503} />} onReset={onReset}>
          <Flaky control={control} />
        </Boundary>,
        quiet,
      )
      expect(screen.getByRole('heading', { name: 'Sorry, the service is unavailable' })).toBeInTheDocument()
      control.fail = false
      act(() => screen.getByRole('button', { name: 'Try again' }).click())
      expect(screen.getByText('content')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api' })
    })
  })

  describe('given a fallback that re-throws the error it was given', () => {
    it('passes the error to the boundary above, as with react-error-boundary', () => {
      render(
        <Boundary fallback={({ error }) => <p>parent shows {error.status}</p>}>
          <Boundary
            fallback={({ error }) => {
              throw error
            }}
          >
            <Thrower error={{ status: 418 }} />
          </Boundary>
        </Boundary>,
        quiet,
      )
      expect(screen.getByText('parent shows 418')).toBeInTheDocument()
    })
  })

  describe('given onReset', () => {
    it('tells a click on the built-in "Try again" apart from a key change', () => {
      const onReset = vi.fn()
      const control: Control = { fail: true, renders: 0 }
      const tree = (keys: unknown[]) => (
        <Boundary onReset={onReset} resetKeys={keys}>
          <Flaky control={control} />
        </Boundary>
      )
      const { rerender } = render(tree(['a']), quiet)
      act(() => screen.getByRole('button', { name: 'Try again' }).click())
      expect(onReset).toHaveBeenLastCalledWith({ reason: 'imperative-api' })
      rerender(tree(['b']))
      expect(onReset).toHaveBeenLastCalledWith({ reason: 'keys', prev: ['a'], next: ['b'] })
      expect(onReset).toHaveBeenCalledTimes(2)
    })
  })

  describe('given a 429 page whose automatic retries keep failing', () => {
    it('retries by itself three times, then waits for the user', () => {
      vi.useFakeTimers()
      try {
        const onReset = vi.fn()
        const control: Control = {
          fail: true,
          renders: 0,
          next: new StatusError({ kind: 'http', status: 429, retryAfterMs: 5000 }),
        }
        render(
          <StrictMode>
            <Boundary onReset={onReset}>
              <Flaky control={control} />
            </Boundary>
          </StrictMode>,
          quiet,
        )
        for (let step = 0; step < 8; step += 1) {
          act(() => {
            vi.advanceTimersByTime(6000)
          })
        }
        expect(onReset).toHaveBeenCalledTimes(3)
        expect(onReset).toHaveBeenCalledWith({ reason: 'automatic' })
        expect(vi.getTimerCount()).toBe(0)
        // The user can still try again.
        control.fail = false
        act(() => screen.getByRole('button', { name: 'Try again' }).click())
        expect(screen.getByText('content')).toBeInTheDocument()
      } finally {
        vi.useRealTimers()
      }
    })
  })

  describe('given a string thrown inside StrictMode', () => {
    it('calls onError once, with a StatusError of kind unknown', () => {
      const onError = vi.fn()
      render(
        <StrictMode>
          <Boundary onError={onError} fallback={<p>fallback</p>}>
            <Thrower error="boom" />
          </Boundary>
        </StrictMode>,
        quiet,
      )
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(StatusError)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unknown' })
    })
  })

  describe('given a digest-only Next.js signal', () => {
    it.each(['NEXT_NOT_FOUND', 'NEXT_REDIRECT;push;/elsewhere;303;', 'NEXT_HTTP_ERROR_FALLBACK;401'])(
      're-throws %s to the boundary above',
      (digest) => {
        const onError = vi.fn()
        render(
          <Outer>
            <Boundary fallback={<p>status fallback</p>} onError={onError}>
              <Thrower error={Object.assign(new Error('control'), { digest })} />
            </Boundary>
          </Outer>,
          quiet,
        )
        expect(screen.getByText('outer caught control')).toBeInTheDocument()
        expect(onError).not.toHaveBeenCalled()
      },
    )
  })

  describe('given a key change while a failed query is shown', () => {
    it('fetches the query again, once', async () => {
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const queryFn = vi.fn(async () => {
        if (queryFn.mock.calls.length === 1) throw new StatusError({ kind: 'http', status: 404 })
        return 'the data'
      })
      const tree = (key: string) => (
        <QueryClientProvider client={client}>
          <Boundary resetKeys={[key]}>
            <QueryData queryFn={queryFn} />
          </Boundary>
        </QueryClientProvider>
      )
      const { rerender } = render(tree('/a'), quiet)
      expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
      rerender(tree('/b'))
      expect(await screen.findByText('the data')).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })
  })

  describe('given the QueryClientProvider below the boundary', () => {
    it('still makes "Try again" fetch the failed query again', async () => {
      const user = userEvent.setup()
      const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
      const queryFn = vi.fn(async () => {
        if (queryFn.mock.calls.length === 1) throw new StatusError({ kind: 'http', status: 500 })
        return 'the data'
      })
      render(
        <StrictMode>
          <Boundary>
            <QueryClientProvider client={client}>
              <QueryData queryFn={queryFn} />
            </QueryClientProvider>
          </Boundary>
        </StrictMode>,
        quiet,
      )
      await user.click(await screen.findByRole('button', { name: 'Try again' }))
      expect(await screen.findByText('the data')).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })
  })

  describe('given an error sent from an event handler', () => {
    it('shows it in the nearest boundary only', () => {
      render(
        <Boundary fallback={<p>outer</p>}>
          <p>still here</p>
          <Boundary headingLevel={2}>
            <Save />
          </Boundary>
        </Boundary>,
        quiet,
      )
      act(() => screen.getByRole('button', { name: 'Save' }).click())
      expect(
        screen.getByRole('heading', { level: 2, name: "This part of the page couldn't load" }),
      ).toBeInTheDocument()
      expect(screen.getByText('still here')).toBeInTheDocument()
      expect(screen.queryByText('outer')).toBeNull()
    })
  })
})

/** A query without data until it settles, under the kit's defaults: its failure belongs to its boundary. */
function Report({ name, queryFn }: { name: string; queryFn: () => Promise<string> }) {
  const { data } = useQuery({ queryKey: [name], queryFn })
  return <p>{data ?? `${name} loading`}</p>
}

/** Sends a 503 or a 500 to the nearest boundary from a click, and resets it from another. */
function BoundaryActions({ status = 503 }: { status?: number }) {
  const { showError, reset } = useStatusBoundary()
  return (
    <>
      <button type="button" onClick={() => showError(new StatusError({ kind: 'http', status }))}>
        break
      </button>
      <button type="button" onClick={reset}>
        clear
      </button>
    </>
  )
}

describe('StatusBoundary and TanStack Query reset scopes', () => {
  describe('given two boundaries, one reset while the other still waits for its query', () => {
    it("sends the other boundary's failure to its own page, not inline", async () => {
      const user = userEvent.setup()
      const client = new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
      let failSlow: (error: unknown) => void = () => {}
      const slow = vi.fn(
        () =>
          new Promise<string>((_, reject) => {
            failSlow = reject
          }),
      )
      const control: Control = { fail: true, renders: 0 }
      render(
        <QueryClientProvider client={client}>
          <StatusBoundary fallbacks={{ default: ResetButtons }}>
            <Flaky control={control} />
          </StatusBoundary>
          <StatusBoundary headingLevel={2}>
            <Report name="stats" queryFn={slow} />
          </StatusBoundary>
        </QueryClientProvider>,
        quiet,
      )
      expect(screen.getByText('stats loading')).toBeInTheDocument()
      // Resetting the first boundary must not mark the second one's queries as reset.
      control.fail = false
      await user.click(screen.getByRole('button', { name: 'Try again' }))
      expect(screen.getByText('content')).toBeInTheDocument()
      await act(async () => {
        failSlow(new StatusError({ kind: 'http', status: 500 }))
        // TanStack Query notifies its observers on the next task.
        await new Promise((resolve) => setTimeout(resolve, 20))
      })
      // At once, not after some later render happens to clear a shared reset flag.
      expect(
        screen.getByRole('heading', { level: 2, name: "This part of the page couldn't load" }),
      ).toBeInTheDocument()
      expect(screen.queryByText('stats loading')).toBeNull()
      client.clear()
    })
  })

  describe('given a route whose query failed, visited again after the server recovered', () => {
    it('fetches once more on the new visit and shows the data, not the old error', async () => {
      const client = new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
      let recovered = false
      const queryFn = vi.fn(async () => {
        if (!recovered) throw new StatusError({ kind: 'http', status: 404 })
        return 'order 42'
      })
      const route = (
        <StatusBoundary>
          <Report name="order" queryFn={queryFn} />
        </StatusBoundary>
      )
      const view = render(<QueryClientProvider client={client}>{route}</QueryClientProvider>, quiet)
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(1)

      // Away, then back: the boundary mounts afresh while the cache still holds the 404.
      view.rerender(<QueryClientProvider client={client}>{null}</QueryClientProvider>)
      recovered = true
      view.rerender(<QueryClientProvider client={client}>{route}</QueryClientProvider>)
      expect(await screen.findByText('order 42')).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })

    it('shows the page again, after one request, when the query still fails', async () => {
      const client = new QueryClient({ defaultOptions: statusQueryDefaults({ retry: { maxRetries: 0 } }) })
      const queryFn = vi.fn(async (): Promise<string> => {
        throw new StatusError({ kind: 'http', status: 404 })
      })
      const route = (
        <StatusBoundary>
          <Report name="gone" queryFn={queryFn} />
        </StatusBoundary>
      )
      const view = render(<QueryClientProvider client={client}>{route}</QueryClientProvider>, quiet)
      await screen.findByRole('heading', { level: 1, name: 'Page not found' })
      view.rerender(<QueryClientProvider client={client}>{null}</QueryClientProvider>)
      view.rerender(<QueryClientProvider client={client}>{route}</QueryClientProvider>)
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(queryFn).toHaveBeenCalledTimes(2)
      client.clear()
    })
  })
})

describe('useStatusBoundary with another error boundary in between', () => {
  describe("given react-error-boundary's ErrorBoundary between the hook and the StatusBoundary", () => {
    it('shows the error in the StatusBoundary, and its reset clears it', async () => {
      const user = userEvent.setup()
      const onError = vi.fn()
      render(
        <StatusBoundary
          onError={onError}
          fallback={({ error }) => <p>status boundary shows {error.status}</p>}
        >
          <ErrorBoundary fallback={<p>the other library caught it</p>}>
            <BoundaryActions />
          </ErrorBoundary>
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'break' }))
      expect(screen.getByText('status boundary shows 503')).toBeInTheDocument()
      expect(screen.queryByText('the other library caught it')).toBeNull()
      expect(onError).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 503 })
    })

    it("resets the StatusBoundary from the hook's reset, from inside its fallback", async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={<BoundaryActions />}>
          <ErrorBoundary fallback={<p>the other library caught it</p>}>
            <BoundaryActions />
          </ErrorBoundary>
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'break' }))
      await user.click(screen.getByRole('button', { name: 'clear' }))
      expect(screen.getByRole('button', { name: 'break' })).toBeInTheDocument()
    })
  })

  describe('given an error that the nearest StatusBoundary does not catch', () => {
    it('goes on to the boundary above it', async () => {
      const user = userEvent.setup()
      render(
        <StatusBoundary fallback={({ error }) => <p>outer shows {error.status}</p>}>
          <StatusBoundary catches={[404]} fallback={<p>inner</p>}>
            <BoundaryActions status={500} />
          </StatusBoundary>
        </StatusBoundary>,
        quiet,
      )
      await user.click(screen.getByRole('button', { name: 'break' }))
      expect(screen.getByText('outer shows 500')).toBeInTheDocument()
      expect(screen.queryByText('inner')).toBeNull()
    })
  })
})

let offlineFeed = true
function Feed() {
  if (offlineFeed) throw new TypeError('Failed to fetch')
  return (
    <section>
      <h2>Your feed</h2>
      <p>Three new posts</p>
    </section>
  )
}

describe('StatusBoundary recovering by itself', () => {
  describe('given the offline page had focus when the connection came back', () => {
    it('should move focus to the heading of the recovered content, not leave it on the document', () => {
      offlineFeed = true
      render(
        <>
          <button type="button">elsewhere</button>
          <StatusBoundary>
            <Feed />
          </StatusBoundary>
        </>,
        quiet,
      )
      act(() => onlineManager.setOnline(false))
      const heading = screen.getByRole('heading', { level: 1, name: "You're not connected" })
      expect(heading).toHaveFocus()
      offlineFeed = false
      act(() => onlineManager.setOnline(true))
      expect(screen.getByRole('heading', { name: 'Your feed' })).toHaveFocus()
    })

    it('should leave focus alone when the user had moved it elsewhere', () => {
      offlineFeed = true
      render(
        <>
          <button type="button">elsewhere</button>
          <StatusBoundary>
            <Feed />
          </StatusBoundary>
        </>,
        quiet,
      )
      act(() => onlineManager.setOnline(false))
      act(() => screen.getByRole('button', { name: 'elsewhere' }).focus())
      offlineFeed = false
      act(() => onlineManager.setOnline(true))
      expect(screen.getByRole('button', { name: 'elsewhere' })).toHaveFocus()
    })
  })
})

describe('StatusBoundary nested in a page, showing a countdown', () => {
  it('should announce its heading once, and keep the ticking countdown out of the alert', () => {
    render(
      <StatusBoundary headingLevel={3}>
        <Thrower error={new StatusError({ kind: 'http', status: 429, retryAfterMs: 30_000 })} />
      </StatusBoundary>,
      quiet,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toContainElement(screen.getByRole('heading', { level: 3 }))
    expect(alert).not.toContainElement(screen.getByRole('timer'))
    expect(alert.textContent).not.toMatch(/\d+ seconds/)
  })
})
