import type { StatusError } from '@statuskit/core'
import { QueryClient } from '@tanstack/react-query'
import type { ErrorInfo } from 'react'
import { describe, expectTypeOf, it } from 'vitest'
import type { FallbackProps } from '../context/FallbackProps'
import type { LoginOptions } from '../context/LoginOptions'
import { statusQueryDefaults } from '../query/statusQueryDefaults'
import type { ResetDetails } from './ResetDetails'
import { StatusBoundary } from './StatusBoundary'
import type { StatusBoundaryProps } from './StatusBoundaryProps'
import { useStatusBoundary } from './useStatusBoundary'

function Page(_: FallbackProps) {
  return null
}

describe('StatusBoundary types', () => {
  it('accepts fallbacks by code, class, kind and default', () => {
    ;<StatusBoundary
      fallbacks={{ 404: Page, '4xx': Page, '5xx': Page, network: Page, timeout: Page, default: Page }}
    />
    // @ts-expect-error a fallback is a component, not a string
    ;<StatusBoundary fallbacks={{ 404: 'Not found' }} />
  })

  it('accepts a render function or an element as fallback', () => {
    ;<StatusBoundary
      fallback={({ error, reset }) =>
        error.status === 429 ? null : (
          <button type="button" onClick={() => reset({ automatic: false })}>
            Try again
          </button>
        )
      }
    />
    ;<StatusBoundary fallback={<p>Something went wrong</p>} />
  })

  it('takes fallback or fallbacks, never both', () => {
    // @ts-expect-error one fallback for everything and a list cannot both apply
    ;<StatusBoundary fallback={<p>Something went wrong</p>} fallbacks={{ 404: Page }} />
    // @ts-expect-error not with a render function either
    ;<StatusBoundary fallback={() => null} fallbacks={{ default: Page }} />
  })

  it('takes codes or a predicate in catches', () => {
    ;<StatusBoundary catches={[404, 410]} />
    ;<StatusBoundary catches={(error) => error.kind === 'network'} />
    // @ts-expect-error codes are numbers
    ;<StatusBoundary catches={['404']} />
  })

  it('hands onError a StatusError and onReset the reason', () => {
    expectTypeOf<NonNullable<StatusBoundaryProps['onError']>>().parameters.toEqualTypeOf<
      [StatusError, ErrorInfo]
    >()
    const onReset = (details: ResetDetails) => {
      if (details.reason === 'keys') {
        expectTypeOf(details.prev).toEqualTypeOf<readonly unknown[] | undefined>()
      } else {
        // @ts-expect-error only a keys reset carries the keys
        details.prev
      }
    }
    ;<StatusBoundary onReset={onReset} />
  })

  it('limits headingLevel to 1–6', () => {
    ;<StatusBoundary headingLevel={2} />
    // @ts-expect-error there is no h7
    ;<StatusBoundary headingLevel={7} />
  })
})

describe('LoginOptions', () => {
  it('is either a login page or a function, never both', () => {
    expectTypeOf<{ href: string }>().toMatchTypeOf<LoginOptions>()
    expectTypeOf<{ href: string; returnToParam: string }>().toMatchTypeOf<LoginOptions>()
    expectTypeOf<{ onLogin: () => Promise<void> }>().toMatchTypeOf<LoginOptions>()
    expectTypeOf<{ href: string; onLogin: () => Promise<void> }>().not.toMatchTypeOf<LoginOptions>()
  })
})

describe('useStatusBoundary', () => {
  it('takes any thrown value', () => {
    expectTypeOf(useStatusBoundary).returns.toHaveProperty('showError').parameters.toEqualTypeOf<[unknown]>()
  })
})

describe('statusQueryDefaults', () => {
  it('plugs into a QueryClient', () => {
    new QueryClient({
      defaultOptions: statusQueryDefaults({ maxSilentWaitMs: 5000, retry: { maxRetries: 2 } }),
    })
    // @ts-expect-error the silent wait is the policy's maxRetryAfterMs: set it once, as maxSilentWaitMs
    statusQueryDefaults({ retry: { maxRetryAfterMs: 1 } })
  })
})
