import { parseProblemDetails, StatusError } from '@statuskit/core'
import { describe, expect, it } from 'vitest'
import { toConformErrors } from './toConformErrors'

const invalid = (body: Record<string, unknown>) =>
  new StatusError({ kind: 'http', status: 422, problem: parseProblemDetails(body) })

describe('toConformErrors', () => {
  it("should name fields in Conform's format and gather every message", () => {
    const errors = toConformErrors(
      invalid({
        errors: [
          { detail: 'Enter a name', pointer: '#/items/0/name' },
          { detail: 'Enter a date in the future', pointer: '#/delivery/date' },
          { detail: 'Choose a later date', pointer: '#/delivery/date' },
          { detail: 'The order is closed' },
        ],
      }),
    )
    expect(errors.formErrors).toEqual(['The order is closed'])
    expect({ ...errors.fieldErrors }).toEqual({
      'items[0].name': ['Enter a name'],
      'delivery.date': ['Enter a date in the future', 'Choose a later date'],
    })
  })

  it('should keep a field named __proto__ as a field and change no prototype', () => {
    const errors = toConformErrors(invalid({ errors: { __proto__: ['bad'] } as never }))
    expect(Object.getPrototypeOf({})).toBe(Object.prototype)
    expect(Object.keys(errors.fieldErrors).length).toBeLessThanOrEqual(1)
  })

  it('should give nothing for an error without field errors', () => {
    expect(toConformErrors(new StatusError({ kind: 'http', status: 500 }))).toEqual({
      formErrors: [],
      fieldErrors: {},
    })
    expect(toConformErrors(undefined).formErrors).toEqual([])
  })
})
