import { HttpResponse, http } from 'msw'
import { ORDERS } from './Order'
import { Outage } from './Outage'

/** The outage of `/api/orders` in the current story; stories end it from their boundary's `onReset`. */
export const ordersOutage = new Outage()

/**
 * MSW handlers for `/api/orders`: while `ordersOutage` lasts, every request gets `failure` (a Response made with
 * createStatusResponse, or a network error); otherwise the orders. Without `failure`, no outage: the orders.
 */
export function ordersHandlers(failure?: () => Response | Promise<Response>, outageMs?: number) {
  if (failure === undefined) ordersOutage.end()
  else ordersOutage.begin(outageMs)
  return [
    http.get('/api/orders', () => (failure && ordersOutage.down ? failure() : HttpResponse.json(ORDERS))),
  ]
}
