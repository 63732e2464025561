import { describe, expectTypeOf, it } from 'vitest'
import type { StatusTable } from './STATUS_TABLE'

describe('StatusTable types', () => {
  it('decodes every code and reason of the table string as literal types', () => {
    expectTypeOf<StatusTable['length']>().toEqualTypeOf<61>()
    expectTypeOf<StatusTable[0]>().toEqualTypeOf<[100, 'Continue']>()
    expectTypeOf<StatusTable[13]>().toEqualTypeOf<[226, 'IM Used']>()
    expectTypeOf<StatusTable[21]>().toEqualTypeOf<[308, 'Permanent Redirect']>()
    expectTypeOf<StatusTable[26]>().toEqualTypeOf<[404, 'Not Found']>()
    expectTypeOf<StatusTable[49]>().toEqualTypeOf<[451, 'Unavailable For Legal Reasons']>()
    expectTypeOf<StatusTable[60]>().toEqualTypeOf<[511, 'Network Authentication Required']>()
  })

  it('reads a retryable entry without its marker', () => {
    expectTypeOf<StatusTable[30]>().toEqualTypeOf<[408, 'Request Timeout']>()
    expectTypeOf<StatusTable[54]>().toEqualTypeOf<[504, 'Gateway Timeout']>()
  })

  it('has no entry without a code, so a stray comma cannot go unnoticed', () => {
    type Broken = {
      [Index in keyof StatusTable]: [StatusTable[Index]] extends [never] ? Index : never
    }[number]
    expectTypeOf<Broken>().toEqualTypeOf<never>()
  })
})
