import { type StatusError, statusCategory } from '@statuskit/core'
import type { StatusPageVariant } from './StatusPageVariant'

const BY_STATUS: Readonly<Record<number, StatusPageVariant>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  // 405 means the app sent a request the server does not take: our fault, so the server-error page.
  405: 'serverError',
  408: 'timeout',
  410: 'notFound',
  429: 'rateLimited',
  503: 'serviceUnavailable',
}

/**
 * The page for an error: its status's own page; other statuses their class's (4xx: `badRequest`, 5xx:
 * `serverError`); `network` → `offline`, `timeout` → `timeout`; anything else (1xx–3xx, `abort`, `unknown`) →
 * `generic`.
 */
export function variantForError(error: StatusError): StatusPageVariant {
  const { kind, status = 0 } = error
  if (kind === 'network') return 'offline'
  if (kind === 'timeout') return 'timeout'
  if (kind !== 'http') return 'generic'
  if (Object.hasOwn(BY_STATUS, status)) return BY_STATUS[status] as StatusPageVariant
  const category = statusCategory(status)
  return category === 'server-error' ? 'serverError' : category === 'client-error' ? 'badRequest' : 'generic'
}
