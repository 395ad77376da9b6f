import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { Hono } from 'hono'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Ctx } from '../core/context.ts'
import { createPerson } from '../core/people/service.ts'
import { openDatabase } from '../db/connect.ts'
import { openRuntime, type Runtime } from '../runtime.ts'
import { createApp } from './app.ts'
import type { AppEnv } from './env.ts'
import { rememberAnswers } from './remembered-answers.ts'

const headers = { host: '127.0.0.1:4321' }
const origin = 'http://127.0.0.1:4321'

describe('answers remembered until the data changes (local SQLite)', () => {
  let dir: string
  let runtime: Runtime
  let statements: number
  let app: ReturnType<typeof createApp>

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'coffeechat-remembered-'))
    runtime = await openRuntime({ dataDir: dir, env: { COFFEECHAT_NOW: '2026-03-02T09:00:00Z' } })
    statements = 0
    const counting = runtime.db.withPlugin({
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        statements++
        return args.result
      },
    })
    const ctx: Ctx = { ...runtime.ctx, db: counting }
    app = createApp({
      contextFor: () => ctx,
      dataStamp: runtime.dataStamp,
      local: true,
      version: 'test',
    })
  })
  afterEach(async () => {
    await runtime.close()
    rmSync(dir, { recursive: true, force: true })
  })

  const get = async (path: string, extra: Record<string, string> = {}) => {
    const before = statements
    const response = await app.request(path, { headers: { ...headers, ...extra } })
    return {
      status: response.status,
      body: await response.text(),
      headers: response.headers,
      statements: statements - before,
    }
  }
  const post = (path: string, body: unknown) =>
    app.request(path, {
      method: 'POST',
      headers: { ...headers, origin, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })

  it('answers the same read again without asking the database, with the same bytes and headers', async () => {
    await post('/api/people', { name: 'Ada Lovelace' })
    const first = await get('/api/people?limit=50')
    expect(first.statements).toBeGreaterThan(0)
    const again = await get('/api/people?limit=50')
    expect(again.statements).toBe(0)
    expect(again.body).toBe(first.body)
    expect(again.status).toBe(200)
    expect(again.headers.get('content-type')).toBe(first.headers.get('content-type'))
    expect(again.headers.get('cache-control')).toBe('no-store')
    expect(again.headers.get('x-content-type-options')).toBe(
      first.headers.get('x-content-type-options'),
    )
  })

  it('keeps each answer compressed in the codings asked for', async () => {
    for (let i = 0; i < 30; i++) await post('/api/people', { name: `Person ${i}` })
    const plain = await get('/api/people?limit=50')
    for (const coding of ['br', 'gzip'] as const) {
      const response = await app.request('/api/people?limit=50', {
        headers: { ...headers, 'accept-encoding': `${coding}, identity` },
      })
      expect(response.headers.get('content-encoding')).toBe(coding)
      expect(response.headers.get('vary')).toBe('Accept-Encoding')
      const bytes = Buffer.from(await response.arrayBuffer())
      const body = (coding === 'br' ? brotliDecompressSync(bytes) : gunzipSync(bytes)).toString()
      expect(body).toBe(plain.body)
    }
    const before = statements
    const again = await app.request('/api/people?limit=50', {
      headers: { ...headers, 'accept-encoding': 'gzip' },
    })
    expect(gunzipSync(Buffer.from(await again.arrayBuffer())).toString()).toBe(plain.body)
    expect(statements).toBe(before)
  })

  it('forgets every answer when the app writes', async () => {
    await get('/api/people?limit=50')
    await get('/api/search?q=ada')
    expect((await post('/api/people', { name: 'Ada Lovelace' })).status).toBe(201)
    const people = await get('/api/people?limit=50')
    expect(people.statements).toBeGreaterThan(0)
    expect(JSON.parse(people.body).total).toBe(1)
    const search = await get('/api/search?q=ada')
    expect(search.body).toContain('Ada Lovelace')
  })

  it('forgets them when another connection commits (a CLI command beside the server)', async () => {
    const before = JSON.parse((await get('/api/people?limit=50')).body)
    expect(before.total).toBe(0)
    const other = await openDatabase({ dataDir: dir })
    try {
      await createPerson({ ...runtime.ctx, db: other.db }, { name: 'Grace Hopper' })
    } finally {
      await other.close()
    }
    const after = JSON.parse((await get('/api/people?limit=50')).body)
    expect(after.total).toBe(1)
    expect(after.items[0].name).toBe('Grace Hopper')
  })

  it('keeps answers apart by path, query and language', async () => {
    await post('/api/people', { name: 'Ada Lovelace' })
    await post('/api/people', { name: 'Grace Hopper' })
    const one = await get('/api/people?limit=1')
    const two = await get('/api/people?limit=2')
    expect(JSON.parse(one.body).items).toHaveLength(1)
    expect(JSON.parse(two.body).items).toHaveLength(2)
    expect((await get('/api/people?limit=1')).body).toBe(one.body)
    const german = await get('/api/people?limit=1', { 'accept-language': 'de-DE' })
    expect(german.statements).toBeGreaterThan(0)
    expect((await get('/api/organizations')).statements).toBeGreaterThan(0)
  })

  it('never remembers a refusal, nor the reads that depend on the clock', async () => {
    expect((await get('/api/people?limit=nope')).status).toBe(400)
    expect((await get('/api/people?limit=nope')).status).toBe(400)
    const missing = await get('/api/careers/00000000-0000-0000-0000-000000000000/board')
    expect(missing.status).toBe(404)
    expect(missing.statements).toBeGreaterThan(0)
    expect((await get('/api/careers/00000000-0000-0000-0000-000000000000/board')).statements).toBe(
      missing.statements,
    )
    await get('/api/today')
    expect((await get('/api/today')).statements).toBeGreaterThan(0)
  })

  it('shows every write that finished before a read began, with reads and writes at once', async () => {
    const rounds = 20
    const reads: Array<Promise<void>> = []
    for (let i = 0; i < rounds; i++) {
      const written = await post('/api/people', { name: `Person ${i}` })
      expect(written.status).toBe(201)
      // A burst of reads at once, with the next write already under way:
      // each began after write i, so each holds at least i + 1 people.
      for (let j = 0; j < 5; j++)
        reads.push(
          get('/api/people?limit=100').then((read) => {
            expect(JSON.parse(read.body).total).toBeGreaterThanOrEqual(i + 1)
          }),
        )
      const after = JSON.parse((await get('/api/people?limit=100')).body)
      expect(after.total).toBe(i + 1)
    }
    await Promise.all(reads)
    const last = JSON.parse((await get('/api/people?limit=100')).body)
    expect(last.total).toBe(rounds)
  })
})

