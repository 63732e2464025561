/**
 * Next.js App Router: the page for `error.tsx`, `throwStatus` for Server Components, a route boundary and a link.
 *
 * @packageDocumentation
 * @module @statuskit/react/next
 */
export { RouterLink } from './RouterLink'
export type { StatusErrorPageProps } from './StatusErrorPage'
export { StatusErrorPage } from './StatusErrorPage'
export { StatusRouteBoundary } from './StatusRouteBoundary'
export { throwStatus } from './throwStatus'
