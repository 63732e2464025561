import { StatusNotice } from '@statuskit/react'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { Link, useParams } from 'react-router'
import { archiveOrder, orderQuery, ordersQuery } from '../api/queries'
import { formatDate, formatMoney } from '../components/formatters'
import { ItemsTable } from '../components/ItemsTable'
import { Loading } from '../components/Loading'
import { OrderNote } from '../components/OrderNote'
import { useAppText } from '../i18n/useAppText'

/**
 * One order. A missing order is a 404 from the API, which the root boundary turns into the 404 page. What goes
 * wrong with an action on it (Archive) is told beside the action, and the order stays on screen.
 */
export function OrderPage() {
  const text = useAppText()
  const { orderId = '' } = useParams()
  const queryClient = useQueryClient()
  const archivedId = useId()
  const { data: order } = useQuery(orderQuery(orderId))
  const archive = useMutation({
    mutationFn: () => archiveOrder(orderId),
    onSuccess: (archived) => {
      queryClient.setQueryData(orderQuery(orderId).queryKey, archived)
      void queryClient.invalidateQueries({ queryKey: ordersQuery().queryKey, exact: true })
    },
  })
  return (
    <>
      <p>
        <Link to="/">← {text.backToOrders}</Link>
      </p>
      <h1>{text.orderTitle(orderId)}</h1>
      {order ? (
        <>
          <p>
            <Link to={`/orders/${order.id}/invoice`}>{text.invoiceLink}</Link>
          </p>
          <dl className="facts">
            <div>
              <dt>{text.colCustomer}</dt>
              <dd>{order.customer}</dd>
            </div>
            <div>
              <dt>{text.colPlaced}</dt>
              <dd>{formatDate(order.placedAt, text.locale)}</dd>
            </div>
            <div>
              <dt>{text.colState}</dt>
              <dd>{text.states[order.state]}</dd>
            </div>
            <div>
              <dt>{text.colTotal}</dt>
              <dd>{formatMoney(order.total, text.locale)}</dd>
            </div>
          </dl>
          <div className="form-actions">
            {/* Once archived, the button stays where it was (focus with it) and says why it does nothing. */}
            <button
              type="button"
              className="button secondary"
              aria-disabled={archive.isPending || order.archived || undefined}
              aria-describedby={order.archived ? archivedId : undefined}
              onClick={() => {
                if (!archive.isPending && !order.archived) archive.mutate()
              }}
            >
              {archive.isPending ? text.archiving : text.archive}
            </button>
            <p role="status" id={archivedId} className="form-status">
              {order.archived ? text.archived : ''}
            </p>
          </div>
          {/* A refusal (403) is this action's failure, not the page's: the order stays, the notice says why. */}
          <StatusNotice
            error={archive.error}
            context="action"
            onRetry={() => archive.mutate()}
            onDismiss={() => archive.reset()}
          />
          <OrderNote key={order.id} orderId={order.id} initial={order.note} />
          <ItemsTable items={order.items} />
        </>
      ) : (
        <Loading />
      )}
    </>
  )
}
