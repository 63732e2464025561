import { describe, expect, it } from 'vitest'
import { statusCategory } from './statusCategory'

describe('statusCategory', () => {
  it('gives the category of each class boundary', () => {
    expect(statusCategory(100)).toBe('informational')
    expect(statusCategory(199)).toBe('informational')
    expect(statusCategory(200)).toBe('success')
    expect(statusCategory(299)).toBe('success')
    expect(statusCategory(300)).toBe('redirection')
    expect(statusCategory(399)).toBe('redirection')
    expect(statusCategory(400)).toBe('client-error')
    expect(statusCategory(499)).toBe('client-error')
    expect(statusCategory(500)).toBe('server-error')
    expect(statusCategory(599)).toBe('server-error')
  })

  it('categorises unregistered integer codes too', () => {
    expect(statusCategory(418)).toBe('client-error')
    expect(statusCategory(520)).toBe('server-error')
  })

  it('returns undefined outside 100–599', () => {
    expect(statusCategory(99)).toBeUndefined()
    expect(statusCategory(600)).toBeUndefined()
    expect(statusCategory(0)).toBeUndefined()
    expect(statusCategory(-404)).toBeUndefined()
  })

  it('returns undefined for non-integers and non-numbers', () => {
    expect(statusCategory(404.5)).toBeUndefined()
    expect(statusCategory(Number.NaN)).toBeUndefined()
    expect(statusCategory(Number.POSITIVE_INFINITY)).toBeUndefined()
    expect(statusCategory('404' as never)).toBeUndefined()
    expect(statusCategory(null as never)).toBeUndefined()
    expect(statusCategory({ valueOf: () => 404 } as never)).toBeUndefined()
  })
})
