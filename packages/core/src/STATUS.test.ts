import { describe, expect, it } from 'vitest'
import { listStatuses } from './listStatuses'
import { STATUS } from './STATUS'

describe('STATUS', () => {
  it('names each registered code by its key', () => {
    expect(STATUS.OK).toBe(200)
    expect(STATUS.NOT_FOUND).toBe(404)
    expect(STATUS.CONTENT_TOO_LARGE).toBe(413)
    expect(STATUS.UNPROCESSABLE_CONTENT).toBe(422)
    expect(STATUS.NON_AUTHORITATIVE_INFORMATION).toBe(203)
    expect(STATUS.TOO_MANY_REQUESTS).toBe(429)
    expect(STATUS.NETWORK_AUTHENTICATION_REQUIRED).toBe(511)
  })

  it('has one constant for each of the 61 registered codes and nothing else', () => {
    expect(Object.keys(STATUS)).toHaveLength(61)
    for (const definition of listStatuses()) {
      expect(STATUS[definition.key as keyof typeof STATUS]).toBe(definition.code)
    }
  })

  it('is frozen', () => {
    expect(Object.isFrozen(STATUS)).toBe(true)
    expect(() => {
      ;(STATUS as { NOT_FOUND: number }).NOT_FOUND = 410
    }).toThrow(TypeError)
    expect(STATUS.NOT_FOUND).toBe(404)
  })

  it('has no constants for the unused codes', () => {
    expect(Object.hasOwn(STATUS, 'SWITCH_PROXY')).toBe(false)
    expect(Object.hasOwn(STATUS, 'IM_A_TEAPOT')).toBe(false)
    expect(Object.values(STATUS)).not.toContain(306)
    expect(Object.values(STATUS)).not.toContain(418)
  })
})
