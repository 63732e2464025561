import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router'
import { describe, expectTypeOf, it } from 'vitest'
import type { LinkComponent } from '../context/LinkComponent'
import { RouterLink, StatusErrorPage, StatusNotFoundPage, StatusRouteBoundary } from './index'

describe('@statuskit/react/tanstack-router types', () => {
  it('plugs into routes and the router as error and not-found components', () => {
    const rootRoute = createRootRoute({
      errorComponent: StatusErrorPage,
      notFoundComponent: StatusNotFoundPage,
    })
    createRoute({
      getParentRoute: () => rootRoute,
      path: '/orders',
      errorComponent: StatusErrorPage,
      notFoundComponent: StatusNotFoundPage,
    })
    createRouter({
      routeTree: rootRoute,
      defaultErrorComponent: StatusErrorPage,
      defaultNotFoundComponent: StatusNotFoundPage,
    })
  })

  it("is the provider's link component, and the boundary takes StatusBoundary's props", () => {
    expectTypeOf(RouterLink).toMatchTypeOf<LinkComponent>()
    ;<StatusRouteBoundary resetKeys={[1]} catches={[404]} headingLevel={2} />
    // @ts-expect-error codes are numbers
    ;<StatusRouteBoundary catches={['404']} />
  })
})
