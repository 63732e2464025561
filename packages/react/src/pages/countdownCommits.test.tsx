import { StatusError } from '@statuskit/core'
import { act, render, screen } from '@testing-library/react'
import { Profiler, StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RateLimitedPage, StatusKitProvider } from '../index'

// Render cost of the 429 countdown, measured with React's Profiler: a ticking page must not re-render more than
// once per second, and never between two ticks.
const START = Date.UTC(2026, 10, 25, 14, 31, 20, 250)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

describe('given a 429 page counting down 30 seconds inside a Profiler', () => {
  function renderCounting() {
    const commits: number[] = []
    const error = new StatusError({ kind: 'http', status: 429, retryAfterMs: 30_000, now: START })
    render(
      <StrictMode>
        <Profiler id="countdown" onRender={() => commits.push(Date.now())}>
          <StatusKitProvider locale="en-GB">
            <RateLimitedPage error={error} reset={() => {}} />
          </StatusKitProvider>
        </Profiler>
      </StrictMode>,
    )
    return commits
  }

  it('should commit at most once per second while counting', () => {
    const commits = renderCounting()
    const mountCommits = commits.length
    for (let step = 0; step < 100; step++) {
      act(() => {
        vi.advanceTimersByTime(100)
      })
    }
    expect(screen.getByRole('timer')).toHaveTextContent('20 seconds left')
    const tickCommits = commits.slice(mountCommits)
    // Ten seconds went by: ten ticks, each one commit.
    expect(tickCommits).toHaveLength(10)
    const perSecond = new Map<number, number>()
    for (const at of tickCommits) {
      const second = Math.floor((at - START) / 1000)
      perSecond.set(second, (perSecond.get(second) ?? 0) + 1)
    }
    expect(Math.max(...perSecond.values())).toBe(1)
  })

  it('should not commit between two ticks', () => {
    const commits = renderCounting()
    act(() => {
      vi.advanceTimersByTime(1000)
    })
    const afterTick = commits.length
    for (let step = 0; step < 9; step++) {
      act(() => {
        vi.advanceTimersByTime(100)
      })
    }
    expect(commits.length).toBe(afterTick)
  })
})
