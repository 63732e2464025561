import { Link, useLoaderData } from 'react-router'
import { formatDate, formatMoney } from '../components/formatters'
import { ItemsTable } from '../components/ItemsTable'
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
      <ItemsTable
        items={invoice.lines}
        footer={(
          [
            [text.invoiceNet, invoice.net],
            [text.invoiceVat, invoice.vat],
            [text.colTotal, invoice.total],
          ] as const
        ).map(([label, amount]) => (
          <tr key={label}>
            <th scope="row" colSpan={2}>
              {label}
            </th>
            <td className="number">{formatMoney(amount, text.locale)}</td>
          </tr>
        ))}
      />
    </>
  )
}
