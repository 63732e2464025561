'use client'
import { useStatusKit } from '../context/useStatusKit'
import { useOnline } from './useOnline'

/**
 * An inline "You're not connected" notice for while the browser is offline. TanStack Query pauses queries then
 * (its `onlineManager`) instead of failing them, so no boundary sees an error and a paused query just waits:
 * put this notice where that waiting shows, e.g. above your content or in a query's pending state. The queries
 * fetch again by themselves once the connection is back, and the notice goes away. Its `role="status"` region
 * is always there (empty while online), so the change is announced.
 */
export function OfflineNotice() {
  const online = useOnline()
  const { offline } = useStatusKit().messages
  return (
    <p className="sk-offline-notice" role="status" data-state={online ? 'online' : 'offline'}>
      {online ? null : `${offline.title}. ${offline.waiting}`}
    </p>
  )
}
