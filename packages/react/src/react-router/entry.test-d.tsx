import type { RouteObject } from 'react-router'
import { describe, expectTypeOf, it } from 'vitest'
import type { LinkComponent } from '../context/LinkComponent'
import { RouterLink, StatusErrorPage, StatusRouteBoundary, throwStatus } from './index'

describe('@statuskit/react/react-router types', () => {
  it('plugs into a route as its errorElement or ErrorBoundary', () => {
    const route: RouteObject = {
      path: '/',
      errorElement: <StatusErrorPage />,
      ErrorBoundary: StatusErrorPage,
    }
    expectTypeOf(route).toMatchTypeOf<RouteObject>()
    ;<StatusErrorPage headingLevel={2} />
    // @ts-expect-error there is no h7
    ;<StatusErrorPage headingLevel={7} />
  })

  it('never returns from throwStatus, so a loader after it is known to have data', () => {
    expectTypeOf(throwStatus).returns.toBeNever()
    expectTypeOf(throwStatus).parameters.toEqualTypeOf<[unknown]>()
  })

  it("is the provider's link component, and the boundary takes StatusBoundary's props", () => {
    expectTypeOf(RouterLink).toMatchTypeOf<LinkComponent>()
    ;<StatusRouteBoundary resetKeys={[1]} catches={[404]} headingLevel={2} />
    // @ts-expect-error codes are numbers
    ;<StatusRouteBoundary catches={['404']} />
  })
})