describe('rememberAnswers', () => {
  it('does not keep an answer made while the data changed under it', async () => {
    let stamp = 1
    let made = 0
    const app = new Hono<AppEnv>()
    app.use(
      '/read',
      rememberAnswers(() => String(stamp)),
    )
    app.get('/read', (c) => {
      made++
      // A write lands while this answer is being made.
      if (made === 1) stamp++
      return c.json({ made })
    })
    expect(await (await app.request('/read')).json()).toEqual({ made: 1 })
    // The stamp read before the first answer was 1; it is 2 now: made again.
    expect(await (await app.request('/read')).json()).toEqual({ made: 2 })
    expect(await (await app.request('/read')).json()).toEqual({ made: 2 })
    stamp++
    expect(await (await app.request('/read')).json()).toEqual({ made: 3 })
  })

  it('forgets the oldest used answers first, and answers writes as they come', async () => {
    let made = 0
    const app = new Hono<AppEnv>()
    app.use(
      '*',
      rememberAnswers(() => 'same'),
    )
    app.get('/n/:n', (c) => {
      made++
      return c.json({ n: c.req.param('n'), made })
    })
    app.post('/n/:n', (c) => c.json({ posted: ++made }))
    await app.request('/n/0')
    for (let i = 1; i <= 128; i++) await app.request(`/n/${i}`)
    const count = made
    // 0 was the oldest of 129: forgotten; 128 is kept.
    await app.request('/n/128')
    expect(made).toBe(count)
    await app.request('/n/0')
    expect(made).toBe(count + 1)
    expect(await (await app.request('/n/5', { method: 'POST' })).json()).toEqual({
      posted: count + 2,
    })
    expect(await (await app.request('/n/5', { method: 'POST' })).json()).toEqual({
      posted: count + 3,
    })
  })
})
