/**
 * React Router 7: the route error page, `throwStatus` for loaders, a route boundary and a link.
 *
 * @packageDocumentation
 * @module @statuskit/react/react-router
 */
export { RouterLink } from './RouterLink'
export type { StatusErrorPageProps } from './StatusErrorPage'
export { StatusErrorPage } from './StatusErrorPage'
export { StatusRouteBoundary } from './StatusRouteBoundary'
export { throwStatus } from './throwStatus'
