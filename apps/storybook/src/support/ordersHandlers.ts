import { HttpResponse, http } from 'msw'
import { ORDERS } from './Order'

/**
 * MSW handlers for `/api/orders`: the first request gets `failure` (a Response made with createStatusResponse,
 * or a network error), every later one the orders. Made per story run, so each run starts with a failure.
 */
export function ordersHandlers(failure?: () => Response | Promise<Response>) {
  const handlers = [http.get('/api/orders', () => HttpResponse.json(ORDERS))]
  if (failure !== undefined) handlers.unshift(http.get('/api/orders', failure, { once: true }))
  return handlers
}
