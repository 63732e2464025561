'use client'
import { usePathname, useSearchParams } from 'next/navigation.js'
import { Suspense, useEffect, useReducer, useRef } from 'react'
import { StatusBoundary } from '../boundary/StatusBoundary'
import type { StatusBoundaryProps } from '../boundary/StatusBoundaryProps'

/** Renders nothing; reports each change of the search string after the first. */
function SearchChanges({ onChange }: { onChange: () => void }) {
  const search = useSearchParams()?.toString()
  const last = useRef(search)
  useEffect(() => {
    if (last.current === search) return
    last.current = search
    onChange()
  }, [search, onChange])
  return null
}

/**
 * A `<StatusBoundary>` for layouts that resets when the user navigates: to another path, or to other search
 * parameters on the same path. Same props as `StatusBoundary`; `resetKeys` are added to the location.
 *
 * Static rendering stays static: `useSearchParams()` sits in a `<Suspense>` of its own that renders nothing, so a
 * prerendered layout bails out of nothing but that (no `<Suspense>` needed around this boundary). A search change
 * resets the boundary right after the navigation commits; a path change, as it renders.
 */
export function StatusRouteBoundary({ resetKeys = [], ...props }: StatusBoundaryProps) {
  const pathname = usePathname()
  const [searches, searchChanged] = useReducer((count: number) => count + 1, 0)
  return (
    <>
      <Suspense fallback={null}>
        <SearchChanges onChange={searchChanged} />
      </Suspense>
      <StatusBoundary {...props} resetKeys={[pathname, searches, ...resetKeys]} />
    </>
  )
}
