import { describe, expectTypeOf, it } from 'vitest'
import { type ProblemDetails, parseProblemDetails } from './parseProblemDetails'

describe('ProblemDetails types', () => {
  it('accepts any value and may return undefined', () => {
    expectTypeOf(parseProblemDetails).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(parseProblemDetails).returns.toEqualTypeOf<ProblemDetails | undefined>()
  })

  it('always has a type and extensions, and optional standard members', () => {
    expectTypeOf<ProblemDetails['type']>().toEqualTypeOf<string>()
    expectTypeOf<ProblemDetails['title']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ProblemDetails['status']>().toEqualTypeOf<number | undefined>()
    expectTypeOf<ProblemDetails['detail']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ProblemDetails['instance']>().toEqualTypeOf<string | undefined>()
    expectTypeOf<ProblemDetails['extensions']>().toEqualTypeOf<Readonly<Record<string, unknown>>>()
  })

  it('is read-only, extensions included', () => {
    const problem = {} as ProblemDetails
    // @ts-expect-error type is read-only
    problem.type = 'x'
    // @ts-expect-error status is read-only
    problem.status = 500
    // @ts-expect-error extensions is read-only
    problem.extensions.extra = 1
  })

  it('types extension members as unknown', () => {
    const problem = {} as ProblemDetails
    expectTypeOf(problem.extensions.anything).toEqualTypeOf<unknown>()
  })
})
