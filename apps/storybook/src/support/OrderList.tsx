import './demo.css'
import type { Order } from './Order'

interface OrderListProps {
  orders: readonly Order[]
}

/** The "working" content of the demo app: what the user sees once the request succeeds. */
export function OrderList({ orders }: OrderListProps) {
  return (
    <section aria-labelledby="orders-heading" className="demo-card">
      <h2 id="orders-heading">Your orders</h2>
      <ul>
        {orders.map((order) => (
          <li key={order.id}>
            Order #{order.id}: {order.item}, {order.total}
          </li>
        ))}
      </ul>
    </section>
  )
}
