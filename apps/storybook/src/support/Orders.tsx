import { useQuery } from '@tanstack/react-query'
import { fetchJson } from './fetchJson'
import type { Order } from './Order'
import { OrderList } from './OrderList'

interface OrdersProps {
  /** How long the request may take before it counts as timed out. */
  timeoutMs?: number
}

/** The demo app's orders, fetched with a real `useQuery` from `/api/orders` (answered by MSW in the stories). */
export function Orders({ timeoutMs }: OrdersProps) {
  const { data } = useQuery({
    queryKey: ['orders'],
    queryFn: ({ signal }) => fetchJson<Order[]>('/api/orders', { signal, timeoutMs }),
  })
  if (data === undefined) {
    return (
      <p className="demo-loading" role="status">
        Loading your orders…
      </p>
    )
  }
  return <OrderList orders={data} />
}
