import { describe, expectTypeOf, it } from 'vitest'
import { type FromResponseOptions, fromResponse } from './fromResponse'
import { isStatusError } from './isStatusError'
import type { ProblemDetails } from './parseProblemDetails'
import type { StatusDefinition } from './StatusDefinition'
import { StatusError, type StatusErrorInit, type StatusErrorJSON, type StatusErrorKind } from './StatusError'
import type { StatusNormalizer } from './StatusNormalizer'
import { type ToStatusErrorOptions, toStatusError } from './toStatusError'

describe('StatusError types', () => {
  it('names the five kinds as a string union', () => {
    expectTypeOf<StatusErrorKind>().toEqualTypeOf<'http' | 'network' | 'timeout' | 'abort' | 'unknown'>()
  })

  it('exposes read-only normalized fields', () => {
    const error = new StatusError({ kind: 'http', status: 404 })
    expectTypeOf(error).toExtend<Error>()
    expectTypeOf(error.name).toEqualTypeOf<'StatusError'>()
    expectTypeOf(error.kind).toEqualTypeOf<StatusErrorKind>()
    expectTypeOf(error.status).toEqualTypeOf<number | undefined>()
    expectTypeOf(error.definition).toEqualTypeOf<StatusDefinition | undefined>()
    expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>()
    expectTypeOf(error.retryAt).toEqualTypeOf<number | undefined>()
    expectTypeOf(error.problem).toEqualTypeOf<ProblemDetails | undefined>()
    expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>()
    expectTypeOf(error.cause).toEqualTypeOf<unknown>()
    expectTypeOf(error.toJSON()).toEqualTypeOf<StatusErrorJSON>()
    // @ts-expect-error the fields are read-only
    error.status = 500
    // @ts-expect-error the fields are read-only
    error.kind = 'network'
  })

  it('requires a status for http errors and forbids one for the other kinds', () => {
    expectTypeOf<{ kind: 'http'; status: number }>().toExtend<StatusErrorInit>()
    expectTypeOf<{ kind: 'network'; requestId: string; cause: unknown }>().toExtend<StatusErrorInit>()
    // @ts-expect-error an http error needs its status
    new StatusError({ kind: 'http' })
    // @ts-expect-error only http errors carry a status
    new StatusError({ kind: 'timeout', status: 504 })
    // @ts-expect-error the message is derived, never given
    new StatusError({ kind: 'unknown', message: 'server said: token=abc' })
  })
})

describe('normalizer types', () => {
  it('narrows with isStatusError and with instanceof, subclasses included', () => {
    const value: unknown = null
    if (isStatusError(value)) expectTypeOf(value).toEqualTypeOf<StatusError>()
    if (value instanceof StatusError) expectTypeOf(value).toEqualTypeOf<StatusError>()
    class AppError extends StatusError {
      readonly app = true
    }
    if (value instanceof AppError) expectTypeOf(value).toEqualTypeOf<AppError>()
  })

  it('takes anything and gives a StatusError', () => {
    expectTypeOf(toStatusError).parameter(0).toEqualTypeOf<unknown>()
    expectTypeOf(toStatusError).parameter(1).toEqualTypeOf<ToStatusErrorOptions | undefined>()
    expectTypeOf(toStatusError).returns.toEqualTypeOf<StatusError>()
    expectTypeOf<ToStatusErrorOptions>().toEqualTypeOf<{ now?: number; normalize?: StatusNormalizer }>()
  })

  it('takes a normalizer that answers with an init or undefined', () => {
    expectTypeOf<StatusNormalizer>().toEqualTypeOf<(value: unknown) => StatusErrorInit | undefined>()
    toStatusError(1, { normalize: (value) => (value === 1 ? { kind: 'http', status: 418 } : undefined) })
    // @ts-expect-error an http init needs its status
    toStatusError(1, { normalize: () => ({ kind: 'http' }) })
  })

  it('turns a Response into a promised StatusError', () => {
    expectTypeOf(fromResponse).parameter(0).toEqualTypeOf<Response>()
    expectTypeOf(fromResponse).returns.toEqualTypeOf<Promise<StatusError>>()
    expectTypeOf<FromResponseOptions>().toEqualTypeOf<{
      now?: number
      maxBodyBytes?: number
      timeoutMs?: number
    }>()
  })
})
