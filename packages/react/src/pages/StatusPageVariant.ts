/**
 * Which page shows an error, named like the messages section it speaks from: `notFound` is 404 and 410,
 * `rateLimited` 429, `serviceUnavailable` 503, `serverError` the other 5xx and 405, `offline` a request that never
 * reached the server (`unreachable` words while the browser is online), `timeout` a timeout or 408, `badRequest` the
 * other 4xx, `generic` anything else.
 */
export type StatusPageVariant =
  | 'badRequest'
  | 'unauthorized'
  | 'forbidden'
  | 'notFound'
  | 'rateLimited'
  | 'serverError'
  | 'serviceUnavailable'
  | 'offline'
  | 'timeout'
  | 'generic'
