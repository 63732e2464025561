import { parseProblemDetails, StatusError } from '@statuskit/core'
import { describe, expect, it } from 'vitest'
import { en } from '../i18n/en'
import { type NoticeInput, noticeModel } from './noticeModel'

// Wednesday 25 November 2026, 14:30 local time.
const NOW = new Date(2026, 10, 25, 14, 30, 0).getTime()
const base: NoticeInput = { context: 'mutation', messages: en, locale: 'en-GB', now: NOW, online: true }
const http = (status: number, extra: Partial<ConstructorParameters<typeof StatusError>[0]> = {}) =>
  new StatusError({ kind: 'http', status, now: NOW, ...extra } as never)

describe('noticeModel', () => {
  describe('given a save that failed', () => {
    it('should give the reason and say the input is kept, with a retry for a server problem', () => {
      const model = noticeModel(http(500), base)
      expect(model.message).toBe(`${en.serverError.reason} ${en.notice.notSaved}`)
      expect(model.retryable).toBe(true)
      expect(model.title).toBeUndefined()
    })

    it('should not offer a retry the server would refuse again', () => {
      for (const status of [400, 403, 404, 409, 422])
        expect(noticeModel(http(status), base).retryable).toBe(false)
    })

    it('should not guess about a save whose answer never came', () => {
      expect(noticeModel(new StatusError({ kind: 'timeout' }), base).message).toBe(
        `${en.timeout.reason} ${en.notice.maybeNotSaved}`,
      )
    })

    it('should give the clock time of a 429 and keep the retry inactive until then', () => {
      const model = noticeModel(http(429, { retryAfterMs: 120_000 }), base)
      expect(model.message).toBe(`${en.rateLimited.reason} You can try again at 14:32. ${en.notice.notSaved}`)
      expect(model.retryAt).toBe(NOW + 120_000)
      expect(model.retryable).toBe(true)
    })

    it('should never quote the server', () => {
      const problem = parseProblemDetails({ title: 'SQL error', detail: 'SELECT * FROM users' })
      expect(noticeModel(http(422, { problem }), base).message).not.toMatch(/SQL|SELECT/)
    })

    it('should tell offline from an unreachable service by what the browser says', () => {
      const network = new StatusError({ kind: 'network' })
      expect(noticeModel(network, base).message).toContain(en.unreachable.reason)
      expect(noticeModel(network, { ...base, online: false }).message).toContain(en.offline.reason)
    })
  })

  describe('given an action without input that failed (Archive)', () => {
    it('should say nothing changed, not that input is kept', () => {
      const model = noticeModel(http(403), { ...base, context: 'action' })
      expect(model.message).toBe(`${en.forbidden.reason} ${en.notice.notDone}`)
      expect(model.message).not.toContain(en.notice.notSaved)
    })
  })

  describe('given the browser offline', () => {
    it('should offer no retry, which could not work', () => {
      const network = new StatusError({ kind: 'network' })
      expect(noticeModel(network, { ...base, online: false }).retryable).toBe(false)
      expect(noticeModel(network, { ...base, online: false, context: 'refetch' }).retryable).toBe(false)
      expect(noticeModel(network, base).retryable).toBe(true)
    })
  })

  describe('given a save that failed with 401', () => {
    it('should ask to sign in, then, once the session is renewed, to save again', () => {
      const expired = noticeModel(http(401), { ...base, failedAt: NOW })
      expect(expired.message).toBe(`${en.unauthorized.reason} ${en.notice.signInToSave}`)
      expect(expired.retryable).toBe(false)
      const renewed = noticeModel(http(401), { ...base, failedAt: NOW, renewedAt: NOW + 5000 })
      expect(renewed.message).toBe(en.notice.saveAgain)
      expect(renewed.retryable).toBe(true)
    })
  })

  describe('given a background refresh that failed while data stays on screen', () => {
    it('should say the data shown is from when it was fetched', () => {
      const model = noticeModel(http(503), { ...base, context: 'refetch', updatedAt: NOW - 60_000 })
      expect(model.message).toBe("We couldn't refresh this. Showing what we had at 14:29.")
      expect(model.retryable).toBe(true)
    })
  })

  describe('given a widget', () => {
    it("should say that part couldn't load, with the reason", () => {
      const model = noticeModel(http(502), { ...base, context: 'widget' })
      expect(model.title).toBe(en.common.partTitle)
      expect(model.message).toBe(en.serverError.reason)
    })
  })
})
