import { describe, expect, it } from 'vitest'
import { en } from './en'
import { de } from './locales/de'
import type { Messages } from './Messages'
import { mergeMessages } from './mergeMessages'

describe('mergeMessages', () => {
  it('replaces one string and keeps every other', () => {
    const merged = mergeMessages(en, { notFound: { title: 'Nothing here' } })
    expect(merged.notFound.title).toBe('Nothing here')
    expect(merged.notFound.description).toBe(en.notFound.description)
    expect(merged.common).toEqual(en.common)
  })

  it('changes neither the base nor the overrides', () => {
    const overrides = { common: { tryAgain: 'Retry' } }
    const merged = mergeMessages(en, overrides)
    expect(en.common.tryAgain).toBe('Try again')
    expect(merged.common.tryAgain).toBe('Retry')
    expect(merged.common).not.toBe(en.common)
    expect(overrides).toEqual({ common: { tryAgain: 'Retry' } })
  })

  it('returns a complete copy without overrides', () => {
    expect(mergeMessages(en)).toEqual(en)
    expect(mergeMessages(de, {})).toEqual(de)
  })

  it('ignores values that are not strings, unknown keys and unknown sections', () => {
    const merged = mergeMessages(en, {
      notFound: { title: undefined, description: 42 as unknown as string, shout: 'HEY' } as never,
      nonsense: { title: 'x' },
    } as never)
    expect(merged).toEqual(en)
    expect(Object.keys(merged)).toEqual(Object.keys(en))
  })

  it('cannot be used to change a prototype', () => {
    const overrides = JSON.parse('{"__proto__": {"title": "polluted"}, "common": {"__proto__": {"x": 1}}}')
    const merged = mergeMessages(en, overrides)
    expect(merged).toEqual(en)
    expect(Object.getPrototypeOf(merged.common)).toBe(Object.prototype)
  })
})

describe('the German locale', () => {
  function keysOf(messages: Messages): string[] {
    return Object.entries(messages).flatMap(([section, strings]) =>
      Object.keys(strings as object).map((key) => `${section}.${key}`),
    )
  }

  it('has every string the English messages have, and no other', () => {
    expect(keysOf(de).sort()).toEqual(keysOf(en).sort())
  })

  it('translates every sentence and keeps every placeholder', () => {
    const shared = new Set<string>()
    for (const [section, strings] of Object.entries(en)) {
      for (const [key, english] of Object.entries(strings as Record<string, string>)) {
        const german = (de as unknown as Record<string, Record<string, string>>)[section]?.[key] ?? ''
        const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort()
        expect(placeholders(german), `${section}.${key}`).toEqual(placeholders(english))
        if (!shared.has(`${section}.${key}`)) expect(german, `${section}.${key}`).not.toBe(english)
      }
    }
  })
})
