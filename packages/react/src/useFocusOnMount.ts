'use client'
import { type RefObject, useEffect, useRef } from 'react'

/**
 * Moves focus to the element once, when it mounts, so keyboard and screen reader users land on what replaced
 * the content they were on. Pass `false` for content that must not steal focus (a nested fallback).
 */
export function useFocusOnMount<T extends HTMLElement>(enabled: boolean): RefObject<T | null> {
  const ref = useRef<T | null>(null)
  useEffect(() => {
    if (enabled) ref.current?.focus()
  }, [enabled])
  return ref
}
