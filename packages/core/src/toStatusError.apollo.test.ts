// The errors Apollo Client 3 and 4 really throw, made by running a query through an HttpLink with a stubbed
// fetch. Only their React-free entries are imported.

import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client'
import {
  ApolloClient as ApolloClient3,
  HttpLink as HttpLink3,
  InMemoryCache as InMemoryCache3,
} from '@apollo/client-3/core'
import { describe, expect, it } from 'vitest'
import { createStatusResponse } from './createStatusResponse'
import { toStatusError } from './toStatusError'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const QUERY = gql`
  query Order {
    order(id: 42) {
      id
    }
  }
`

type Fetch = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>

/** A GraphQL response body as a server sends it. */
function graphQLResponse(body: unknown, status = 200, type = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': type } })
}

/** What Apollo Client 4's query() rejects with when `fetch` answers this way. */
async function apollo4Error(fetch: Fetch): Promise<unknown> {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new HttpLink({ uri: 'https://api.example.com/graphql', fetch }),
  })
  return client.query({ query: QUERY }).then(
    () => Promise.reject(new Error('the query did not fail')),
    (error: unknown) => error,
  )
}

/** What Apollo Client 3's query() rejects with when `fetch` answers this way. */
async function apollo3Error(fetch: Fetch): Promise<unknown> {
  const client = new ApolloClient3({
    cache: new InMemoryCache3(),
    link: new HttpLink3({ uri: 'https://api.example.com/graphql', fetch }),
  })
  return client.query({ query: QUERY }).then(
    () => Promise.reject(new Error('the query did not fail')),
    (error: unknown) => error,
  )
}

describe('given Apollo Client 4', () => {
  it('reads a ServerError: its status, Retry-After from its response and the problem from its body text', async () => {
    const thrown = await apollo4Error(async () =>
      createStatusResponse(503, { retryAfter: 30, problem: { title: 'Down for maintenance' } }),
    )
    expect((thrown as Error).name).toBe('ServerError')
    const error = toStatusError(thrown, { now: NOW })
    expect(error.kind).toBe('http')
    expect(error.status).toBe(503)
    expect(error.retryAfterMs).toBe(30_000)
    expect(error.retryAt).toBe(NOW + 30_000)
    expect(error.problem?.title).toBe('Down for maintenance')
    expect(error.cause).toBe(thrown)
  })

  it('reads the code of a CombinedGraphQLErrors from a 200 response', async () => {
    const thrown = await apollo4Error(async () =>
      graphQLResponse({
        data: null,
        errors: [{ message: 'Sign in', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    )
    expect((thrown as Error).name).toBe('CombinedGraphQLErrors')
    expect(toStatusError(thrown).status).toBe(401)
  })

  it('reads extensions.http.status of a GraphQL error', async () => {
    const thrown = await apollo4Error(async () =>
      graphQLResponse({ data: null, errors: [{ message: 'No', extensions: { http: { status: 403 } } }] }),
    )
    expect(toStatusError(thrown).status).toBe(403)
  })

  it('reads the code of GraphQL errors sent with an error status under the GraphQL response type', async () => {
    const thrown = await apollo4Error(async () =>
      graphQLResponse(
        { errors: [{ message: 'Slow down', extensions: { code: 'RATE_LIMITED' } }] },
        429,
        'application/graphql-response+json',
      ),
    )
    expect(toStatusError(thrown).status).toBe(429)
  })

  it('leaves GraphQL errors with codes it does not know unknown', async () => {
    const thrown = await apollo4Error(async () =>
      graphQLResponse({ data: null, errors: [{ message: 'Oops', extensions: { code: 'SOMETHING_ELSE' } }] }),
    )
    expect(toStatusError(thrown).kind).toBe('unknown')
  })

  it('reads a ServerError for an HTML error page from a proxy', async () => {
    const thrown = await apollo4Error(
      async () => new Response('<html>502</html>', { status: 502, headers: { 'content-type': 'text/html' } }),
    )
    const error = toStatusError(thrown)
    expect(error.status).toBe(502)
    expect(error.problem).toBeUndefined()
  })

  it('reads a ServerParseError by the status its response had', async () => {
    const thrown = await apollo4Error(
      async () =>
        new Response('<html>captive portal</html>', {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    )
    expect((thrown as Error).name).toBe('ServerParseError')
    const error = toStatusError(thrown)
    expect(error.kind).toBe('http')
    expect(error.status).toBe(200)
  })

  it('maps the TypeError of a failed fetch to network', async () => {
    const thrown = await apollo4Error(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(toStatusError(thrown).kind).toBe('network')
  })

  it('maps an aborted request to abort', async () => {
    const thrown = await apollo4Error(async () => {
      throw new DOMException('The operation was aborted.', 'AbortError')
    })
    expect(toStatusError(thrown).kind).toBe('abort')
  })
})

describe('given Apollo Client 3', () => {
  it('reads an ApolloError whose networkError is a ServerError, with Retry-After and the parsed result', async () => {
    const thrown = await apollo3Error(async () =>
      createStatusResponse(503, { retryAfter: 120, problem: { title: 'Down for maintenance' } }),
    )
    expect((thrown as Error).name).toBe('ApolloError')
    const error = toStatusError(thrown, { now: NOW })
    expect(error.status).toBe(503)
    expect(error.retryAfterMs).toBe(120_000)
    expect(error.problem?.title).toBe('Down for maintenance')
    expect(error.cause).toBe(thrown)
  })

  it('reads the code of its graphQLErrors', async () => {
    const thrown = await apollo3Error(async () =>
      graphQLResponse({
        data: null,
        errors: [{ message: 'Who are you?', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    )
    expect(toStatusError(thrown).status).toBe(401)
  })

  it('reads a registry key as a code', async () => {
    const thrown = await apollo3Error(async () =>
      graphQLResponse({
        data: null,
        errors: [{ message: 'No order 42', extensions: { code: 'NOT_FOUND' } }],
      }),
    )
    expect(toStatusError(thrown).status).toBe(404)
  })

  it("lets the transport's error status win over the codes of the GraphQL errors in its body", async () => {
    const thrown = await apollo3Error(async () =>
      graphQLResponse({ errors: [{ message: 'Bad input', extensions: { code: 'BAD_USER_INPUT' } }] }, 500),
    )
    expect(toStatusError(thrown).status).toBe(500)
  })

  it('maps a networkError that is a failed fetch to network', async () => {
    const thrown = await apollo3Error(async () => {
      throw new TypeError('Failed to fetch')
    })
    expect(toStatusError(thrown).kind).toBe('network')
  })

  it('keeps the endpoint out of the message and JSON', async () => {
    const thrown = await apollo3Error(async () => createStatusResponse(500))
    const error = toStatusError(thrown)
    expect(error.message).toBe('500 Internal Server Error')
    expect(JSON.stringify(error)).not.toContain('api.example.com')
  })
})
