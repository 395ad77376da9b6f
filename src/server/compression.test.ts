import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { readJson } from '../../test/json.ts'
import { createPerson } from '../core/people/service.ts'
import { createApp } from './app.ts'
import { compressAnswers } from './compression.ts'

const chromium = 'gzip, deflate, br, zstd'

async function bytes(response: Response): Promise<Buffer> {
  return Buffer.from(await response.arrayBuffer())
}

function decoded(response: Response, body: Buffer): string {
  const coding = response.headers.get('content-encoding')
  if (coding === 'br') return brotliDecompressSync(body).toString('utf8')
  if (coding === 'gzip') return gunzipSync(body).toString('utf8')
  return body.toString('utf8')
}

describeEngines('JSON answers of the real app, compressed per request', (h) => {
  async function world() {
    const ctx = await h.newCtx()
    for (let i = 0; i < 30; i++) await createPerson(ctx, { name: `Person ${i} Lovelace` })
    const app = createApp({ local: true, contextFor: () => ctx, version: 'test' })
    return (path: string, headers: Record<string, string> = {}) =>
      app.request(path, { headers: { host: '127.0.0.1:4321', ...headers } })
  }

  it('sends brotli to a browser, gzip to a gzip-only client, and the same JSON to both', async () => {
    const get = await world()
    const plain = await get('/api/people?limit=50')
    const plainText = await plain.text()
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect(plain.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(JSON.parse(plainText).items).toHaveLength(30)

    const br = await get('/api/people?limit=50', { 'accept-encoding': chromium })
    expect(br.status).toBe(200)
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(br.headers.get('content-type')).toMatch(/^application\/json/)
    expect(br.headers.get('content-length')).toBeNull()
    const brBody = await bytes(br)
    expect(brBody.length).toBeLessThan(plainText.length / 4)
    expect(decoded(br, brBody)).toBe(plainText)

    const gzip = await get('/api/people?limit=50', { 'accept-encoding': 'gzip' })
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(decoded(gzip, await bytes(gzip))).toBe(plainText)
  })

  it('keeps the security headers on a compressed answer', async () => {
    const get = await world()
    const br = await get('/api/openapi.json', { 'accept-encoding': chromium })
    expect(br.headers.get('content-encoding')).toBe('br')
    expect(br.headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(br.headers.get('x-content-type-options')).toBe('nosniff')
    expect(br.headers.get('cache-control')).toBe('no-store')
  })

  it('sends small answers as they are, still saying they vary', async () => {
    const get = await world()
    const small = await get('/api/no-such-thing', { 'accept-encoding': chromium })
    expect(small.status).toBe(404)
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(small.headers.get('vary')).toMatch(/accept-encoding/i)
    expect(await readJson(small)).toEqual({ error: 'no route for GET /api/no-such-thing' })
  })

  it('refuses another host with the same sentence, compressed or not', async () => {
    const ctx = await h.newCtx()
    const app = createApp({ local: true, contextFor: () => ctx, version: 'test' })
    const refused = await app.request('/api/people', {
      headers: { host: 'evil.example', 'accept-encoding': chromium },
    })
    expect(refused.status).toBe(403)
    expect((await readJson(refused)).error).toMatch(/only answers to localhost/)
  })
})

describe('what is never compressed', () => {
  const big = 'x'.repeat(20_000)
  const app = new Hono()
  app.use('*', compressAnswers())
  app.get('/zip', (c) => c.body(big, 200, { 'Content-Type': 'application/zip' }))
  app.get('/png', (c) => c.body(big, 200, { 'Content-Type': 'image/png' }))
  app.get('/events', (c) => c.body(big, 200, { 'Content-Type': 'text/event-stream' }))
  app.get('/as-is', (c) =>
    c.body(big, 200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-transform' }),
  )
  app.get('/encoded', (c) =>
    c.body(big, 200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'identity' }),
  )
  app.get('/empty', (c) => c.body(null, 204))
  app.get('/part', (c) => c.body(big, 206, { 'Content-Type': 'text/plain' }))

  it.each(['/zip', '/png', '/events', '/as-is', '/encoded', '/part'])('%s', async (path) => {
    const response = await app.request(path, { headers: { 'accept-encoding': chromium } })
    expect(response.headers.get('content-encoding') ?? 'identity').toBe('identity')
    expect(await response.text()).toBe(big)
  })

  it('an empty answer', async () => {
    const response = await app.request('/empty', { headers: { 'accept-encoding': chromium } })
    expect([response.status, response.headers.get('content-encoding')]).toEqual([204, null])
  })

  it('a HEAD request', async () => {
    const app = new Hono()
    app.use('*', compressAnswers())
    app.get('/text', (c) => c.text(big))
    const response = await app.request('/text', {
      method: 'HEAD',
      headers: { 'accept-encoding': chromium },
    })
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i)
  })
})

describe('a streamed download', () => {
  const line = `${'a,b,c,'.repeat(100)}\n`

  function streamingApp(lines: number) {
    const pulled = { count: 0 }
    const app = new Hono()
    app.use('*', compressAnswers())
    app.get('/export.csv', (c) => {
      const encoder = new TextEncoder()
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (pulled.count === lines) return controller.close()
          pulled.count++
          controller.enqueue(encoder.encode(line))
        },
      })
      return c.body(body, 200, { 'Content-Type': 'text/csv; charset=utf-8' })
    })
    return { app, pulled }
  }

  it('starts before the whole file is made, and arrives whole', async () => {
    const { app, pulled } = streamingApp(5_000)
    const response = await app.request('/export.csv', { headers: { 'accept-encoding': 'gzip' } })
    expect(response.headers.get('content-encoding')).toBe('gzip')
    // Only what the 1 KB threshold needed was read before answering (plus what the stream queued).
    expect(pulled.count).toBeLessThan(10)
    const text = gunzipSync(await bytes(response)).toString('utf8')
    expect(pulled.count).toBe(5_000)
    expect(text).toBe(line.repeat(5_000))
  })

  it('is sent as it is when it ends under the threshold', async () => {
    const { app } = streamingApp(1)
    const response = await app.request('/export.csv', { headers: { 'accept-encoding': chromium } })
    expect(response.headers.get('content-encoding')).toBeNull()
    expect(await response.text()).toBe(line)
  })
})

