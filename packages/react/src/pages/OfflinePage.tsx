'use client'
import { useStatusKit } from '../context/useStatusKit'
import { useOnline } from '../query/useOnline'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'

/**
 * The request never reached the server (kind `network`): "You're not connected" and what to check. While the
 * browser is offline there is no "Try again" (it could not work); the page tries again by itself when the
 * connection comes back (the window's `online` event).
 */
export function OfflinePage(props: PageProps) {
  const { messages } = useStatusKit()
  const connection = useOnline({ onOnline: () => props.reset({ automatic: true }) })
  const offline = connection === 'offline'
  return (
    <StatusLayout {...props} section="offline" state={connection} defaultActions={offline ? [] : ['retry']}>
      {offline ? <p className="sk-waiting">{messages.offline.waiting}</p> : null}
    </StatusLayout>
  )
}
