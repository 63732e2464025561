import { fromResponse } from '@statuskit/core'
import { useStatusBoundary } from '@statuskit/react'
import { useState } from 'react'

/**
 * An event handler's failure, which no error boundary sees by itself: the click's request fails, and
 * `useStatusBoundary().showError` sends the error to the nearest boundary.
 */
export function ArchiveOrderButton() {
  const { showError } = useStatusBoundary()
  const [state, setState] = useState<'idle' | 'pending' | 'done'>('idle')
  async function archive(): Promise<void> {
    setState('pending')
    const response = await fetch('/api/orders/1001/archive', { method: 'POST' })
    if (!response.ok) {
      showError(await fromResponse(response))
      return
    }
    setState('done')
  }
  return (
    <div className="demo-card">
      <h2>Order #1001</h2>
      <button type="button" onClick={archive} disabled={state === 'pending'}>
        Archive this order
      </button>
      <p role="status">{state === 'done' ? 'Archived.' : ''}</p>
    </div>
  )
}
