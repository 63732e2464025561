import type { StatusNormalizer } from '@statuskit/core'
import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { StatusBoundary } from '../boundary/StatusBoundary'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { statusQueryDefaults } from '../query/statusQueryDefaults'

/** An app's own error shape, which the kit cannot know. */
class AppError extends Error {
  constructor(
    readonly code: 'SLOW_DOWN' | 'DOWN',
    readonly waitSeconds?: number,
  ) {
    super(code)
  }
}

const normalize: StatusNormalizer = (value) =>
  value instanceof AppError
    ? {
        kind: 'http',
        status: value.code === 'SLOW_DOWN' ? 429 : 503,
        retryAfterMs: value.waitSeconds === undefined ? undefined : value.waitSeconds * 1000,
      }
    : undefined

function Report({ queryFn }: { queryFn: () => Promise<string> }) {
  const { data } = useQuery({ queryKey: ['report'], queryFn })
  return <p>{data ?? 'loading'}</p>
}

function App({
  taught,
  queryFn,
  onError,
}: {
  taught: boolean
  queryFn: () => Promise<string>
  onError?: () => void
}) {
  const client = new QueryClient({
    defaultOptions: statusQueryDefaults({
      normalize: taught ? normalize : undefined,
      retry: { maxRetries: 1 },
    }),
  })
  return (
    <QueryClientProvider client={client}>
      <StatusKitProvider normalize={taught ? normalize : undefined} onError={onError} report="all">
        <StatusBoundary>
          <Report queryFn={queryFn} />
        </StatusBoundary>
      </StatusKitProvider>
    </QueryClientProvider>
  )
}

describe('normalize, given to the provider and statusQueryDefaults', () => {
  describe("given an app error the kit cannot know, that means 'slow down for 30 seconds'", () => {
    it('should show the generic page without it, and the countdown of a 429 with it', async () => {
      const queryFn = vi.fn(async (): Promise<string> => {
        throw new AppError('SLOW_DOWN', 30)
      })
      const view = render(<App taught={false} queryFn={queryFn} />, { onCaughtError: () => {} })
      expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
      view.unmount()
      render(<App taught queryFn={queryFn} />, { onCaughtError: () => {} })
      expect(await screen.findByRole('heading', { name: 'Too many requests' })).toBeInTheDocument()
      expect(screen.getByRole('timer')).toHaveTextContent('30 seconds left')
    })
  })

  describe("given an app error that means 'the service is down'", () => {
    it('should retry it as a 503 and report it as one', async () => {
      const queryFn = vi.fn(async (): Promise<string> => {
        throw new AppError('DOWN')
      })
      const onError = vi.fn()
      render(<App taught queryFn={queryFn} onError={onError} />, { onCaughtError: () => {} })
      // A 503 is retried (once here, at least a second later); an unknown error would not be.
      expect(
        await screen.findByRole(
          'heading',
          { name: 'Sorry, the service is unavailable' },
          { timeout: 20_000 },
        ),
      ).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(2)
      await waitFor(() => expect(onError).toHaveBeenCalled())
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'http', status: 503 })
    }, 30_000)

    it('should not retry it without the normalizer, and report it as unknown', async () => {
      const queryFn = vi.fn(async (): Promise<string> => {
        throw new AppError('DOWN')
      })
      const onError = vi.fn()
      render(<App taught={false} queryFn={queryFn} onError={onError} />, { onCaughtError: () => {} })
      expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
      expect(queryFn).toHaveBeenCalledTimes(1)
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: 'unknown' })
    })
  })
})
