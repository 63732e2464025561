import { afterEach, describe, expect, it, vi } from 'vitest'
import { fromResponse } from './fromResponse'

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0)
const encoder = new TextEncoder()

function problemResponse(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { 'content-type': 'application/problem+json', ...headers } })
}

/** A body that sends `chunks`, then stays open forever unless cancelled. */
function endlessBody(chunks: string[], onCancel: () => void): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk))
    },
    cancel: onCancel,
  })
}

afterEach(() => {
  vi.useRealTimers()
})

describe('given a problem+json response', () => {
  it('parses the problem and keeps the HTTP status, whatever the body says', async () => {
    const response = problemResponse(
      JSON.stringify({
        type: 'https://example.com/probs/out-of-credit',
        title: 'Out of credit',
        status: 400,
      }),
      403,
    )
    const error = await fromResponse(response)
    expect(error.kind).toBe('http')
    expect(error.status).toBe(403)
    expect(error.problem?.status).toBe(400)
    expect(error.problem?.title).toBe('Out of credit')
    expect(error.cause).toBe(response)
    expect(response.bodyUsed).toBe(true)
  })

  it('reads Retry-After at the given time and the request id from a traceId member', async () => {
    const response = problemResponse(JSON.stringify({ title: 'Slow down', traceId: '00-4bf92f-01' }), 429, {
      'retry-after': '20',
    })
    const error = await fromResponse(response, { now: NOW })
    expect(error.retryAfterMs).toBe(20_000)
    expect(error.retryAt).toBe(NOW + 20_000)
    expect(error.requestId).toBe('00-4bf92f-01')
  })

  it('decodes a body that arrives in several chunks', async () => {
    const text = JSON.stringify({ title: 'Entrée refusée', detail: 'x'.repeat(5000) })
    const bytes = encoder.encode(text)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let offset = 0; offset < bytes.length; offset += 1000)
          controller.enqueue(bytes.slice(offset, offset + 1000))
        controller.close()
      },
    })
    const error = await fromResponse(
      new Response(body, { status: 422, headers: { 'content-type': 'application/problem+json' } }),
    )
    expect(error.problem?.title).toBe('Entrée refusée')
  })
})

describe('given the JSON content types', () => {
  it.each([
    'application/json',
    'Application/JSON; charset=utf-8',
    'application/vnd.api+json',
    'APPLICATION/PROBLEM+JSON;charset=UTF-8',
  ])('reads a problem-shaped body under %s', async (type) => {
    const response = new Response('{"title":"Invalid","status":422}', {
      status: 422,
      headers: { 'content-type': type },
    })
    expect((await fromResponse(response)).problem?.title).toBe('Invalid')
  })

  it('does not make a problem of a plain JSON body without problem members', async () => {
    const response = new Response('{"message":"nope"}', {
      status: 400,
      headers: { 'content-type': 'application/json' },
    })
    const error = await fromResponse(response)
    expect(error.status).toBe(400)
    expect(error.problem).toBeUndefined()
  })

  it.each(['text/html', 'text/plain', 'application/jsonp', 'application/json-seq', 'text/json+html'])(
    'never reads a body under %s',
    async (type) => {
      const response = new Response('{"title":"x"}', { status: 500, headers: { 'content-type': type } })
      const error = await fromResponse(response)
      expect(error.status).toBe(500)
      expect(error.problem).toBeUndefined()
      expect(response.bodyUsed).toBe(false)
    },
  )

  it('never reads a body without a content type', async () => {
    const response = new Response(new Blob(['{"title":"x"}']), { status: 500 })
    response.headers.delete('content-type')
    await fromResponse(response)
    expect(response.bodyUsed).toBe(false)
  })
})

