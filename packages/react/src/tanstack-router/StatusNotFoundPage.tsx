import type { NotFoundRouteProps } from '@tanstack/react-router'
import { StatusPage } from '../pages/StatusPage'

/**
 * A route's `notFoundComponent` (or the router's `defaultNotFoundComponent`): the kit's 404 page, for an
 * address no route matches and for `notFound()` thrown by a loader or, through `<StatusBoundary>`, by a
 * component. Its link home uses the provider's `homeHref` and `linkComponent`.
 */
export function StatusNotFoundPage(_props: Partial<NotFoundRouteProps>) {
  return <StatusPage code={404} />
}
