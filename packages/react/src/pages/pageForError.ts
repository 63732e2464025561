import type { StatusError } from '@statuskit/core'
import type { ComponentType } from 'react'
import { BadGatewayPage } from './BadGatewayPage'
import { BadRequestPage } from './BadRequestPage'
import { ForbiddenPage } from './ForbiddenPage'
import { GatewayTimeoutPage } from './GatewayTimeoutPage'
import { GenericErrorPage } from './GenericErrorPage'
import { InternalServerErrorPage } from './InternalServerErrorPage'
import { MethodNotAllowedPage } from './MethodNotAllowedPage'
import { NotFoundPage } from './NotFoundPage'
import { OfflinePage } from './OfflinePage'
import type { PageProps } from './PageProps'
import { RateLimitedPage } from './RateLimitedPage'
import { ServiceUnavailablePage } from './ServiceUnavailablePage'
import type { StatusPageVariant } from './StatusPageVariant'
import { TimeoutPage } from './TimeoutPage'
import { UnauthorizedPage } from './UnauthorizedPage'
import { variantForError } from './variantForError'

/** Statuses with a page component of their own, besides the one of their variant. */
const OWN: Readonly<Record<number, ComponentType<PageProps>>> = {
  405: MethodNotAllowedPage,
  502: BadGatewayPage,
  504: GatewayTimeoutPage,
}

const BY_VARIANT: Readonly<Record<StatusPageVariant, ComponentType<PageProps>>> = {
  badRequest: BadRequestPage,
  unauthorized: UnauthorizedPage,
  forbidden: ForbiddenPage,
  notFound: NotFoundPage,
  rateLimited: RateLimitedPage,
  serverError: InternalServerErrorPage,
  serviceUnavailable: ServiceUnavailablePage,
  offline: OfflinePage,
  timeout: TimeoutPage,
  generic: GenericErrorPage,
}

/**
 * The built-in page for an error: the page of its status; for other statuses, the page of their class (4xx:
 * the bad-request page, 5xx: the server-error page); `network` → offline, `timeout` → timeout; anything else
 * (1xx–3xx, `abort`, `unknown`) → the generic page. See `variantForError`.
 */
export function pageForError(error: StatusError): ComponentType<PageProps> {
  const status = error.kind === 'http' ? (error.status ?? 0) : 0
  return Object.hasOwn(OWN, status)
    ? (OWN[status] as ComponentType<PageProps>)
    : BY_VARIANT[variantForError(error)]
}