describe('given bodies that cannot be used', () => {
  it('keeps the status when the body was already read', async () => {
    const response = problemResponse('{"title":"Gone"}', 410)
    await response.text()
    const error = await fromResponse(response)
    expect(error.status).toBe(410)
    expect(error.problem).toBeUndefined()
  })

  it('keeps the status when the body is locked by another reader', async () => {
    const response = problemResponse('{"title":"Gone"}', 410)
    response.body?.getReader()
    const error = await fromResponse(response)
    expect(error.status).toBe(410)
    expect(error.problem).toBeUndefined()
  })

  it('keeps the status for HTML under a JSON type', async () => {
    const response = problemResponse('<!doctype html><title>502 Bad Gateway</title>', 502)
    const error = await fromResponse(response)
    expect(error.status).toBe(502)
    expect(error.problem).toBeUndefined()
    expect(error.message).toBe('502 Bad Gateway')
  })

  it('keeps the status for invalid JSON and for JSON that is not an object', async () => {
    expect((await fromResponse(problemResponse('{"title":', 500))).problem).toBeUndefined()
    expect((await fromResponse(problemResponse('[1,2]', 500))).problem).toBeUndefined()
    expect((await fromResponse(problemResponse('"text"', 500))).problem).toBeUndefined()
    expect((await fromResponse(problemResponse('', 500))).problem).toBeUndefined()
  })

  it('does not make a problem of a JSON string, even one that holds a problem document', async () => {
    const body = JSON.stringify(JSON.stringify({ title: 'x', status: 400 }))
    expect(body).toBe('"{\\"title\\":\\"x\\",\\"status\\":400}"')
    const error = await fromResponse(problemResponse(body, 400))
    expect(error.status).toBe(400)
    expect(error.problem).toBeUndefined()
  })

  it('keeps the status for a JSON type without a body', async () => {
    const response = new Response(null, { status: 404, headers: { 'content-type': 'application/json' } })
    const error = await fromResponse(response)
    expect(error.status).toBe(404)
    expect(error.problem).toBeUndefined()
  })

  it('keeps the status when the body stream fails midway', async () => {
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('connection reset'))
      },
    })
    const error = await fromResponse(
      new Response(body, { status: 503, headers: { 'content-type': 'application/json' } }),
    )
    expect(error.status).toBe(503)
    expect(error.problem).toBeUndefined()
  })
})

describe('given chunks of another realm or type', () => {
  it('reads byte chunks made in another realm', async () => {
    const { runInNewContext } = await import('node:vm')
    const foreign = runInNewContext(
      `new Uint8Array([123, 34, 116, 105, 116, 108, 101, 34, 58, 34, 120, 34, 125])`,
    )
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(foreign)
        controller.close()
      },
    })
    const error = await fromResponse(
      new Response(body, { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    )
    expect(error.problem?.title).toBe('x')
  })

  it('gives up on a stream of strings', async () => {
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue('{"title":"x"}')
        controller.close()
      },
    })
    const error = await fromResponse(
      new Response(body, { status: 400, headers: { 'content-type': 'application/problem+json' } }),
    )
    expect(error.status).toBe(400)
    expect(error.problem).toBeUndefined()
  })
})

describe('given a body over the cap', () => {
  it('gives up past 64 KiB by default', async () => {
    const big = JSON.stringify({ title: 'Big', detail: 'x'.repeat(70_000) })
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(encoder.encode(big))
        controller.close()
      },
    })
    const error = await fromResponse(
      new Response(body, { status: 500, headers: { 'content-type': 'application/problem+json' } }),
    )
    expect(error.status).toBe(500)
    expect(error.problem).toBeUndefined()
  })

  it('reads a body of exactly 64 KiB by default and gives up one byte later', async () => {
    const bodyOf = (bytes: number) => {
      const start = '{"title":"Big","detail":"'
      return `${start}${'x'.repeat(bytes - start.length - 2)}"}`
    }
    expect(encoder.encode(bodyOf(65_536)).length).toBe(65_536)
    const atCap = await fromResponse(problemResponse(bodyOf(65_536), 400))
    expect(atCap.problem?.title).toBe('Big')
    const overCap = await fromResponse(problemResponse(bodyOf(65_537), 400))
    expect(overCap.status).toBe(400)
    expect(overCap.problem).toBeUndefined()
  })

  it('cancels the stream as soon as the cap is passed', async () => {
    const onCancel = vi.fn()
    const response = new Response(endlessBody(['{"title":"', 'aaaaaaaaaa', 'bbbbbbbbbb'], onCancel), {
      status: 500,
      headers: { 'content-type': 'application/json' },
    })
    const error = await fromResponse(response, { maxBodyBytes: 16 })
    expect(error.problem).toBeUndefined()
    expect(onCancel).toHaveBeenCalledOnce()
  })

  it('does not start reading when Content-Length is already over the cap', async () => {
    const response = problemResponse('{"title":"Too long to read"}', 500, { 'content-length': '28' })
    const error = await fromResponse(response, { maxBodyBytes: 10 })
    expect(error.problem).toBeUndefined()
    expect(response.bodyUsed).toBe(false)
  })

  it('reads a body exactly at the cap', async () => {
    const text = '{"title":"ok"}'
    const error = await fromResponse(problemResponse(text, 400), {
      maxBodyBytes: encoder.encode(text).length,
    })
    expect(error.problem?.title).toBe('ok')
  })
})

