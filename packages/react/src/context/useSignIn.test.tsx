import { act, renderHook } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { useSignIn } from './useSignIn'

afterEach(() => {
  window.history.replaceState(null, '', '/')
})

describe('useSignIn', () => {
  describe('given a login page', () => {
    it('should build the link with URLSearchParams and follow the address as it changes', () => {
      window.history.replaceState(null, '', '/a?x=1&y=two words')
      const { result } = renderHook(() => useSignIn({ href: '/login?lang=en' }, vi.fn()))
      const first = new URL(result.current.href ?? '', window.location.origin)
      expect(first.searchParams.get('lang')).toBe('en')
      expect(first.searchParams.get('returnTo')).toBe('/a?x=1&y=two%20words')
      act(() => {
        window.history.replaceState(null, '', '/b#section')
        window.dispatchEvent(new HashChangeEvent('hashchange'))
      })
      const second = new URL(result.current.href ?? '', window.location.origin)
      expect(second.searchParams.get('returnTo')).toBe('/b#section')
    })

    it('should leave a login href that is not http(s) as it is', () => {
      const { result } = renderHook(() => useSignIn({ href: 'mailto:help@example.com' }, vi.fn()))
      expect(result.current.href).toBe('mailto:help@example.com')
    })
  })

  describe('given a sign-in function', () => {
    it('should have no href, and reset only after it resolves', async () => {
      let resolve: () => void = () => {}
      const onLogin = () =>
        new Promise<void>((done) => {
          resolve = done
        })
      const reset = vi.fn()
      const { result } = renderHook(() => useSignIn({ onLogin }, reset))
      expect(result.current.href).toBeUndefined()
      act(() => result.current.signIn())
      expect(result.current.state).toBe('pending')
      expect(reset).not.toHaveBeenCalled()
      await act(async () => resolve())
      expect(result.current.state).toBe('idle')
      expect(reset).toHaveBeenCalledTimes(1)
    })

    it('should not update state after unmounting, and still reset', async () => {
      let resolve: () => void = () => {}
      const onLogin = () =>
        new Promise<void>((done) => {
          resolve = done
        })
      const reset = vi.fn()
      const { result, unmount } = renderHook(() => useSignIn({ onLogin }, reset))
      act(() => result.current.signIn())
      unmount()
      await act(async () => resolve())
      expect(reset).toHaveBeenCalledTimes(1)
    })
  })
})

describe('useSignIn, given a sign-in function that opens a popup', () => {
  it('should call it synchronously, inside the click', () => {
    const onLogin = vi.fn(() => Promise.resolve())
    const { result } = renderHook(() => useSignIn({ onLogin }, vi.fn()))
    act(() => result.current.signIn())
    expect(onLogin).toHaveBeenCalledTimes(1)
  })

  it('should treat a synchronous throw as a failed sign-in', async () => {
    const onLogin = vi.fn((): Promise<void> => {
      throw new Error('no popup')
    })
    const reset = vi.fn()
    const { result } = renderHook(() => useSignIn({ onLogin }, reset))
    await act(async () => result.current.signIn())
    expect(result.current.state).toBe('failed')
    expect(reset).not.toHaveBeenCalled()
  })
})
