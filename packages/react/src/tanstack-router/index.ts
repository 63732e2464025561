export { RouterLink } from './RouterLink'
export { StatusErrorPage } from './StatusErrorPage'
export { StatusNotFoundPage } from './StatusNotFoundPage'
export { StatusRouteBoundary } from './StatusRouteBoundary'