describe('entity tags of compressed answers', () => {
  const feed = 'BEGIN:VCALENDAR\r\n'.repeat(200)
  const etag = '"v1-abc"'
  const app = new Hono()
  app.use('*', compressAnswers())
  // As the calendar feed does: a strong tag, compared strictly by the route.
  app.get('/feed.ics', (c) => {
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, { ETag: etag })
    return c.body(feed, 200, { 'Content-Type': 'text/calendar; charset=utf-8', ETag: etag })
  })

  it('makes the tag weak when the bytes are compressed, and keeps it strong when they are not', async () => {
    const gz = await app.request('/feed.ics', { headers: { 'accept-encoding': 'gzip' } })
    expect(gz.headers.get('content-encoding')).toBe('gzip')
    expect(gz.headers.get('etag')).toBe(`W/${etag}`)
    const plain = await app.request('/feed.ics')
    expect(plain.headers.get('etag')).toBe(etag)
  })

  it('answers 304 to the weak tag it gave, even though the route only knows the strong one', async () => {
    const again = await app.request('/feed.ics', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': `W/${etag}` },
    })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
    expect(again.headers.get('etag')).toBe(`W/${etag}`)
    expect(again.headers.get('content-encoding')).toBeNull()
    const plain = await app.request('/feed.ics', { headers: { 'if-none-match': etag } })
    expect(plain.status).toBe(304)
  })

  it('sends the feed again when the tag is another one', async () => {
    const changed = await app.request('/feed.ics', {
      headers: { 'accept-encoding': 'gzip', 'if-none-match': 'W/"v0"' },
    })
    expect(changed.status).toBe(200)
    expect(gunzipSync(await bytes(changed)).toString('utf8')).toBe(feed)
  })
})

describe('what a read costs the compression', () => {
  // The server's answers are lazy: asking for `body` builds a fetch Response
  // and a stream, which an uncompressed answer never needs.
  let bodyReads = 0
  function countedResponse(text: string): Response {
    const response = new Response(text, { headers: { 'content-type': 'application/json' } })
    const body = Object.getOwnPropertyDescriptor(Response.prototype, 'body')?.get
    Object.defineProperty(response, 'body', {
      get() {
        bodyReads++
        return body?.call(response)
      },
    })
    return response
  }
  const json = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => `item ${i}`) })
  const app = new Hono().use(compressAnswers()).get('/list', () => countedResponse(json))

  it('leaves the body of an answer it does not compress unread, and still says it varies', async () => {
    bodyReads = 0
    const response = await app.request('/list')
    expect([
      bodyReads,
      response.headers.get('vary'),
      response.headers.get('content-encoding'),
    ]).toEqual([0, 'Accept-Encoding', null])
    expect(await response.text()).toBe(json)
  })

  it('compresses a whole JSON answer to the same text in both codings', async () => {
    for (const coding of ['br', 'gzip']) {
      const response = await app.request('/list', { headers: { 'accept-encoding': coding } })
      expect(response.headers.get('content-encoding')).toBe(coding)
      expect(decoded(response, await bytes(response))).toBe(json)
    }
  })
})
