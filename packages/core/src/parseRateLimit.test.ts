import { describe, expect, it } from 'vitest'
import { parseRateLimit } from './parseRateLimit'

describe('parseRateLimit', () => {
  describe('given an exhausted policy', () => {
    it('returns its reset time in milliseconds', () => {
      expect(parseRateLimit('"default";r=0;t=30')).toBe(30_000)
    })

    it('accepts a token as the policy name', () => {
      expect(parseRateLimit('default;r=0;t=30')).toBe(30_000)
    })

    it('accepts t=0 as no wait at all', () => {
      expect(parseRateLimit('"default";r=0;t=0')).toBe(0)
    })

    it('accepts parameters in any order and other parameters beside them', () => {
      expect(parseRateLimit('"day";t=60;q=1000;r=0')).toBe(60_000)
      expect(parseRateLimit('"day";pk=:AAAA:;r=0;t=5;x="a;b";y=?1;z=1.5')).toBe(5000)
    })

    it('lets a later parameter with the same key override an earlier one', () => {
      expect(parseRateLimit('"a";r=5;r=0;t=10')).toBe(10_000)
      expect(parseRateLimit('"a";r=0;t=10;t=20')).toBe(20_000)
      expect(parseRateLimit('"a";r=0;r=3;t=10')).toBeUndefined()
    })

    it('reads zero written with extra digits as zero', () => {
      expect(parseRateLimit('"a";r=00;t=7')).toBe(7000)
    })
  })

  describe('given several policies', () => {
    it('ignores the policies that still have quota', () => {
      expect(parseRateLimit('"default";r=0;t=30, "burst";r=5;t=1')).toBe(30_000)
      expect(parseRateLimit('"burst";r=5;t=1, "default";r=0;t=30')).toBe(30_000)
    })

    it('returns the largest reset among the exhausted ones', () => {
      expect(parseRateLimit('"minute";r=0;t=20, "hour";r=0;t=1800, "second";r=0;t=1')).toBe(1_800_000)
    })

    it('reads several header lines joined by a comma, as Headers.get() joins them', () => {
      const headers = new Headers()
      headers.append('RateLimit', '"burst";r=0;t=2')
      headers.append('RateLimit', '"day";r=0;t=90')
      expect(parseRateLimit(headers.get('RateLimit'))).toBe(90_000)
    })

    it('allows spaces and tabs around items', () => {
      expect(parseRateLimit(' \t"a";r=0;t=3 ,\t"b";r=0;t=4\t ')).toBe(4000)
    })

    it('does not split a policy name at a comma inside its quotes', () => {
      expect(parseRateLimit('"a, b";r=0;t=9')).toBe(9000)
      expect(parseRateLimit('"a \\" b, c";r=0;t=9')).toBe(9000)
    })

    it('returns undefined when every policy still has quota', () => {
      expect(parseRateLimit('"default";r=50;t=30, "burst";r=5;t=1')).toBeUndefined()
    })
  })

  describe('given malformed items', () => {
    it.each([
      ['a missing t', '"a";r=0'],
      ['a missing r', '"a";t=30'],
      ['a negative t', '"a";r=0;t=-5'],
      ['a fractional t', '"a";r=0;t=1.5'],
      ['a t in quotes', '"a";r=0;t="30"'],
      ['a boolean t', '"a";r=0;t'],
      ['a boolean r', '"a";r;t=30'],
      ['a t in exponent notation', '"a";r=0;t=1e3'],
      ['a hexadecimal t', '"a";r=0;t=0x10'],
      ['a t with more than 15 digits', `"a";r=0;t=${'9'.repeat(16)}`],
      ['an upper-case key', '"a";R=0;T=30'],
      ['an unclosed quote', '"a;r=0;t=30'],
      ['an inner list', '("a" "b");r=0;t=30'],
      ['spaces around =', '"a";r = 0;t = 30'],
      ['a number as the item', '5;r=0;t=30'],
      ['the old dictionary syntax', 'limit=100, remaining=0, reset=30'],
      ['an empty value', ''],
      ['only blanks', ' \t '],
      ['only commas', ',,,'],
    ])('ignores an item with %s', (_, value) => {
      expect(parseRateLimit(value)).toBeUndefined()
    })

    it('keeps the well-formed items beside malformed ones', () => {
      expect(parseRateLimit('"bad";r=0;t=-1, garbage!!, "good";r=0;t=12, ("x");r=0;t=99')).toBe(12_000)
      expect(parseRateLimit('"good";r=0;t=12,')).toBe(12_000)
    })
  })

  describe('given extreme values', () => {
    it('clamps a long reset to the largest timer delay', () => {
      expect(parseRateLimit('"a";r=0;t=999999999999999')).toBe(2147483647)
      expect(parseRateLimit('"a";r=0;t=2147484')).toBe(2147483647)
    })

    it('stays fast on long hostile input', () => {
      const started = performance.now()
      expect(parseRateLimit(`"a";r=0${' '.repeat(100_000)}x`)).toBeUndefined()
      expect(parseRateLimit('"'.repeat(100_001))).toBeUndefined()
      expect(parseRateLimit(`${';a'.repeat(50_000)}!`)).toBeUndefined()
      expect(parseRateLimit(`a${';r=0'.repeat(50_000)};t=1`)).toBe(1000)
      expect(performance.now() - started).toBeLessThan(1000)
    })
  })

  describe('given no header', () => {
    it('returns undefined for null and undefined', () => {
      expect(parseRateLimit(null)).toBeUndefined()
      expect(parseRateLimit(undefined)).toBeUndefined()
    })

    it('returns undefined without throwing for values that are not strings', () => {
      for (const value of [30, {}, ['"a";r=0;t=30'], Symbol('x'), new String('"a";r=0;t=30')]) {
        expect(parseRateLimit(value as never)).toBeUndefined()
      }
    })
  })
})
