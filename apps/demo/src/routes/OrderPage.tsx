import { useQuery } from '@tanstack/react-query'
import { Link, useParams } from 'react-router'
import { orderQuery } from '../api/queries'
import { formatDate, formatMoney } from '../components/formatters'
import { Loading } from '../components/Loading'
import { useAppText } from '../i18n/useAppText'

/** One order. A missing order is a 404 from the API, which the root boundary turns into the 404 page. */
export function OrderPage() {
  const text = useAppText()
  const { orderId = '' } = useParams()
  const { data: order } = useQuery(orderQuery(orderId))
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
          <table className="orders">
            <caption>{text.itemsCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{text.colItem}</th>
                <th scope="col" className="number">
                  {text.colQuantity}
                </th>
                <th scope="col" className="number">
                  {text.colPrice}
                </th>
              </tr>
            </thead>
            <tbody>
              {order.items.map((item) => (
                <tr key={item.sku}>
                  <th scope="row">{item.name}</th>
                  <td className="number">{item.quantity}</td>
                  <td className="number">{formatMoney(item.price, text.locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <Loading />
      )}
    </>
  )
}
