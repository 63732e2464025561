'use client'
import { type RefObject, useEffect, useLayoutEffect, useRef } from 'react'

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

function focusables(container: HTMLElement): HTMLElement[] {
  return Array.from(container.querySelectorAll<HTMLElement>(FOCUSABLE))
}

/**
 * Keeps keyboard focus inside `container` while it is mounted: focus moves in on mount (to `initial`, else the
 * first focusable element), Tab and Shift+Tab cycle within it, focus that escapes is pulled back, and on unmount
 * focus returns to the element that had it before, if it is still on the page.
 */
export function useFocusTrap<T extends HTMLElement>(
  initial?: RefObject<HTMLElement | null>,
): RefObject<T | null> {
  const ref = useRef<T | null>(null)
  const previous = useRef<HTMLElement | null>(null)
  // A layout effect, so the element to return to is read in the same task as the commit: by the time a passive
  // effect runs, the browser may already have moved focus out of content that became inert under the dialog.
  useLayoutEffect(() => {
    const container = ref.current
    if (!container) return
    // Noted once: under StrictMode the effect runs twice, and the second time focus is already inside.
    const active = document.activeElement
    if (!previous.current && active instanceof HTMLElement && !container.contains(active))
      previous.current = active
    const first = (): HTMLElement => initial?.current ?? focusables(container)[0] ?? container
    first().focus()

    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Tab') return
      const items = focusables(container)
      if (items.length === 0) {
        event.preventDefault()
        return
      }
      const head = items[0]
      const tail = items[items.length - 1]
      const active = document.activeElement
      if (event.shiftKey && (active === head || !container.contains(active))) {
        event.preventDefault()
        tail?.focus()
      } else if (!event.shiftKey && (active === tail || !container.contains(active))) {
        event.preventDefault()
        head?.focus()
      }
    }
    const onFocusIn = (event: FocusEvent): void => {
      if (event.target instanceof Node && !container.contains(event.target)) first().focus()
    }
    document.addEventListener('keydown', onKeyDown)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
      document.removeEventListener('focusin', onFocusIn)
    }
  }, [initial])
  // Focus goes back in a passive cleanup: it runs after the commit that removes the dialog has also made the page
  // under it interactive again (a layout cleanup would run while the page is still inert, and focus would fail).
  useEffect(
    () => () => {
      if (previous.current?.isConnected) previous.current.focus()
    },
    [],
  )
  return ref
}
