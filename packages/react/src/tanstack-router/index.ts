/**
 * TanStack Router: the error and not-found components, a route boundary and a link.
 *
 * @packageDocumentation
 * @module @statuskit/react/tanstack-router
 */
export { RouterLink } from './RouterLink'
export { StatusErrorPage } from './StatusErrorPage'
export { StatusNotFoundPage } from './StatusNotFoundPage'
export { StatusRouteBoundary } from './StatusRouteBoundary'
