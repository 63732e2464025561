import type { Messages, MessagesOverrides } from './Messages'

/**
 * A complete `Messages` with `overrides` applied string by string. Unknown sections and keys, and values that
 * are not strings, are ignored, so a stray `undefined` never blanks a string. Neither argument is changed.
 */
export function mergeMessages(base: Messages, overrides?: MessagesOverrides): Messages {
  const merged = {} as Record<string, Record<string, string>>
  for (const section of Object.keys(base) as (keyof Messages)[]) {
    const strings: Record<string, string> = { ...base[section] }
    const patch: unknown =
      overrides !== undefined && Object.hasOwn(overrides, section) ? overrides[section] : undefined
    if (typeof patch === 'object' && patch !== null) {
      for (const key of Object.keys(strings)) {
        const value: unknown = Object.hasOwn(patch, key) ? (patch as Record<string, unknown>)[key] : undefined
        if (typeof value === 'string') strings[key] = value
      }
    }
    merged[section] = strings
  }
  return merged as unknown as Messages
}
