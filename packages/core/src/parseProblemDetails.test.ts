import { runInNewContext } from 'node:vm'
import { describe, expect, it } from 'vitest'
import { parseProblemDetails } from './parseProblemDetails'

describe('parseProblemDetails', () => {
  describe('given a complete problem document', () => {
    const body = JSON.parse(
      '{"type":"https://example.com/probs/out-of-credit","title":"You do not have enough credit.","status":403,' +
        '"detail":"Your current balance is 30, but that costs 50.","instance":"/account/12345/msgs/abc",' +
        '"balance":30,"accounts":["/account/12345","/account/67890"]}',
    )

    it('reads the standard members', () => {
      const problem = parseProblemDetails(body)
      expect(problem?.type).toBe('https://example.com/probs/out-of-credit')
      expect(problem?.title).toBe('You do not have enough credit.')
      expect(problem?.status).toBe(403)
      expect(problem?.detail).toBe('Your current balance is 30, but that costs 50.')
      expect(problem?.instance).toBe('/account/12345/msgs/abc')
    })

    it('puts every other member in extensions', () => {
      const problem = parseProblemDetails(body)
      expect({ ...problem?.extensions }).toEqual({
        balance: 30,
        accounts: ['/account/12345', '/account/67890'],
      })
    })

    it('gives extensions no prototype, so no inherited keys', () => {
      const extensions = parseProblemDetails(body)?.extensions
      expect(Object.getPrototypeOf(extensions)).toBeNull()
      expect('toString' in (extensions ?? {})).toBe(false)
    })

    it('freezes the result and its extensions', () => {
      const problem = parseProblemDetails(body)
      expect(Object.isFrozen(problem)).toBe(true)
      expect(Object.isFrozen(problem?.extensions)).toBe(true)
      expect(() => {
        ;(problem as { title: string }).title = 'Changed'
      }).toThrow(TypeError)
    })

    it('does not change the input', () => {
      const input = { title: 'x', extra: 1 }
      parseProblemDetails(input)
      expect(input).toEqual({ title: 'x', extra: 1 })
      expect(Object.isFrozen(input)).toBe(false)
    })
  })

  describe('given missing or wrong-typed members', () => {
    it('defaults type to about:blank when absent', () => {
      expect(parseProblemDetails({ title: 'Not Found', status: 404 })).toEqual({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        extensions: {},
      })
    })

    it('reads an empty object as a blank problem', () => {
      const problem = parseProblemDetails({})
      expect(problem?.type).toBe('about:blank')
      expect(Object.keys(problem ?? {})).toEqual(['type', 'extensions'])
    })

    it('defaults type to about:blank when it is not a string', () => {
      expect(parseProblemDetails({ type: 42 })?.type).toBe('about:blank')
      expect(parseProblemDetails({ type: null })?.type).toBe('about:blank')
      expect(parseProblemDetails({ type: ['x'] })?.type).toBe('about:blank')
    })

    it('ignores wrong-typed standard members instead of moving them to extensions', () => {
      const problem = parseProblemDetails({
        title: 404,
        detail: { text: 'x' },
        instance: false,
        status: '404',
      })
      expect(problem).toBeDefined()
      expect(problem && 'title' in problem).toBe(false)
      expect(problem && 'detail' in problem).toBe(false)
      expect(problem && 'instance' in problem).toBe(false)
      expect(problem && 'status' in problem).toBe(false)
      expect(Object.keys(problem?.extensions ?? {})).toEqual([])
    })

    it.each([
      ['a fraction', 404.5],
      ['below 100', 99],
      ['above 599', 600],
      ['zero', 0],
      ['negative', -404],
      ['NaN', Number.NaN],
      ['Infinity', Number.POSITIVE_INFINITY],
      ['a string', '404'],
      ['a bigint', 404n],
    ])('drops a status that is %s', (_, status) => {
      const problem = parseProblemDetails({ status })
      expect(problem?.status).toBeUndefined()
      expect(problem && 'status' in problem).toBe(false)
    })

    it('keeps the status boundaries 100 and 599', () => {
      expect(parseProblemDetails({ status: 100 })?.status).toBe(100)
      expect(parseProblemDetails({ status: 599 })?.status).toBe(599)
    })
  })

  describe('given a body that is not a JSON object', () => {
    it.each([
      ['null', null],
      ['undefined', undefined],
      ['a string', '{"title":"x"}'],
      ['a number', 404],
      ['a boolean', true],
      ['an array', [{ title: 'x' }]],
      ['an empty array', []],
      ['a function', () => ({ title: 'x' })],
      ['a date', new Date()],
      ['a map', new Map([['title', 'x']])],
      [
        'a class instance',
        new (class Problem {
          title = 'x'
        })(),
      ],
      ['a symbol', Symbol('x')],
    ])('returns undefined for %s', (_, body) => {
      expect(parseProblemDetails(body)).toBeUndefined()
    })
  })

  describe('given __proto__ and constructor members', () => {
    it('keeps a JSON __proto__ member as plain data without changing any prototype', () => {
      const body = JSON.parse('{"title":"x","__proto__":{"polluted":true,"status":500}}')
      const problem = parseProblemDetails(body)
      expect(problem?.status).toBeUndefined()
      expect(Object.getPrototypeOf(problem)).toBe(Object.prototype)
      expect(Object.getPrototypeOf(problem?.extensions)).toBeNull()
      expect(Object.hasOwn(problem?.extensions ?? {}, '__proto__')).toBe(true)
      expect(Object.getOwnPropertyDescriptor(problem?.extensions, '__proto__')?.value).toEqual({
        polluted: true,
        status: 500,
      })
      expect(Object.hasOwn(problem?.extensions ?? {}, 'polluted')).toBe(false)
      expect('polluted' in (problem?.extensions ?? {})).toBe(false)
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    })

    it('keeps a constructor member as plain data', () => {
      const body = JSON.parse('{"constructor":{"prototype":{"polluted":true}}}')
      const problem = parseProblemDetails(body)
      expect(Object.getOwnPropertyDescriptor(problem?.extensions, 'constructor')?.value).toEqual({
        prototype: { polluted: true },
      })
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    })

    it('accepts an object with no prototype', () => {
      const body = Object.assign(Object.create(null), { title: 'x', extra: 1 })
      expect(parseProblemDetails(body)?.title).toBe('x')
      expect(parseProblemDetails(body)?.extensions.extra).toBe(1)
    })

    it('does not read inherited members', () => {
      const body = Object.create({ title: 'inherited', extra: 1 })
      expect(parseProblemDetails(body)).toEqual({ type: 'about:blank', extensions: {} })
    })

    it('reads an object literal that sets __proto__ by its own members only, changing no prototype', () => {
      const body = { __proto__: { polluted: true, title: 'inherited' }, title: 'Own title', status: 409 }
      const problem = parseProblemDetails(body)
      expect(problem).toEqual({ type: 'about:blank', title: 'Own title', status: 409, extensions: {} })
      expect(Object.getPrototypeOf(problem)).toBe(Object.prototype)
      expect(Object.getPrototypeOf(problem?.extensions)).toBeNull()
      expect('polluted' in (problem?.extensions ?? {})).toBe(false)
      expect(({} as { polluted?: unknown }).polluted).toBeUndefined()
    })
  })

  describe('given hostile objects', () => {
    it('leaves out a member whose getter throws and keeps the readable ones', () => {
      const body = {
        title: 'Readable',
        get detail(): string {
          throw new Error('boom')
        },
        get secret(): string {
          throw new Error('boom')
        },
      }
      const problem = parseProblemDetails(body)
      expect(problem?.title).toBe('Readable')
      expect(problem && 'detail' in problem).toBe(false)
      expect(problem && 'secret' in (problem?.extensions ?? {})).toBe(false)
    })

    it('returns undefined for a revoked proxy', () => {
      const { proxy, revoke } = Proxy.revocable({ title: 'x' }, {})
      revoke()
      expect(parseProblemDetails(proxy)).toBeUndefined()
    })

    it('returns undefined for a proxy whose traps throw', () => {
      const proxy = new Proxy(
        { title: 'x' },
        {
          ownKeys() {
            throw new Error('boom')
          },
        },
      )
      expect(parseProblemDetails(proxy)).toBeUndefined()
      const noPrototype = new Proxy(
        {},
        {
          getPrototypeOf() {
            throw new Error('boom')
          },
        },
      )
      expect(parseProblemDetails(noPrototype)).toBeUndefined()
    })

    it('reads a well-behaved proxy and a frozen object like the object itself', () => {
      expect(parseProblemDetails(new Proxy({ title: 'x', status: 404 }, {}))?.status).toBe(404)
      expect(parseProblemDetails(Object.freeze({ title: 'x', status: 404 }))?.status).toBe(404)
    })

    it('reads an object from another realm', () => {
      const body = runInNewContext('({ title: "Elsewhere", status: 409, extra: true })')
      const problem = parseProblemDetails(body)
      expect(problem?.title).toBe('Elsewhere')
      expect(problem?.status).toBe(409)
      expect(problem?.extensions.extra).toBe(true)
    })

    it('ignores symbol keys and non-enumerable members', () => {
      const body = { title: 'x', [Symbol('hidden')]: 1 }
      Object.defineProperty(body, 'hidden', { value: 1, enumerable: false })
      expect(Reflect.ownKeys(parseProblemDetails(body)?.extensions ?? {})).toEqual([])
    })
  })

  describe('given members that JSON.stringify could not write', () => {
    /** `{"a":[[[…]]]}` with `levels` nested arrays, as a server could send it. */
    function nested(levels: number): string {
      return `{"title":"Deep","a":${'['.repeat(levels)}${']'.repeat(levels)}}`
    }

    it('cuts members nested deeper than 32 levels, so a deep body under the byte cap can be serialised', () => {
      const body = nested(20_000)
      expect(body.length).toBeLessThan(65536)
      const parsed = JSON.parse(body)
      expect(() => JSON.stringify(parsed)).toThrow(RangeError)
      const problem = parseProblemDetails(parsed)
      expect(problem?.title).toBe('Deep')
      expect(() => JSON.stringify(problem)).not.toThrow()
      let depth = 0
      for (let level: unknown = problem?.extensions.a; Array.isArray(level); level = level[0]) depth++
      expect(depth).toBe(32)
    })

    it('keeps a member nested exactly 32 levels deep whole', () => {
      const problem = parseProblemDetails(JSON.parse(nested(32)))
      expect(JSON.stringify(problem?.extensions.a)).toBe(`${'['.repeat(32)}${']'.repeat(32)}`)
    })

    it('cuts a cycle at the same depth', () => {
      const item: Record<string, unknown> = { detail: 'loops' }
      item.self = item
      const problem = parseProblemDetails({ title: 'Cyclic', errors: [item] })
      expect(() => JSON.stringify(problem)).not.toThrow()
      expect(problem?.extensions.errors).toMatchObject([{ detail: 'loops', self: { detail: 'loops' } }])
    })

    it('copies shared branches within a fixed budget instead of once per path', () => {
      // Each level refers to the next twice: 2 ** 40 paths, which a plain depth limit would still walk.
      let node: Record<string, unknown> = {}
      for (let level = 0; level < 40; level++) node = { left: node, right: node }
      const started = Date.now()
      const problem = parseProblemDetails({ title: 'Shared', tree: node })
      expect(Date.now() - started).toBeLessThan(1_000)
      let depth = 0
      for (let level = problem?.extensions.tree; level !== undefined; level = (level as typeof node).left)
        depth++
      expect(depth).toBeLessThanOrEqual(32)
      expect(() => JSON.stringify(problem)).not.toThrow()
    })

    it('leaves out BigInt, functions, symbols and class instances, and members whose getters throw', () => {
      const problem = parseProblemDetails({
        title: 'Odd',
        big: 10n,
        run: () => 1,
        symbol: Symbol('s'),
        date: new Date(0),
        nested: {
          big: 1n,
          toJSON() {
            throw new Error('toJSON runs')
          },
          get broken(): string {
            throw new Error('getter')
          },
          kept: [1, 'two', true, null, 2n],
        },
      })
      expect(() => JSON.stringify(problem)).not.toThrow()
      expect(Object.keys(problem?.extensions ?? {})).toEqual(['nested'])
      expect(JSON.parse(JSON.stringify(problem?.extensions.nested))).toEqual({
        kept: [1, 'two', true, null, null],
      })
    })

    it('walks at most a fixed number of items of a huge sparse array', () => {
      const started = Date.now()
      const problem = parseProblemDetails({ title: 'Sparse', items: new Array(2 ** 32 - 1) })
      expect(Date.now() - started).toBeLessThan(1_000)
      expect((problem?.extensions.items as unknown[] | undefined)?.length).toBeLessThanOrEqual(16384)
    })

    it('copies nested objects as data, with a __proto__ member kept as a member', () => {
      const problem = parseProblemDetails(JSON.parse('{"nested":{"__proto__":{"polluted":true}}}'))
      const nestedCopy = problem?.extensions.nested as Record<string, unknown>
      expect(Object.hasOwn(nestedCopy, '__proto__')).toBe(true)
      expect((nestedCopy as { polluted?: unknown }).polluted).toBeUndefined()
    })
  })
})
