import { useQuery } from '@tanstack/react-query'
import { fetchJson } from './fetchJson'
import type { Order } from './Order'
import { OrderList } from './OrderList'

/** The demo app's orders, fetched with a real `useQuery` from `/api/orders` (answered by MSW in the stories). */
export function Orders() {
  const { data } = useQuery({ queryKey: ['orders'], queryFn: () => fetchJson<Order[]>('/api/orders') })
  if (data === undefined) {
    return (
      <p className="demo-loading" role="status">
        Loading your orders…
      </p>
    )
  }
  return <OrderList orders={data} />
}
