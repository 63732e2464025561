import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { safeReturnTo } from '../safeReturnTo'
import { checkProperty } from './property'

const ORIGINS = ['https://app.example.com', 'http://localhost:3000', 'https://xn--bcher-kva.example:8443']

/** Pieces that URL parsers treat specially, so that their combinations reach the tricky cases quickly. */
const NASTY = [
  '/',
  '//',
  '\\',
  '/\\',
  '@',
  ':',
  '%',
  '%2f',
  '%5C',
  '%2e',
  '.',
  '..',
  '\t',
  '\n',
  '\r',
  ' ',
  '\u0000',
  '\u007f',
  '\u00a0',
  'é',
  '𝒳',
  '\u202e',
  '?',
  '#',
  '&',
  'javascript:',
  'JaVaScRiPt:',
  'data:',
  'vbscript:',
  'http:',
  'https:',
  'app.example.com',
  'evil.com',
  'localhost:3000',
  'user:pass@',
  'next',
  'a',
]

const target = fc.oneof(
  fc.array(fc.constantFrom(...NASTY), { maxLength: 8 }).map((pieces) => pieces.join('')),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc.string({ maxLength: 20 }),
  fc.anything(),
)

describe('safeReturnTo on generated targets', () => {
  it('only ever returns a path on the given origin that no browser reads as another host', async () => {
    await checkProperty(
      'safeReturnTo',
      5000,
      fc.property(target, fc.constantFrom(...ORIGINS), target, (value, origin, fallback) => {
        const result = safeReturnTo(value, origin, fallback as string)
        expect(typeof result).toBe('string')
        expect(result.startsWith('/')).toBe(true)
        expect(result.startsWith('//')).toBe(false)
        expect(result.startsWith('/\\')).toBe(false)
        expect(new URL(result, origin).origin).toBe(origin)
      }),
    )
  }, 30_000)

  it('keeps a plain path on the origin as it is', async () => {
    const segment = fc.stringMatching(/^[a-z0-9_-]{1,8}$/)
    await checkProperty(
      'safeReturnTo (plain paths)',
      1000,
      fc.property(
        fc.array(segment, { minLength: 1, maxLength: 4 }),
        fc.constantFrom(...ORIGINS),
        (segments, origin) => {
          const path = `/${segments.join('/')}`
          expect(safeReturnTo(path, origin)).toBe(path)
          expect(safeReturnTo(`${origin}${path}?q=1#top`, origin)).toBe(`${path}?q=1#top`)
        },
      ),
    )
  }, 30_000)
})
