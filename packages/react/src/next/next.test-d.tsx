import type { ErrorComponent } from 'next/dist/client/components/error-boundary.js'
import Link from 'next/link'
import { describe, expectTypeOf, it } from 'vitest'
import type { LinkComponent } from '../context/LinkComponent'
import { StatusKitProvider } from '../provider/StatusKitProvider'
import { RouterLink } from './RouterLink'
import { StatusErrorPage } from './StatusErrorPage'
import { StatusRouteBoundary } from './StatusRouteBoundary'
import { throwStatus } from './throwStatus'

describe('@statuskit/react/next types', () => {
  it('takes next/link as the provider link component, as it is', () => {
    expectTypeOf(Link).toExtend<LinkComponent>()
    ;<StatusKitProvider linkComponent={Link} homeHref="/" />
    expectTypeOf(RouterLink).toEqualTypeOf<LinkComponent>()
  })

  it("is what Next's error boundary renders for error.tsx", () => {
    expectTypeOf(StatusErrorPage).toExtend<ErrorComponent>()
  })

  it('takes the props of StatusBoundary', () => {
    ;<StatusRouteBoundary catches={[404]} resetKeys={['tab']} headingLevel={2} />
    // @ts-expect-error catches codes are numbers
    ;<StatusRouteBoundary catches={['404']} />
  })

  it('never returns', () => {
    expectTypeOf(throwStatus).returns.toBeNever()
    expectTypeOf(throwStatus).parameter(0).toBeUnknown()
  })
})
