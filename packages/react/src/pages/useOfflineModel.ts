'use client'
import { useStatusKit } from '../context/useStatusKit'
import { useOnline } from '../query/useOnline'
import type { PageProps } from './PageProps'
import type { StatusPageModel } from './StatusPageModel'
import { usePageModel } from './usePageModel'

/**
 * A request that never reached the server (kind `network`). While the browser is offline: "You're not connected",
 * what to check, no "Try again" (it could not work), and a try by itself when the connection comes back. While the
 * browser is online the page does not guess: "We can't reach the service right now" and "Try again".
 */
export function useOfflineModel(props: PageProps, active = true): StatusPageModel {
  const online = useOnline(() => {
    if (active) props.reset({ automatic: true })
  })
  const model = usePageModel(props, 'offline', online ? 'unreachable' : 'offline')
  const { messages } = useStatusKit()
  return online
    ? { ...model, state: 'online' }
    : { ...model, actions: [], statusMessage: messages.offline.waiting, state: 'offline' }
}
