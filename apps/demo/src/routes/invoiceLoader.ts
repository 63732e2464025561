import { throwStatus } from '@statuskit/react/react-router'
import type { LoaderFunctionArgs } from 'react-router'
import { fetchInvoice } from '../api/queries'

/**
 * Loads an order's invoice before its page renders. A failed request (a 429 with its Retry-After, a 422 with
 * its field errors, a 5xx, no network) is thrown with `throwStatus`, so the route's `<StatusErrorPage>`
 * shows the kit's page for it with everything the response said.
 */
export async function invoiceLoader({ params, request }: LoaderFunctionArgs) {
  try {
    return await fetchInvoice(params.orderId ?? '', request.signal)
  } catch (error) {
    throwStatus(error)
  }
}
