import { render, screen } from '@testing-library/react'
import {
  PathnameContext,
  SearchParamsContext,
} from 'next/dist/shared/lib/hooks-client-context.shared-runtime.js'
import type { ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { StatusRouteBoundary } from './StatusRouteBoundary'

// React reports every error a boundary catches through the root's onCaughtError (console.error by default).
const quiet = { onCaughtError: () => {} }

/** Mutable switches the tests flip between renders. */
interface Control {
  fail: boolean
  renders: number
}

function Route({ control }: { control: Control }) {
  control.renders += 1
  if (control.fail) throw { status: 500 }
  return <p>route content</p>
}

/** The location as Next's app router provides it to `usePathname()` and `useSearchParams()`. */
function At({ url, children }: { url: string; children: ReactNode }) {
  const { pathname, searchParams } = new URL(url, 'http://localhost')
  return (
    <PathnameContext.Provider value={pathname}>
      <SearchParamsContext.Provider value={searchParams}>{children}</SearchParamsContext.Provider>
    </PathnameContext.Provider>
  )
}

function Layout({ url, control, onReset }: { url: string; control: Control; onReset: () => void }) {
  return (
    <At url={url}>
      <StatusRouteBoundary onReset={onReset} fallback={<p>error page</p>}>
        <Route control={control} />
      </StatusRouteBoundary>
    </At>
  )
}

describe('StatusRouteBoundary', () => {
  describe('given an error page on screen', () => {
    it('should show the new route after navigating to another path', () => {
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      const { rerender } = render(<Layout url="/orders/1" control={control} onReset={onReset} />, quiet)
      expect(screen.getByText('error page')).toBeInTheDocument()
      control.fail = false
      rerender(<Layout url="/orders/2" control={control} onReset={onReset} />)
      expect(screen.getByText('route content')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledTimes(1)
      expect(onReset.mock.calls[0]?.[0]).toMatchObject({ reason: 'keys' })
    })

    it('should reset when only the search parameters change', () => {
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      const { rerender } = render(<Layout url="/orders?page=1" control={control} onReset={onReset} />, quiet)
      control.fail = false
      rerender(<Layout url="/orders?page=2" control={control} onReset={onReset} />)
      expect(screen.getByText('route content')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledTimes(1)
    })

    it('should not reset by itself when it mounts with search parameters, nor on a render at the same location', () => {
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      const { rerender } = render(<Layout url="/orders?page=1" control={control} onReset={onReset} />, quiet)
      const rendersAfterError = control.renders
      rerender(<Layout url="/orders?page=1" control={control} onReset={onReset} />)
      expect(screen.getByText('error page')).toBeInTheDocument()
      expect(onReset).not.toHaveBeenCalled()
      expect(control.renders).toBe(rendersAfterError)
    })

    it('should still reset on its own resetKeys', () => {
      const control: Control = { fail: true, renders: 0 }
      const onReset = vi.fn()
      const view = (key: string) => (
        <At url="/orders">
          <StatusRouteBoundary resetKeys={[key]} onReset={onReset} fallback={<p>error page</p>}>
            <Route control={control} />
          </StatusRouteBoundary>
        </At>
      )
      const { rerender } = render(view('a'), quiet)
      control.fail = false
      rerender(view('b'))
      expect(screen.getByText('route content')).toBeInTheDocument()
      expect(onReset).toHaveBeenCalledTimes(1)
    })
  })
})
