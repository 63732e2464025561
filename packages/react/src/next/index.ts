export type { StatusErrorPageProps } from './StatusErrorPage'
export { StatusErrorPage } from './StatusErrorPage'
export { StatusRouteBoundary } from './StatusRouteBoundary'
export { throwStatus } from './throwStatus'
