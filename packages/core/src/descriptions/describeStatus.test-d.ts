import { describe, expectTypeOf, it } from 'vitest'
import { describeStatus, type StatusDescription } from './index'

describe('describeStatus types', () => {
  it('returns read-only texts or undefined', () => {
    expectTypeOf(describeStatus(404)).toEqualTypeOf<StatusDescription | undefined>()
    expectTypeOf<StatusDescription>().toEqualTypeOf<{
      readonly description: string
      readonly whenToExpect: string
    }>()
    const text = {} as StatusDescription
    // @ts-expect-error texts are read-only
    text.description = ''
  })
})
