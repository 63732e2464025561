import { describe, expect, it } from 'vitest'
import { formatMessage } from './formatMessage'

describe('formatMessage', () => {
  it('fills each placeholder, in any order and more than once', () => {
    expect(formatMessage('{day}, {time} Uhr ({time})', { time: '14:30', day: 'Dienstag' })).toBe(
      'Dienstag, 14:30 Uhr (14:30)',
    )
  })

  it('leaves a placeholder without a value as written', () => {
    expect(formatMessage('Error {code} {missing}', { code: 404 })).toBe('Error 404 {missing}')
  })

  it('inserts values literally, without reading them as templates or replacement patterns', () => {
    expect(formatMessage('{a}', { a: '$& {b} $1', b: 'no' })).toBe('$& {b} $1')
  })

  it('does not take values from the prototype chain', () => {
    expect(formatMessage('{constructor} {toString}', {})).toBe('{constructor} {toString}')
  })
})
