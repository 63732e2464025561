'use client'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { useOfflineModel } from './useOfflineModel'

/**
 * The request never reached the server (kind `network`): "You're not connected" and what to check while the
 * browser is offline (no "Try again", which could not work; it tries by itself when the connection comes back),
 * "We can't reach the service right now" and "Try again" while it is online.
 */
export function OfflinePage(props: PageProps) {
  return <StatusLayout {...props} model={useOfflineModel(props)} />
}
