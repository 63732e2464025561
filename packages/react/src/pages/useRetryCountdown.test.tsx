import { act, render, renderHook, screen } from '@testing-library/react'
import { StrictMode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { type RetryCountdownOptions, useRetryCountdown } from './useRetryCountdown'

const START = Date.UTC(2026, 10, 25, 14, 0, 0)

beforeEach(() => {
  vi.useFakeTimers()
  vi.setSystemTime(START)
})
afterEach(() => {
  vi.useRealTimers()
})

function Countdown({ retryAt, onDone }: { retryAt: number | undefined; onDone?: () => void }) {
  const countdown = useRetryCountdown(retryAt, { onDone })
  renders += 1
  return (
    <div>
      <span data-testid="seconds">{countdown.seconds}</span>
      <span data-testid="state">{countdown.state}</span>
      <button type="button" onClick={countdown.pause}>
        Pause
      </button>
      <button type="button" onClick={countdown.resume}>
        Resume
      </button>
    </div>
  )
}
let renders = 0

function seconds(): number {
  return Number(screen.getByTestId('seconds').textContent)
}

function advance(ms: number): void {
  act(() => {
    vi.advanceTimersByTime(ms)
  })
}

describe('useRetryCountdown', () => {
  describe('given a countdown of ten seconds inside StrictMode', () => {
    it('should count down one second per second', () => {
      render(
        <StrictMode>
          <Countdown retryAt={START + 10_000} />
        </StrictMode>,
      )
      expect(seconds()).toBe(10)
      for (let expected = 9; expected >= 1; expected -= 1) {
        advance(1000)
        expect(seconds()).toBe(expected)
      }
    })

    it('should keep exactly one timer while counting', () => {
      render(
        <StrictMode>
          <Countdown retryAt={START + 10_000} />
        </StrictMode>,
      )
      expect(vi.getTimerCount()).toBe(1)
      advance(3000)
      expect(vi.getTimerCount()).toBe(1)
    })

    it('should call onDone exactly once at zero, and never again', () => {
      const onDone = vi.fn()
      render(
        <StrictMode>
          <Countdown retryAt={START + 10_000} onDone={onDone} />
        </StrictMode>,
      )
      advance(9999)
      expect(onDone).not.toHaveBeenCalled()
      advance(1)
      expect(onDone).toHaveBeenCalledTimes(1)
      expect(screen.getByTestId('state')).toHaveTextContent('done')
      advance(60_000)
      expect(onDone).toHaveBeenCalledTimes(1)
      expect(vi.getTimerCount()).toBe(0)
    })

    it('should reach zero when all the time passes in one step', () => {
      const onDone = vi.fn()
      render(
        <StrictMode>
          <Countdown retryAt={START + 10_000} onDone={onDone} />
        </StrictMode>,
      )
      advance(10_000)
      expect(onDone).toHaveBeenCalledTimes(1)
      expect(seconds()).toBe(0)
    })
  })

  describe('given a countdown whose timers stall', () => {
    it('should show the right time after a 60-second stall', () => {
      render(<Countdown retryAt={START + 120_000} />)
      expect(seconds()).toBe(120)
      // The timer could not fire for a minute (a background tab); the clock moved on regardless.
      vi.setSystemTime(START + 60_000)
      advance(1000)
      expect(seconds()).toBe(59)
    })

    it('should call onDone once when the stall outlasts the deadline', () => {
      const onDone = vi.fn()
      render(<Countdown retryAt={START + 5000} onDone={onDone} />)
      vi.setSystemTime(START + 60_000)
      advance(1000)
      expect(onDone).toHaveBeenCalledTimes(1)
      expect(seconds()).toBe(0)
    })
  })

  describe('given a deadline between whole seconds', () => {
    it('should update on the whole-second boundaries and not in between', () => {
      render(<Countdown retryAt={START + 2500} />)
      expect(seconds()).toBe(3)
      const before = renders
      advance(499)
      expect(renders).toBe(before)
      advance(1)
      expect(seconds()).toBe(2)
      const after = renders
      advance(999)
      expect(renders).toBe(after)
      advance(1)
      expect(seconds()).toBe(1)
    })
  })

  describe('given a paused countdown', () => {
    it('should stop counting and not call onDone while paused, then continue from where it stopped', () => {
      const onDone = vi.fn()
      render(<Countdown retryAt={START + 10_000} onDone={onDone} />)
      advance(3000)
      act(() => screen.getByRole('button', { name: 'Pause' }).click())
      expect(screen.getByTestId('state')).toHaveTextContent('paused')
      expect(vi.getTimerCount()).toBe(0)
      advance(60_000)
      expect(seconds()).toBe(7)
      expect(onDone).not.toHaveBeenCalled()
      act(() => screen.getByRole('button', { name: 'Resume' }).click())
      expect(screen.getByTestId('state')).toHaveTextContent('counting')
      advance(6000)
      expect(seconds()).toBe(1)
      expect(onDone).not.toHaveBeenCalled()
      advance(1000)
      expect(onDone).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a component that unmounts', () => {
    it('should leave no timer behind', () => {
      const onDone = vi.fn()
      const { unmount } = render(
        <StrictMode>
          <Countdown retryAt={START + 10_000} onDone={onDone} />
        </StrictMode>,
      )
      advance(2000)
      unmount()
      expect(vi.getTimerCount()).toBe(0)
      advance(20_000)
      expect(onDone).not.toHaveBeenCalled()
    })
  })

  describe('given no retry time', () => {
    it('should be done at once, without a timer and without calling onDone', () => {
      const onDone = vi.fn()
      const { result } = renderHook(() => useRetryCountdown(undefined, { onDone }))
      expect(result.current.state).toBe('done')
      expect(result.current.remainingMs).toBe(0)
      expect(result.current.deadline).toBeUndefined()
      expect(vi.getTimerCount()).toBe(0)
      advance(10_000)
      expect(onDone).not.toHaveBeenCalled()
    })
  })

  describe('given a retry time already in the past', () => {
    it('should call onDone once, on the next tick', () => {
      const onDone = vi.fn()
      renderHook(() => useRetryCountdown(START - 1000, { onDone }), { wrapper: StrictMode })
      expect(onDone).not.toHaveBeenCalled()
      advance(0)
      expect(onDone).toHaveBeenCalledTimes(1)
    })
  })

  describe('given a new retry time', () => {
    it('should start a new countdown and call the latest onDone', () => {
      const first = vi.fn()
      const second = vi.fn()
      const { result, rerender } = renderHook(
        ({ retryAt, onDone }: { retryAt: number; onDone: RetryCountdownOptions['onDone'] }) =>
          useRetryCountdown(retryAt, { onDone }),
        { initialProps: { retryAt: START + 5000, onDone: first } },
      )
      advance(2000)
      rerender({ retryAt: START + 30_000, onDone: second })
      expect(result.current.seconds).toBe(28)
      expect(result.current.totalMs).toBe(28_000)
      advance(28_000)
      expect(first).not.toHaveBeenCalled()
      expect(second).toHaveBeenCalledTimes(1)
    })
  })
})
