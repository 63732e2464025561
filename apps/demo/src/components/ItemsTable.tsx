import type { ReactNode } from 'react'
import { useAppText } from '../i18n/useAppText'
import type { Order } from '../mocks/mockData'
import { formatMoney } from './formatters'

/** The items of an order (or the lines of its invoice), with the rows of a footer such as the invoice's totals. */
export function ItemsTable({ items, footer }: { items: Order['items']; footer?: ReactNode }) {
  const text = useAppText()
  return (
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
        {items.map((item) => (
          <tr key={item.sku}>
            <th scope="row">{item.name}</th>
            <td className="number">{item.quantity}</td>
            <td className="number">{formatMoney(item.price, text.locale)}</td>
          </tr>
        ))}
      </tbody>
      {footer === undefined ? null : <tfoot>{footer}</tfoot>}
    </table>
  )
}
