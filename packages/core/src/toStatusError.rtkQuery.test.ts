// The errors RTK Query's fetchBaseQuery really returns, made by calling it with a stubbed fetch.
import { type FetchBaseQueryError, fetchBaseQuery } from '@reduxjs/toolkit/query'
import { describe, expect, it } from 'vitest'
import { createStatusResponse } from './createStatusResponse'
import { toStatusError } from './toStatusError'

const api = {
  signal: new AbortController().signal,
  abort: () => {},
  dispatch: () => {},
  getState: () => ({}),
  extra: undefined,
  endpoint: 'order',
  type: 'query' as const,
}

/** The error fetchBaseQuery gives for one request answered by `fetchFn`. */
async function queryError(
  fetchFn: (request: RequestInfo) => Promise<Response>,
  options: { timeout?: number } = {},
): Promise<FetchBaseQueryError> {
  const baseQuery = fetchBaseQuery({ baseUrl: 'https://api.example.com', fetchFn, ...options })
  const result = await baseQuery('/orders/42', api, {})
  if (!result.error) throw new Error('the request did not fail')
  return result.error
}

describe('given an RTK Query FetchBaseQueryError', () => {
  it('reads a numeric status with the body as its problem', async () => {
    const error = await queryError(async () =>
      createStatusResponse(422, {
        problem: {
          title: 'Invalid order',
          extensions: { errors: [{ detail: 'required', pointer: '/qty' }] },
        },
      }),
    )
    expect(error.status).toBe(422)
    const normalized = toStatusError(error)
    expect(normalized.kind).toBe('http')
    expect(normalized.status).toBe(422)
    expect(normalized.problem?.title).toBe('Invalid order')
    expect(normalized.problem?.extensions.errors).toEqual([{ detail: 'required', pointer: '/qty' }])
    expect(normalized.cause).toBe(error)
  })

  it('reads a plain JSON body without problem members as no problem', async () => {
    const error = await queryError(
      async () =>
        new Response('{"message":"nope"}', { status: 404, headers: { 'content-type': 'application/json' } }),
    )
    const normalized = toStatusError(error)
    expect(normalized.status).toBe(404)
    expect(normalized.problem).toBeUndefined()
  })

  it('maps FETCH_ERROR to network', async () => {
    const error = await queryError(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(error.status).toBe('FETCH_ERROR')
    expect(toStatusError(error).kind).toBe('network')
  })

  it('maps TIMEOUT_ERROR to timeout', async () => {
    const error = await queryError(
      (request) => {
        // fetchBaseQuery hands fetchFn a Request whose signal its timeout aborts.
        const { signal } = request as Request
        return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)))
      },
      { timeout: 5 },
    )
    expect(error.status).toBe('TIMEOUT_ERROR')
    expect(toStatusError(error).kind).toBe('timeout')
  })

  it('maps PARSING_ERROR to the http status the response had', async () => {
    const error = await queryError(
      async () =>
        new Response('<html><title>502 Bad Gateway</title></html>', {
          status: 502,
          headers: { 'content-type': 'application/json' },
        }),
    )
    expect(error.status).toBe('PARSING_ERROR')
    const normalized = toStatusError(error)
    expect(normalized.kind).toBe('http')
    expect(normalized.status).toBe(502)
    expect(normalized.problem).toBeUndefined()
    expect(normalized.message).toBe('502 Bad Gateway')
  })

  it('keeps the request URL out of the message and JSON', async () => {
    const error = await queryError(async () => createStatusResponse(500))
    const normalized = toStatusError(error)
    expect(JSON.stringify(normalized)).not.toContain('api.example.com')
    expect(normalized.message).toBe('500 Internal Server Error')
  })

  it('leaves a CUSTOM_ERROR unknown', () => {
    expect(toStatusError({ status: 'CUSTOM_ERROR', error: 'validation failed' }).kind).toBe('unknown')
  })
})
