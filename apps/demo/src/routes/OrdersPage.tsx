import { StatusBoundary, StatusNotice } from '@statuskit/react'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { ordersQuery } from '../api/queries'
import { formatDate, formatMoney } from '../components/formatters'
import { Loading } from '../components/Loading'
import { StatsWidget } from '../components/StatsWidget'
import { useAppText } from '../i18n/useAppText'

/**
 * The orders list. Without data, a failed query goes to the route's boundary (the kit's page for it); once the list
 * is on screen, a failed background refresh keeps it there and says so with a `<StatusNotice>`, and when.
 */
export function OrdersPage() {
  const text = useAppText()
  const orders = useQuery(ordersQuery())
  return (
    <>
      <div className="page-heading">
        <h1>{text.ordersTitle}</h1>
        <button
          type="button"
          className="button secondary"
          // aria-disabled keeps keyboard focus on the button while the list refreshes (disabled would drop it).
          onClick={() => {
            if (!orders.isFetching) void orders.refetch()
          }}
          aria-disabled={orders.isFetching || undefined}
        >
          {text.refresh}
        </button>
      </div>
      {/* Under the heading, above the data it speaks about; the Refresh button above it does not move. */}
      <StatusNotice
        context="refetch"
        error={orders.data ? orders.error : undefined}
        updatedAt={orders.dataUpdatedAt}
        onRetry={() => {
          if (!orders.isFetching) void orders.refetch()
        }}
      />
      <section className="card widget" aria-labelledby="stats-title">
        <h2 id="stats-title">{text.statsTitle}</h2>
        <StatusBoundary headingLevel={3}>
          <StatsWidget />
        </StatusBoundary>
      </section>
      {orders.data ? (
        <table className="orders">
          <caption>{text.ordersCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{text.colOrder}</th>
              <th scope="col">{text.colCustomer}</th>
              <th scope="col">{text.colPlaced}</th>
              <th scope="col" className="number">
                {text.colTotal}
              </th>
              <th scope="col">{text.colState}</th>
            </tr>
          </thead>
          <tbody>
            {orders.data.map((order) => (
              <tr key={order.id}>
                <th scope="row">
                  <Link to={`/orders/${order.id}`}>{order.id}</Link>
                </th>
                <td>{order.customer}</td>
                <td>{formatDate(order.placedAt, text.locale)}</td>
                <td className="number">{formatMoney(order.total, text.locale)}</td>
                <td>{text.states[order.state]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <Loading />
      )}
    </>
  )
}
