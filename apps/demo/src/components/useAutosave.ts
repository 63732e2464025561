import { useEffect, useRef } from 'react'

/** Options of `useAutosave`. */
interface AutosaveOptions {
  /** Sends a value; called at most once at a time (never while `saving`). */
  save: (value: string) => void
  /** Whether a save is on its way. */
  saving: boolean
  /** The value the server last confirmed, so a save that failed is made again when saving resumes. */
  saved: string
  /** Whether saving may run now: off while the session has ended, so nothing is sent that can only fail. */
  enabled: boolean
  /** A pause in typing this long saves. @default 1000 */
  pauseMs?: number
  /** This many new words save at once, so someone who types without pausing loses little. @default 4 */
  everyWords?: number
}

function wordCount(value: string): number {
  const trimmed = value.trim()
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length
}

/**
 * Saves `value` while it is typed: after a pause, or every few words, one save at a time. While `enabled` is off
 * nothing is sent; when it comes back on (the user signed in again), what is not saved yet is saved at once, the
 * text as it is now, not the text of the save that failed.
 */
export function useAutosave(
  value: string,
  { save, saving, saved, enabled, pauseMs = 1000, everyWords = 4 }: AutosaveOptions,
): void {
  const submitted = useRef(value)
  const wasEnabled = useRef(enabled)
  const latestSave = useRef(save)
  latestSave.current = save
  useEffect(() => {
    const resumed = enabled && !wasEnabled.current
    wasEnabled.current = enabled
    if (!enabled || saving) return
    const submit = () => {
      submitted.current = value
      latestSave.current(value)
    }
    if (resumed) {
      if (value !== saved) submit()
      return
    }
    if (value === submitted.current) return
    if (wordCount(value) - wordCount(submitted.current) >= everyWords) {
      submit()
      return
    }
    const timer = setTimeout(submit, pauseMs)
    return () => clearTimeout(timer)
  }, [value, saving, saved, enabled, pauseMs, everyWords])
}
