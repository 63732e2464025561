import { describe, expect, it } from 'vitest'
import { initialSettings } from './mockData'
import { MAX_SHOP_NAME, validateSettings } from './validateSettings'

describe('the settings endpoint’s validation', () => {
  it('accepts the initial settings and a shop name of exactly the longest length', () => {
    expect(validateSettings(initialSettings)).toEqual([])
    expect(validateSettings({ ...initialSettings, displayName: 'x'.repeat(MAX_SHOP_NAME) })).toEqual([])
  })

  it('refuses an email without @ and a shop name over 40 characters, each with a pointer, plus one message without a field', () => {
    const errors = validateSettings({
      ...initialSettings,
      displayName: 'x'.repeat(MAX_SHOP_NAME + 1),
      email: 'orders.example.com',
    })
    expect(errors.map((error) => error.pointer)).toEqual(['#/displayName', '#/email', undefined])
    expect(errors[0]?.detail).toBe('Shop name must be 40 characters or fewer')
    expect(errors[1]?.detail).toMatch(/like name@example\.com$/)
    expect(errors[2]).toEqual({
      detail: 'None of your settings were changed. Correct the ones marked and save again.',
    })
  })

  it('refuses a body that is not settings at all', () => {
    expect(validateSettings(null).map((error) => error.pointer)).toEqual([
      '#/displayName',
      '#/email',
      undefined,
    ])
  })
})
