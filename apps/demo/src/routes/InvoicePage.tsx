import { Link, useLoaderData } from 'react-router'
import { formatDate, formatMoney } from '../components/formatters'
import { useAppText } from '../i18n/useAppText'
import type { invoiceLoader } from './invoiceLoader'

/** An order's invoice, loaded by the route's loader: it renders only once the invoice is there. */
export function InvoicePage() {
  const text = useAppText()
  const invoice = useLoaderData<typeof invoiceLoader>()
  return (
    <>
      <p>
        <Link to={`/orders/${invoice.orderId}`}>← {text.backToOrder(invoice.orderId)}</Link>
      </p>
      <h1>{text.invoiceTitle(invoice.number)}</h1>
      <dl className="facts">
        <div>
          <dt>{text.colCustomer}</dt>
          <dd>{invoice.customer}</dd>
        </div>
        <div>
          <dt>{text.invoiceIssued}</dt>
          <dd>{formatDate(invoice.issuedAt, text.locale)}</dd>
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
          {invoice.lines.map((line) => (
            <tr key={line.sku}>
              <th scope="row">{line.name}</th>
              <td className="number">{line.quantity}</td>
              <td className="number">{formatMoney(line.price, text.locale)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {text.invoiceNet}
            </th>
            <td className="number">{formatMoney(invoice.net, text.locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {text.invoiceVat}
            </th>
            <td className="number">{formatMoney(invoice.vat, text.locale)}</td>
          </tr>
          <tr>
            <th scope="row" colSpan={2}>
              {text.colTotal}
            </th>
            <td className="number">{formatMoney(invoice.total, text.locale)}</td>
          </tr>
        </tfoot>
      </table>
    </>
  )
}
