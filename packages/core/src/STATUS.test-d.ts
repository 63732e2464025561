import { describe, expectTypeOf, it } from 'vitest'
import { STATUS } from './STATUS'
import type { StatusCategory } from './STATUS_CATEGORIES'
import type { StatusDefinition } from './StatusDefinition'
import type { StatusKey } from './StatusKey'

describe('STATUS types', () => {
  it('types each constant as its literal code', () => {
    expectTypeOf(STATUS.NOT_FOUND).toEqualTypeOf<404>()
    expectTypeOf(STATUS.OK).toEqualTypeOf<200>()
    expectTypeOf(STATUS.CONTENT_TOO_LARGE).toEqualTypeOf<413>()
    expectTypeOf(STATUS.NON_AUTHORITATIVE_INFORMATION).toEqualTypeOf<203>()
    expectTypeOf(STATUS.MULTI_STATUS).toEqualTypeOf<207>()
    expectTypeOf(STATUS.HTTP_VERSION_NOT_SUPPORTED).toEqualTypeOf<505>()
  })

  it('makes the constants read-only', () => {
    // @ts-expect-error STATUS is read-only
    STATUS.NOT_FOUND = 404
  })

  it('rejects keys that are not registered', () => {
    // @ts-expect-error 418 is unused in the IANA registry
    STATUS.IM_A_TEAPOT
    // @ts-expect-error the old name of 413
    STATUS.PAYLOAD_TOO_LARGE
  })

  it('has the same keys as StatusKey', () => {
    expectTypeOf<keyof typeof STATUS>().toEqualTypeOf<StatusKey>()
    expectTypeOf<'NOT_FOUND'>().toExtend<StatusKey>()
    expectTypeOf<'UNPROCESSABLE_CONTENT'>().toExtend<StatusKey>()
    expectTypeOf<'UNPROCESSABLE_ENTITY'>().not.toExtend<StatusKey>()
  })
})

describe('StatusDefinition types', () => {
  it('has read-only members', () => {
    const definition = {} as StatusDefinition
    // @ts-expect-error code is read-only
    definition.code = 1
    // @ts-expect-error reason is read-only
    definition.reason = ''
    // @ts-expect-error retryable is read-only
    definition.retryable = true
    expectTypeOf(definition.category).toEqualTypeOf<StatusCategory>()
    expectTypeOf(definition.key).toEqualTypeOf<string>()
  })

  it('lists the five categories', () => {
    expectTypeOf<StatusCategory>().toEqualTypeOf<
      'informational' | 'success' | 'redirection' | 'client-error' | 'server-error'
    >()
  })
})
