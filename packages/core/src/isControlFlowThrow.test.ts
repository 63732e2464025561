import { notFound, redirect } from '@tanstack/router-core'
import { describe, expect, it } from 'vitest'
import { isControlFlowThrow } from './isControlFlowThrow'

function nextError(digest: string): Error {
  return Object.assign(new Error(digest.split(';')[0]), { digest })
}

describe('isControlFlowThrow', () => {
  describe('given errors thrown by Next.js navigation helpers', () => {
    it('recognises redirect() and permanentRedirect() by their NEXT_REDIRECT digest', () => {
      expect(isControlFlowThrow(nextError('NEXT_REDIRECT;replace;/login;307;'))).toBe(true)
      expect(isControlFlowThrow(nextError('NEXT_REDIRECT;push;/home;308;'))).toBe(true)
    })

    it('recognises notFound(), forbidden() and unauthorized() in their current and older digests', () => {
      expect(isControlFlowThrow(nextError('NEXT_HTTP_ERROR_FALLBACK;404'))).toBe(true)
      expect(isControlFlowThrow(nextError('NEXT_HTTP_ERROR_FALLBACK;403'))).toBe(true)
      expect(isControlFlowThrow(nextError('NEXT_NOT_FOUND'))).toBe(true)
    })

    it('recognises the bail-outs Next.js throws to switch rendering modes', () => {
      expect(isControlFlowThrow(nextError('BAILOUT_TO_CLIENT_SIDE_RENDERING'))).toBe(true)
      expect(isControlFlowThrow(nextError('DYNAMIC_SERVER_USAGE'))).toBe(true)
    })

    it('does not treat an ordinary server error digest as control flow', () => {
      expect(isControlFlowThrow(nextError('2417362489'))).toBe(false)
      expect(isControlFlowThrow({ digest: 42 })).toBe(false)
      expect(isControlFlowThrow({ digest: 'SOME_NEXT_REDIRECT' })).toBe(false)
    })
  })

  describe('given thrown Responses', () => {
    it('recognises a 3xx Response with a Location header as a redirect', () => {
      expect(isControlFlowThrow(new Response(null, { status: 302, headers: { Location: '/login' } }))).toBe(
        true,
      )
      expect(isControlFlowThrow(new Response(null, { status: 307, headers: { location: '/x' } }))).toBe(true)
    })

    it('recognises a Response-shaped object from another realm by its shape', () => {
      const headers = { get: (name: string) => (name.toLowerCase() === 'location' ? '/next' : null) }
      expect(isControlFlowThrow({ status: 303, headers })).toBe(true)
    })

    it('does not treat a 3xx without a Location, or an error status, as a redirect', () => {
      expect(isControlFlowThrow(new Response(null, { status: 304 }))).toBe(false)
      expect(isControlFlowThrow(new Response(null, { status: 404, headers: { Location: '/x' } }))).toBe(false)
      expect(isControlFlowThrow(new Response('oops', { status: 500 }))).toBe(false)
      expect(isControlFlowThrow({ status: 302, headers: { location: '/x' } })).toBe(false)
    })
  })

  describe('given what TanStack Router throws', () => {
    it('recognises redirect({ to }), a 307 Response without a Location header', () => {
      const thrown = redirect({ to: '/login' })
      expect(thrown.headers.get('Location')).toBeNull()
      expect(isControlFlowThrow(thrown)).toBe(true)
    })

    it('recognises redirect({ href }), redirect({ statusCode }) and a redirect thrown by redirect({ throw: true })', () => {
      expect(isControlFlowThrow(redirect({ href: 'https://app.example.com/login' }))).toBe(true)
      expect(isControlFlowThrow(redirect({ to: '/moved', statusCode: 301 }))).toBe(true)
      let thrown: unknown
      try {
        redirect({ to: '/login', throw: true })
      } catch (value) {
        thrown = value
      }
      expect(isControlFlowThrow(thrown)).toBe(true)
    })

    it('recognises notFound(), with or without a route id', () => {
      expect(isControlFlowThrow(notFound())).toBe(true)
      expect(isControlFlowThrow(notFound({ routeId: '/posts/$id' as never }))).toBe(true)
    })

    it('recognises the plain redirect objects of versions before redirect() returned a Response', () => {
      expect(isControlFlowThrow({ to: '/login', isRedirect: true })).toBe(true)
    })

    it('does not take a flag that is merely truthy, or options on a non-redirect status, for control flow', () => {
      expect(isControlFlowThrow({ isNotFound: 'yes', isRedirect: 1 })).toBe(false)
      expect(isControlFlowThrow(Object.assign(new Response(null, { status: 404 }), { options: {} }))).toBe(
        false,
      )
      expect(isControlFlowThrow(Object.assign(new Response(null, { status: 307 }), { options: null }))).toBe(
        false,
      )
    })
  })

  describe('given anything else', () => {
    it('returns false for ordinary errors and primitives', () => {
      for (const value of [
        new Error('boom'),
        new TypeError('Failed to fetch'),
        'NEXT_REDIRECT',
        302,
        null,
        undefined,
      ]) {
        expect(isControlFlowThrow(value)).toBe(false)
      }
    })

    it('never throws, even for objects whose getters throw or revoked proxies', () => {
      const hostile = Object.defineProperty({}, 'digest', {
        get() {
          throw new Error('getter')
        },
      })
      const { proxy, revoke } = Proxy.revocable({}, {})
      revoke()
      expect(isControlFlowThrow(hostile)).toBe(false)
      expect(isControlFlowThrow(proxy)).toBe(false)
    })
  })
})
