import { useQuery } from '@tanstack/react-query'
import { statsQuery } from '../api/queries'
import { useAppText } from '../i18n/useAppText'
import { formatMoney } from './formatters'
import { Loading } from './Loading'

/** Today's figures. It has its own boundary (see OrdersPage), so when it fails only this box says so. */
export function StatsWidget() {
  const text = useAppText()
  const { data } = useQuery(statsQuery())
  if (!data) return <Loading />
  return (
    <dl className="stats">
      <div>
        <dt>{text.statsOpen}</dt>
        <dd>{data.openOrders}</dd>
      </div>
      <div>
        <dt>{text.statsRevenue}</dt>
        <dd>{formatMoney(data.revenueToday, text.locale)}</dd>
      </div>
      <div>
        <dt>{text.statsDispatch}</dt>
        <dd>{text.hours(data.averageDispatchHours)}</dd>
      </div>
    </dl>
  )
}
