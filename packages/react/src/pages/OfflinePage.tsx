'use client'
import { useOnline } from '../useOnline'
import { useStatusKit } from '../useStatusKit'
import type { PageProps } from './PageProps'
import { StatusLayout } from './StatusLayout'
import { TryAgainButton } from './TryAgainButton'

/**
 * The request never reached the server (kind `network`): "You're not connected" and what to check. While the
 * browser is offline there is no "Try again" (it could not work); the page tries again by itself when the
 * connection comes back (the window's `online` event).
 */
export function OfflinePage({ error, reset, headingLevel, title, description, actions }: PageProps) {
  const { messages } = useStatusKit()
  const m = messages.offline
  const connection = useOnline({ onOnline: () => reset({ automatic: true }) })
  const offline = connection === 'offline'
  return (
    <StatusLayout
      error={error}
      headingLevel={headingLevel}
      state={connection}
      title={title ?? m.title}
      description={description ?? m.description}
      actions={actions ?? (offline ? undefined : <TryAgainButton reset={reset} />)}
    >
      {offline ? <p className="sk-waiting">{m.waiting}</p> : null}
    </StatusLayout>
  )
}
