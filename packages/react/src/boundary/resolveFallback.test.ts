import { StatusError } from '@statuskit/core'
import { describe, expect, it } from 'vitest'
import type { FallbackProps } from '../context/FallbackProps'
import { resolveFallback } from './resolveFallback'

const Exact = (_: FallbackProps) => null
const ClientClass = (_: FallbackProps) => null
const ServerClass = (_: FallbackProps) => null
const Network = (_: FallbackProps) => null
const Timeout = (_: FallbackProps) => null
const Unknown = (_: FallbackProps) => null
const Default = (_: FallbackProps) => null
const AppExact = (_: FallbackProps) => null
const AppDefault = (_: FallbackProps) => null

const http = (status: number) => new StatusError({ kind: 'http', status })

describe('resolveFallback', () => {
  describe("given a boundary's fallbacks only", () => {
    const own = {
      404: Exact,
      '4xx': ClientClass,
      '5xx': ServerClass,
      network: Network,
      timeout: Timeout,
      default: Default,
    }

    it('finds an exact code first', () => {
      expect(resolveFallback(http(404), own, undefined)).toBe(Exact)
    })

    it('then the class of the code', () => {
      expect(resolveFallback(http(403), own, undefined)).toBe(ClientClass)
      expect(resolveFallback(http(599), own, undefined)).toBe(ServerClass)
    })

    it('then the kind of a failure without a status', () => {
      expect(resolveFallback(new StatusError({ kind: 'network' }), own, undefined)).toBe(Network)
      expect(resolveFallback(new StatusError({ kind: 'timeout' }), own, undefined)).toBe(Timeout)
      expect(resolveFallback(new StatusError({ kind: 'unknown' }), { unknown: Unknown }, undefined)).toBe(
        Unknown,
      )
    })

    it('then default, also for statuses outside 4xx and 5xx', () => {
      expect(resolveFallback(new StatusError({ kind: 'unknown' }), own, undefined)).toBe(Default)
      expect(resolveFallback(http(302), own, undefined)).toBe(Default)
    })

    it('returns undefined when nothing matches, so the built-in page is used', () => {
      expect(resolveFallback(http(500), { 404: Exact }, undefined)).toBeUndefined()
      expect(resolveFallback(http(500), undefined, undefined)).toBeUndefined()
    })
  })

  describe("given a boundary's and the provider's fallbacks", () => {
    it("exhausts the boundary's list, default included, before the provider's", () => {
      expect(resolveFallback(http(404), { default: Default }, { 404: AppExact })).toBe(Default)
    })

    it("uses the provider's list in the same order when the boundary's does not match", () => {
      expect(resolveFallback(http(404), { 500: Exact }, { 404: AppExact, default: AppDefault })).toBe(
        AppExact,
      )
      expect(resolveFallback(http(418), { 500: Exact }, { 404: AppExact, default: AppDefault })).toBe(
        AppDefault,
      )
    })
  })

  describe('given keys that exist on Object.prototype', () => {
    it('never returns inherited members', () => {
      const inherited = Object.create({ 404: Exact, default: Default, network: Network })
      expect(resolveFallback(http(404), inherited, undefined)).toBeUndefined()
      expect(resolveFallback(new StatusError({ kind: 'network' }), inherited, undefined)).toBeUndefined()
    })
  })
})
