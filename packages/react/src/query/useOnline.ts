'use client'
import { onlineManager } from '@tanstack/react-query'
import { useEffect, useRef, useSyncExternalStore } from 'react'

const subscribe = (onChange: () => void) => onlineManager.subscribe(onChange)
const isOnline = () => onlineManager.isOnline()
// The server cannot know; it assumes online, so server and first client render agree.
const isOnlineOnServer = () => true

/**
 * Whether the browser is online, as TanStack Query's `onlineManager` sees it: the one source of truth for the
 * kit's offline page and notice and for the queries it pauses. `onOnline` runs each time the connection comes
 * back (the latest function is used).
 */
export function useOnline(onOnline?: () => void): boolean {
  const online = useSyncExternalStore(subscribe, isOnline, isOnlineOnServer)
  const latest = useRef(onOnline)
  latest.current = onOnline
  const previous = useRef(online)
  useEffect(() => {
    if (online && !previous.current) latest.current?.()
    previous.current = online
  }, [online])
  return online
}
