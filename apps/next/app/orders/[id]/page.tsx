import { fromResponse } from '@statuskit/core'
import { throwStatus } from '@statuskit/react/next'
import { connection } from 'next/server'
import { fetchUpstream } from '../../../lib/upstream'

interface Order {
  id: string
  item: string
  total: number
}

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  // Rendered for each request, never prerendered: an order changes.
  await connection()
  const { id } = await params
  const response = await fetchUpstream(`orders/${id}`)
  // 404 → not-found.tsx with HTTP 404; 503 → error.tsx shows the maintenance page with the server's time.
  if (!response.ok) throwStatus(await fromResponse(response))
  const order = (await response.json()) as Order
  return (
    <article>
      <h1>Order {order.id}</h1>
      <p>
        {order.item}: {order.total.toFixed(2)} €
      </p>
    </article>
  )
}
