import { act, renderHook } from '@testing-library/react'
import { createElement } from 'react'
import { renderToString } from 'react-dom/server'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useOnline } from './useOnline'

function Probe() {
  return createElement('span', null, useOnline())
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('useOnline', () => {
  it('should follow the browser once mounted, and the window events after', () => {
    vi.spyOn(window.navigator, 'onLine', 'get').mockReturnValue(false)
    const onOnline = vi.fn()
    const { result } = renderHook(() => useOnline({ onOnline }))
    expect(result.current).toBe('offline')
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(result.current).toBe('online')
    expect(onOnline).toHaveBeenCalledTimes(1)
    act(() => {
      window.dispatchEvent(new Event('offline'))
    })
    expect(result.current).toBe('offline')
  })

  it('should call the latest onOnline', () => {
    const first = vi.fn()
    const second = vi.fn()
    const { rerender } = renderHook(({ onOnline }) => useOnline({ onOnline }), {
      initialProps: { onOnline: first },
    })
    rerender({ onOnline: second })
    act(() => {
      window.dispatchEvent(new Event('online'))
    })
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('should say unknown before mounting, as on the server', () => {
    const onLine = vi.spyOn(window.navigator, 'onLine', 'get')
    expect(renderToString(createElement(Probe))).toBe('<span>unknown</span>')
    expect(onLine).not.toHaveBeenCalled()
  })
})