describe('given a body that never ends', () => {
  it('gives up after timeoutMs, cancels the stream and clears its timer', async () => {
    vi.useFakeTimers()
    const onCancel = vi.fn()
    const response = new Response(endlessBody(['{"title":"still'], onCancel), {
      status: 504,
      headers: { 'content-type': 'application/problem+json' },
    })
    let settled = false
    const pending = fromResponse(response).then((error) => {
      settled = true
      return error
    })
    await vi.advanceTimersByTimeAsync(4_999)
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const error = await pending
    expect(error.status).toBe(504)
    expect(error.problem).toBeUndefined()
    expect(onCancel).toHaveBeenCalledOnce()
    expect(vi.getTimerCount()).toBe(0)
  })

  it('honours a shorter timeoutMs with real timers', async () => {
    const onCancel = vi.fn()
    const response = new Response(endlessBody([], onCancel), {
      status: 503,
      headers: { 'content-type': 'application/json' },
    })
    const started = Date.now()
    const error = await fromResponse(response, { timeoutMs: 30 })
    expect(Date.now() - started).toBeLessThan(2_000)
    expect(error.status).toBe(503)
    expect(onCancel).toHaveBeenCalledOnce()
  })

  it('leaves no timer behind after a body that arrived in time', async () => {
    vi.useFakeTimers()
    const error = await fromResponse(problemResponse('{"title":"fine"}', 400))
    expect(error.problem?.title).toBe('fine')
    expect(vi.getTimerCount()).toBe(0)
  })

  it('does not wait on a stream whose cancel never settles', async () => {
    const body = new ReadableStream<Uint8Array>({
      cancel: () => new Promise<void>(() => {}),
    })
    const response = new Response(body, { status: 500, headers: { 'content-type': 'application/json' } })
    expect((await fromResponse(response, { timeoutMs: 10 })).status).toBe(500)
  })
})

describe('given __proto__ members in the body', () => {
  it('keeps them as plain data and changes no prototype', async () => {
    const response = problemResponse(
      '{"title":"x","__proto__":{"polluted":true},"constructor":{"prototype":1}}',
      400,
    )
    const error = await fromResponse(response)
    expect(error.problem?.title).toBe('x')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(error.problem?.extensions)).toBeNull()
    expect(Object.hasOwn(error.problem?.extensions ?? {}, '__proto__')).toBe(true)
  })
})

describe('given responses without a usable status', () => {
  it('treats Response.error() as a network error', async () => {
    const response = Response.error()
    const error = await fromResponse(response)
    expect(error.kind).toBe('network')
    expect(error.cause).toBe(response)
  })

  it('never rejects for a hostile response', async () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap')
        },
      },
    ) as Response
    const error = await fromResponse(hostile)
    expect(error.kind).toBe('unknown')
    const { proxy, revoke } = Proxy.revocable({}, {})
    revoke()
    await expect(fromResponse(proxy as Response)).resolves.toMatchObject({ kind: 'unknown' })
  })

  it('never rejects when reading the body throws', async () => {
    const response = {
      status: 500,
      headers: new Headers({ 'content-type': 'application/json' }),
      bodyUsed: false,
      get body() {
        throw new Error('no body for you')
      },
    } as unknown as Response
    const error = await fromResponse(response)
    expect(error.status).toBe(500)
    expect(error.problem).toBeUndefined()
  })

  it('falls back to text() for a polyfilled response without a stream', async () => {
    const response = {
      status: 404,
      headers: new Headers({ 'content-type': 'application/problem+json' }),
      bodyUsed: false,
      text: async () => '{"title":"Nothing here"}',
    } as unknown as Response
    expect((await fromResponse(response)).problem?.title).toBe('Nothing here')
  })

  it('ignores invalid options', async () => {
    const options = { now: Number.NaN, maxBodyBytes: -1, timeoutMs: Number.NaN }
    const error = await fromResponse(problemResponse('{"title":"ok"}', 400, { 'retry-after': '1' }), options)
    expect(error.problem?.title).toBe('ok')
    expect(Number.isFinite(error.retryAt)).toBe(true)
  })
})

describe('given a body nested 20,000 levels deep, well under the byte cap', () => {
  it('parses it with deep members cut, so the error can always be serialised', async () => {
    const body = `{"title":"Deep","a":${'['.repeat(20_000)}${']'.repeat(20_000)}}`
    expect(encoder.encode(body).length).toBeLessThan(65_536)
    const error = await fromResponse(problemResponse(body, 400))
    expect(error.problem?.title).toBe('Deep')
    expect(() => JSON.stringify(error)).not.toThrow()
  })
})

describe('when serialised', () => {
  it('never contains the request URL or headers', async () => {
    const response = problemResponse('{"title":"Nope"}', 401)
    Object.defineProperty(response, 'url', { value: 'https://api.example.com/me?token=s3cr3t' })
    const json = JSON.stringify(await fromResponse(response))
    expect(json).not.toMatch(/api\.example\.com|s3cr3t/)
    expect(json).toContain('Nope')
  })
})
