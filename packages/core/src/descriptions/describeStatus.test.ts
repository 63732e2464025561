import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as descriptionsEntry from '@statuskit/core/descriptions'
import { describe, expect, it } from 'vitest'
import { listStatuses } from '../listStatuses'
import { describeStatus } from './describeStatus'

// The product owner's status list, copied verbatim (whitespace normalised).
const seed: [code: number, description: string, whenToExpect: string][] = [
  [
    200,
    'The request was successful, and the server responded with the requested data. This is the standard response for successful HTTP requests.',
    'Whenever an API call is handled correctly and returns the expected result. For example, a successful GET, POST, PUT, or DELETE request will typically return 200 OK (though POST may also return 201 Created).',
  ],
  [
    400,
    'The server could not understand the request due to invalid syntax. This often means there is something wrong with the request body, parameters, or query string.',
    'If required fields are missing, JSON formatting is incorrect, or data types do not match the API specification.',
  ],
  [
    401,
    'Authentication is required and has either not been provided or failed. The client must authenticate itself to get the requested response.',
    'When API requests are made without a valid authentication token or with invalid credentials.',
  ],
  [
    403,
    'The client is authenticated but does not have permission to access the requested resource. Authorization will not help, and the request should not be repeated.',
    'When a user tries to access a resource or perform an action they do not have rights for.',
  ],
  [
    404,
    'The requested resource could not be found on the server. This can happen if the endpoint URL is incorrect or the resource does not exist.',
    'When requesting a specific resource that does not exist, or using a wrong API endpoint.',
  ],
  [
    405,
    'The method specified in the request is not allowed for the resource. For example, trying to use POST on a resource that only supports GET.',
    'If you try to use an unsupported HTTP method for an endpoint.',
  ],
  [
    429,
    'The user has sent too many requests in a given amount of time ("rate limiting"). The response may include information about how long to wait before making a new request.',
    "If you exceed the API's rate limits.",
  ],
  [
    500,
    'An unexpected condition was encountered by the server. This is a generic error message indicating the server failed to fulfill a valid request.',
    'When something goes wrong on the server side, often unrelated to the request.',
  ],
  [
    502,
    'The server was acting as a gateway or proxy and received an invalid response from the upstream server.',
    'If the API relies on other services that are currently failing.',
  ],
  [
    503,
    'The server is currently unable to handle the request due to temporary overload or scheduled maintenance.',
    'During server maintenance or temporary overloading.',
  ],
  [
    504,
    'The server was acting as a gateway or proxy and did not receive a timely response from the upstream server.',
    'If the API takes too long to get a response from another service it depends on.',
  ],
]

describe('describeStatus', () => {
  describe('given one of the product owner’s eleven codes', () => {
    it.each(seed)('gives the product owner’s own text for %i', (code, description, whenToExpect) => {
      expect(describeStatus(code)).toEqual({ description, whenToExpect })
    })
  })

  describe('given the package entry @statuskit/core/descriptions', () => {
    it.each(seed)(
      'gives the product owner’s own text for %i through it',
      (code, description, whenToExpect) => {
        expect(descriptionsEntry.describeStatus(code)).toEqual({ description, whenToExpect })
      },
    )

    it('exports describeStatus and nothing else at run time', () => {
      expect(Object.keys(descriptionsEntry)).toEqual(['describeStatus'])
    })
  })

  describe('given any other registered code', () => {
    it('gives a short text of its own for every one of the 61 codes', () => {
      expect(listStatuses()).toHaveLength(61)
      for (const { code } of listStatuses()) {
        const text = describeStatus(code)
        expect(text?.description.length, `${code}`).toBeGreaterThan(20)
        expect(text?.whenToExpect.length, `${code}`).toBeGreaterThan(20)
        expect(text?.description.length, `${code}`).toBeLessThan(200)
        expect(text?.description, `${code}`).toMatch(/^[A-Z].*\.$/)
        expect(text?.whenToExpect, `${code}`).toMatch(/^[A-Z].*\.$/)
      }
    })

    it('describes the current meaning of renamed codes', () => {
      expect(describeStatus(413)?.description).toMatch(/larger than the server/)
      expect(describeStatus(422)?.description).toMatch(/validation/)
      expect(describeStatus(308)?.description).toMatch(/same method/)
    })

    it('gives each code its own text', () => {
      const texts = listStatuses().map(({ code }) => describeStatus(code)?.description)
      expect(new Set(texts).size).toBe(61)
    })
  })

  describe('given something that is not a registered code', () => {
    it.each([
      ['the unused 306', 306],
      ['the unused 418', 418],
      ['an unregistered 499', 499],
      ['a fraction', 404.5],
      ['NaN', Number.NaN],
      ['a string', '404'],
      ['__proto__', '__proto__'],
      ['constructor', 'constructor'],
      ['null', null],
    ])('returns undefined for %s', (_, code) => {
      expect(describeStatus(code as number)).toBeUndefined()
    })
  })

  it('returns frozen texts that callers cannot change', () => {
    const text = describeStatus(404)
    expect(Object.isFrozen(text)).toBe(true)
    expect(() => {
      ;(text as { description: string }).description = 'Changed'
    }).toThrow(TypeError)
    expect(describeStatus(404)?.description).toMatch(/^The requested resource/)
  })

  it('is not reachable from the main entry, so apps do not bundle the texts', () => {
    const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
    const seen = new Set<string>()
    const specifiers: string[] = []
    const visit = (file: string): void => {
      if (seen.has(file)) return
      seen.add(file)
      let source: string
      try {
        source = readFileSync(file, 'utf8')
      } catch {
        return
      }
      for (const [, specifier = ''] of source.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']*)'/g)) {
        specifiers.push(specifier)
        const path = resolve(dirname(file), specifier.replace(/\.js$/, ''))
        visit(`${path}.ts`)
        visit(resolve(path, 'index.ts'))
      }
    }
    visit(resolve(root, 'index.ts'))
    expect(specifiers).toContain('./getStatus')
    expect(specifiers.filter((specifier) => specifier.includes('descriptions'))).toEqual([])
    expect([...seen].filter((file) => file.includes(`${'/'}descriptions${'/'}`))).toEqual([])
  })
})
