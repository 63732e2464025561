import { describe, expect, it } from 'vitest'
import { getStatus } from './getStatus'
import { listStatuses } from './listStatuses'

describe('listStatuses', () => {
  it('lists all 61 registered codes in ascending order', () => {
    const codes = listStatuses().map((definition) => definition.code)
    expect(codes).toHaveLength(61)
    expect(codes[0]).toBe(100)
    expect(codes.at(-1)).toBe(511)
    for (let index = 1; index < codes.length; index++) {
      expect(codes[index]).toBeGreaterThan(codes[index - 1] as number)
    }
  })

  it('lists the same definitions getStatus returns', () => {
    for (const definition of listStatuses()) expect(getStatus(definition.code)).toBe(definition)
  })

  it('gives every key once, and each key is the reason phrase in SCREAMING_SNAKE_CASE', () => {
    const keys = listStatuses().map((definition) => definition.key)
    expect(new Set(keys).size).toBe(61)
    for (const definition of listStatuses()) {
      expect(definition.key).toMatch(/^[A-Z]+(_[A-Z]+)*$/)
      expect(definition.key).toBe(definition.reason.toUpperCase().replaceAll(' ', '_').replaceAll('-', '_'))
    }
  })

  it('gives each definition the category of its first digit', () => {
    const expected = ['informational', 'success', 'redirection', 'client-error', 'server-error']
    for (const definition of listStatuses()) {
      expect(definition.category).toBe(expected[Math.floor(definition.code / 100) - 1])
    }
  })

  it('marks exactly 408, 425, 429, 500, 502, 503 and 504 as retryable', () => {
    const retryable = listStatuses()
      .filter((definition) => definition.retryable)
      .map((definition) => definition.code)
    expect(retryable).toEqual([408, 425, 429, 500, 502, 503, 504])
  })

  it('cannot be used to change the registry', () => {
    const list = listStatuses()
    expect(Object.isFrozen(list)).toBe(true)
    expect(() => (list as unknown as StatusDefinitionArray).push(list[0] as never)).toThrow(TypeError)
    expect(() => (list as unknown as StatusDefinitionArray).sort((a, b) => b.code - a.code)).toThrow(
      TypeError,
    )
    expect(() => {
      ;(list as unknown as StatusDefinitionArray)[0] = { ...list[0], reason: 'Changed' } as never
    }).toThrow(TypeError)
    expect(list.every((definition) => Object.isFrozen(definition))).toBe(true)
    expect(listStatuses()[0]?.reason).toBe('Continue')
    expect(listStatuses()).toHaveLength(61)
  })
})

type StatusDefinitionArray = { code: number; reason: string }[]
