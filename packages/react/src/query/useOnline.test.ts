import { onlineManager } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useOnline } from './useOnline'

function Probe() {
  return createElement('span', null, String(useOnline()))
}

afterEach(() => {
  act(() => onlineManager.setOnline(true))
})

describe('useOnline', () => {
  describe('given the connection drops and comes back', () => {
    it("should follow TanStack Query's onlineManager, and call onOnline once when it is back", () => {
      const onOnline = vi.fn()
      const { result } = renderHook(() => useOnline(onOnline))
      expect(result.current).toBe(true)
      act(() => onlineManager.setOnline(false))
      expect(result.current).toBe(false)
      expect(onOnline).not.toHaveBeenCalled()
      act(() => onlineManager.setOnline(true))
      expect(result.current).toBe(true)
      expect(onOnline).toHaveBeenCalledTimes(1)
    })

    it('should follow the window events that the onlineManager listens to', () => {
      const { result } = renderHook(() => useOnline())
      act(() => {
        window.dispatchEvent(new Event('offline'))
      })
      expect(result.current).toBe(false)
      act(() => {
        window.dispatchEvent(new Event('online'))
      })
      expect(result.current).toBe(true)
    })
  })

  it('should call the latest onOnline', () => {
    const first = vi.fn()
    const second = vi.fn()
    const { rerender } = renderHook(({ onOnline }) => useOnline(onOnline), {
      initialProps: { onOnline: first },
    })
    rerender({ onOnline: second })
    act(() => onlineManager.setOnline(false))
    act(() => onlineManager.setOnline(true))
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('should say online on the server, without reading the browser', () => {
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get')
    expect(renderToString(createElement(Probe))).toBe('<span>true</span>')
    expect(onLine).not.toHaveBeenCalled()
  })
})
