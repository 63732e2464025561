import { StatusPage } from '@statuskit/react'
import { useRouteError } from 'react-router'

/** The router's own error element: anything that escapes the root boundary still gets the kit's page. */
export function RouteErrorPage() {
  return <StatusPage error={useRouteError()} />
}
