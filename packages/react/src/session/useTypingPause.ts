'use client'
import { useEffect, useReducer, useRef } from 'react'

/** Editable targets whose keystrokes belong to the page: inputs, text areas, contenteditable regions. */
function isEditable(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement)
  )
}

/**
 * Whether the user has stopped typing: `false` while keystrokes reach an editable element of the page, `true` once
 * none has for `pauseMs`. Keystrokes are noted all along (a timestamp, no render), so the answer is right the
 * moment `watching` turns on; while it is on, the hook renders again when the pause is reached. The sign-in dialog
 * waits for it, so it never opens under the fingers of someone typing.
 */
export function useTypingPause(watching: boolean, pauseMs = 1500): boolean {
  const lastKeyAt = useRef(Number.NEGATIVE_INFINITY)
  const watchingNow = useRef(watching)
  watchingNow.current = watching
  const [, update] = useReducer((count: number) => count + 1, 0)
  useEffect(() => {
    const onKey = (event: Event): void => {
      if (!isEditable(event.target)) return
      lastKeyAt.current = Date.now()
      if (watchingNow.current) update()
    }
    document.addEventListener('keydown', onKey, true)
    document.addEventListener('input', onKey, true)
    return () => {
      document.removeEventListener('keydown', onKey, true)
      document.removeEventListener('input', onKey, true)
    }
  }, [])
  const left = lastKeyAt.current + pauseMs - Date.now()
  useEffect(() => {
    if (!watching || !(left > 0)) return
    const timer = setTimeout(update, left)
    return () => clearTimeout(timer)
  }, [watching, left])
  return !(left > 0)
}
