import { fromResponse } from '@statuskit/core'
import { useInlineFailures } from '@statuskit/react'
import { useMutation, useQuery } from '@tanstack/react-query'
import { fetchJson } from './fetchJson'
import type { Order } from './Order'
import { OrderList } from './OrderList'
import type { Outage } from './Outage'
import './demo.css'

async function archive(id: number): Promise<void> {
  const response = await fetch(`/api/orders/${id}/archive`, { method: 'POST' })
  if (!response.ok) throw await fromResponse(response)
}

/**
 * An app's orders page with its own failure list, built on `useInlineFailures()`: a refresh that failed while the
 * orders stay on screen, and an "Archive" that failed, each with the kit's words and its "Try again" (which here
 * also ends the mock API's outage, as a recovered server would).
 */
export function OrdersWithFailures({ outage }: { outage: Outage }) {
  const { data, refetch, isFetching } = useQuery({
    queryKey: ['orders'],
    queryFn: ({ signal }) => fetchJson<Order[]>('/api/orders', { signal }),
  })
  const archiving = useMutation({ mutationKey: ['archive'], mutationFn: archive })
  const failures = useInlineFailures()
  return (
    <>
      <ul className="demo-toasts" aria-label="Problems">
        {failures.map((failure) => (
          <li key={failure.key} className="demo-toast" data-source={failure.source}>
            <p>{failure.message}</p>
            {failure.retry ? (
              <button
                type="button"
                onClick={() => {
                  outage.end()
                  failure.retry?.()
                }}
              >
                {failure.retryLabel}
              </button>
            ) : null}
            <button type="button" onClick={failure.dismiss}>
              Dismiss
            </button>
          </li>
        ))}
      </ul>
      <div className="demo-toolbar">
        <button type="button" className="demo-button" onClick={() => refetch()} disabled={isFetching}>
          Refresh
        </button>
        <button
          type="button"
          className="demo-button demo-button--quiet"
          onClick={() => archiving.mutate(1001)}
          disabled={archiving.isPending}
        >
          Archive order #1001
        </button>
        <span role="status">{archiving.isSuccess ? 'Order #1001 archived.' : ''}</span>
      </div>
      {data ? <OrderList orders={data} /> : <p role="status">Loading your orders…</p>}
    </>
  )
}
