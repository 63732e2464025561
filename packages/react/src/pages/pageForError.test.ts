import { StatusError } from '@statuskit/core'
import { describe, expect, it } from 'vitest'
import { BadGatewayPage } from './BadGatewayPage'
import { BadRequestPage } from './BadRequestPage'
import { ForbiddenPage } from './ForbiddenPage'
import { GatewayTimeoutPage } from './GatewayTimeoutPage'
import { GenericErrorPage } from './GenericErrorPage'
import { InternalServerErrorPage } from './InternalServerErrorPage'
import { MethodNotAllowedPage } from './MethodNotAllowedPage'
import { NotFoundPage } from './NotFoundPage'
import { OfflinePage } from './OfflinePage'
import { pageForError } from './pageForError'
import { RateLimitedPage } from './RateLimitedPage'
import { ServiceUnavailablePage } from './ServiceUnavailablePage'
import { TimeoutPage } from './TimeoutPage'
import { UnauthorizedPage } from './UnauthorizedPage'

const http = (status: number) => new StatusError({ kind: 'http', status })

describe('pageForError', () => {
  it('gives each status with a page of its own that page', () => {
    expect(pageForError(http(400))).toBe(BadRequestPage)
    expect(pageForError(http(401))).toBe(UnauthorizedPage)
    expect(pageForError(http(403))).toBe(ForbiddenPage)
    expect(pageForError(http(404))).toBe(NotFoundPage)
    expect(pageForError(http(405))).toBe(MethodNotAllowedPage)
    expect(pageForError(http(429))).toBe(RateLimitedPage)
    expect(pageForError(http(500))).toBe(InternalServerErrorPage)
    expect(pageForError(http(502))).toBe(BadGatewayPage)
    expect(pageForError(http(503))).toBe(ServiceUnavailablePage)
    expect(pageForError(http(504))).toBe(GatewayTimeoutPage)
  })

  it('gives other client and server errors their class’s page', () => {
    expect(pageForError(http(422))).toBe(BadRequestPage)
    expect(pageForError(http(499))).toBe(BadRequestPage)
    expect(pageForError(http(501))).toBe(InternalServerErrorPage)
    expect(pageForError(http(599))).toBe(InternalServerErrorPage)
  })

  it('reads 408 as a timeout and 410 as not found', () => {
    expect(pageForError(http(408))).toBe(TimeoutPage)
    expect(pageForError(http(410))).toBe(NotFoundPage)
  })

  it('gives network failures the offline page and timeouts the timeout page', () => {
    expect(pageForError(new StatusError({ kind: 'network' }))).toBe(OfflinePage)
    expect(pageForError(new StatusError({ kind: 'timeout' }))).toBe(TimeoutPage)
  })

  it('gives everything else the generic page', () => {
    expect(pageForError(new StatusError({ kind: 'unknown' }))).toBe(GenericErrorPage)
    expect(pageForError(new StatusError({ kind: 'abort' }))).toBe(GenericErrorPage)
    expect(pageForError(http(200))).toBe(GenericErrorPage)
    expect(pageForError(http(302))).toBe(GenericErrorPage)
    expect(pageForError(http(102))).toBe(GenericErrorPage)
  })
})
