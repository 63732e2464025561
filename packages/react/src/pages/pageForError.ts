import { type StatusError, statusCategory } from '@statuskit/core'
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
import { TimeoutPage } from './TimeoutPage'
import { UnauthorizedPage } from './UnauthorizedPage'

const pages: Readonly<Record<number, ComponentType<PageProps>>> = {
  400: BadRequestPage,
  401: UnauthorizedPage,
  403: ForbiddenPage,
  404: NotFoundPage,
  405: MethodNotAllowedPage,
  // 408 Request Timeout and 410 Gone read best as the timeout and not-found pages.
  408: TimeoutPage,
  410: NotFoundPage,
  429: RateLimitedPage,
  500: InternalServerErrorPage,
  502: BadGatewayPage,
  503: ServiceUnavailablePage,
  504: GatewayTimeoutPage,
}

/**
 * The built-in page for an error: the page of its status; for other statuses, the page of their class (4xx:
 * the bad-request page, 5xx: the server-error page); `network` → offline, `timeout` → timeout; anything else
 * (1xx–3xx, `abort`, `unknown`) → the generic page.
 */
export function pageForError(error: StatusError): ComponentType<PageProps> {
  const { kind, status = 0 } = error
  if (kind === 'network') return OfflinePage
  if (kind === 'timeout') return TimeoutPage
  if (kind !== 'http') return GenericErrorPage
  if (Object.hasOwn(pages, status)) return pages[status] as ComponentType<PageProps>
  const category = statusCategory(status)
  return category === 'server-error'
    ? InternalServerErrorPage
    : category === 'client-error'
      ? BadRequestPage
      : GenericErrorPage
}
