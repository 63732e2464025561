import { describe, expect, it } from 'vitest'
import { safeReturnTo } from './safeReturnTo'

const ORIGIN = 'https://app.example.com'

describe('given same-origin targets', () => {
  it.each([
    ['/dashboard', '/dashboard'],
    ['/orders?page=2&sort=desc#row-4', '/orders?page=2&sort=desc#row-4'],
    ['https://app.example.com/settings/profile', '/settings/profile'],
    ['https://APP.example.com:443/a', '/a'],
    ['/a/../b/./c', '/b/c'],
    ['settings', '/settings'],
    ['?tab=billing', '/?tab=billing'],
    ['/search?q=caf%C3%A9', '/search?q=caf%C3%A9'],
    ['/é?q=ü', '/%C3%A9?q=%C3%BC'],
    ['/path@evil.com', '/path@evil.com'],
  ])('%s becomes %s', (target, expected) => {
    expect(safeReturnTo(target, ORIGIN)).toBe(expected)
  })

  it('percent-encodes spaces inside the path', () => {
    expect(safeReturnTo('/reports/Q3 2026?q=a b', ORIGIN)).toBe('/reports/Q3%202026?q=a%20b')
  })

  it('re-serialises from the parsed URL instead of echoing the input', () => {
    expect(safeReturnTo('/a"b<c>', ORIGIN)).toBe('/a%22b%3Cc%3E')
  })

  it('ignores a path in origin', () => {
    expect(safeReturnTo('/x', 'https://app.example.com/base/path?q=1')).toBe('/x')
    expect(safeReturnTo('https://app.example.com/y', 'https://app.example.com/base/')).toBe('/y')
  })

  it('resolves a relative target against the root of origin, not against a path in it', () => {
    expect(safeReturnTo('settings', 'https://app.example.com/base/path')).toBe('/settings')
    expect(safeReturnTo('settings', 'https://app.example.com/base/')).toBe('/settings')
    expect(safeReturnTo('../settings', 'https://app.example.com/a/b/c')).toBe('/settings')
    expect(safeReturnTo('?tab=2', 'https://app.example.com/base?q=1#h')).toBe('/?tab=2')
  })

  it('honours a port in origin', () => {
    expect(safeReturnTo('http://localhost:5173/a', 'http://localhost:5173')).toBe('/a')
    expect(safeReturnTo('http://localhost:3000/a', 'http://localhost:5173')).toBe('/')
  })
})

describe('given open-redirect payloads', () => {
  it.each([
    ['another origin', 'https://evil.com/'],
    ['a look-alike host', 'https://app.example.com.evil.com/'],
    ['a look-alike subdomain', 'https://evil-app.example.com/'],
    ['a scheme change', 'http://app.example.com/dashboard'],
    ['a port change', 'https://app.example.com:8443/'],
    ['protocol-relative', '//evil.com'],
    ['protocol-relative with a path', '//evil.com/app.example.com'],
    ['slash-backslash', '/\\evil.com'],
    ['backslash-slash', '\\/evil.com'],
    ['double backslash', '\\\\evil.com'],
    ['backslash inside a scheme URL', 'https:\\\\evil.com'],
    ['a tab between slashes', '/\t/evil.com'],
    ['a newline between slashes', '/\n/evil.com'],
    ['a carriage return between slashes', '/\r/evil.com'],
    ['a tab inside the scheme', 'java\tscript:alert(1)'],
    ['a newline inside the scheme', 'jav\nascript:alert(1)'],
    ['a leading space', ' //evil.com'],
    ['a leading space before a path', ' /dashboard'],
    ['a trailing space', '/dashboard '],
    ['a form feed', '/\f/evil.com'],
    ['a leading NUL', '\0/dashboard'],
    ['userinfo', 'https://user:pass@app.example.com/'],
    ['userinfo on another host', 'https://app.example.com@evil.com/'],
    ['a username only', 'https://admin@app.example.com/'],
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['mixed-case javascript: with leading control characters', '\x01\x02  JaVaScRiPt:alert(1)'],
    ['mixed-case javascript:', 'JaVaScRiPt:alert(1)'],
    ['data:', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['vbscript:', 'VBScript:msgbox(1)'],
    ['a dot segment making a protocol-relative path', '/.//evil.com'],
    ['a same-origin URL with a double slash path', 'https://app.example.com//evil.com'],
    ['an encoded dot segment', '/%2e//evil.com'],
    ['unparsable', 'https://[::1'],
    ['an empty string', ''],
    ['a DEL character', '/a\x7f'],
  ])('rejects %s', (_, target) => {
    expect(safeReturnTo(target, ORIGIN)).toBe('/')
  })

  it.each([
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['an array', ['/dashboard']],
    ['a URL object', new URL('https://app.example.com/dashboard')],
    ['an object with toString', { toString: () => '/dashboard' }],
  ])('rejects %s as a target', (_, target) => {
    expect(safeReturnTo(target, ORIGIN)).toBe('/')
  })

  it('never returns a path starting with // or /\\', () => {
    const payloads = [
      '/.//evil.com',
      '/./\\evil.com',
      '/..//evil.com',
      '/a/..//evil.com',
      '/%2F/evil.com',
      '///evil.com',
    ]
    for (const payload of payloads) {
      expect(safeReturnTo(payload, ORIGIN)).not.toMatch(/^\/[/\\]/)
    }
  })
})

describe('given a fallback', () => {
  it('returns it for a rejected target', () => {
    expect(safeReturnTo('//evil.com', ORIGIN, '/home')).toBe('/home')
  })

  it('validates the fallback itself', () => {
    expect(safeReturnTo('//evil.com', ORIGIN, 'https://evil.com/')).toBe('/')
    expect(safeReturnTo('//evil.com', ORIGIN, '//evil.com')).toBe('/')
    expect(safeReturnTo('//evil.com', ORIGIN, 'javascript:alert(1)')).toBe('/')
    expect(safeReturnTo('//evil.com', ORIGIN, 42 as unknown as string)).toBe('/')
  })
})

describe('given an unparsable target', () => {
  it.each([
    'http://[::1',
    'https://exa mple.com/',
    'http://app.example.com:99999/',
    'https://app.example.com:abc/',
    'https://',
  ])('returns the fallback for %j, as for any rejected target', (target) => {
    expect(safeReturnTo(target, ORIGIN, '/home')).toBe('/home')
    expect(safeReturnTo(target, ORIGIN)).toBe('/')
  })
})

describe('given a bad origin', () => {
  it('returns "/" and never throws', () => {
    for (const origin of [
      '',
      'not a url',
      'data:text/html,x',
      'javascript:alert(1)',
      'file:///etc',
      undefined,
      null,
    ]) {
      expect(() => safeReturnTo('/dashboard', origin as string)).not.toThrow()
      expect(safeReturnTo('data:text/html,x', origin as string)).toBe('/')
    }
  })
  it('returns a path fallback, since no target can be checked against it', () => {
    for (const origin of ['', 'not a url', 'null', 'javascript:alert(1)', 'file:///etc', undefined]) {
      expect(safeReturnTo('/dashboard', origin as string, '/home')).toBe('/home')
      expect(safeReturnTo('https://app.example.com/x', origin as string, '/home?tab=1#a')).toBe(
        '/home?tab=1#a',
      )
    }
  })

  it('still never returns an unsafe fallback', () => {
    for (const fallback of [
      '//evil.com',
      '/\\evil.com',
      'https://evil.com/',
      'javascript:alert(1)',
      '/.//evil.com',
    ]) {
      const result = safeReturnTo('/dashboard', 'not a url', fallback)
      expect(result).toBe('/')
    }
  })
})
