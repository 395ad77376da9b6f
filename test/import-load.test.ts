import { setTimeout as sleep } from 'node:timers/promises'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { openRuntime, type Runtime } from '../src/runtime.ts'
import type { RunningServer } from '../src/server/serve.ts'
import { startServer } from '../src/server/serve.ts'
import type { RunningHostedServer } from '../src/server/serve-hosted.ts'
import { tempDataDir } from './cli-harness.ts'
import { createPostgresDatabase } from './engines.ts'
import { largeConnectionsCsv } from './fixtures/linkedin-rows.ts'
import { BASE_URL, startHostedServers, Visitor } from './hosted-support.ts'
import { readJson } from './json.ts'
import { zipBomb } from './zip-bomb.ts'

// Issue 11: one upload must not stall every account. The servers run in this
// process, so its memory is theirs (the import's worker thread included).

const megabyte = 1024 * 1024
/** Rows of the large import: planned in a worker, as any file of a megabyte or more. */
const largeRows = 20_000

/**
 * While `work` runs, calls `probe` one after the other (25 ms apart) and
 * returns how many probes were answered before `work` ended. How long they
 * took is a figure of `bench/import.ts`, not a test: tests never fail on a time.
 */
async function probeDuring(work: Promise<unknown>, probe: () => Promise<unknown>) {
  let done = false
  const finished = work.finally(() => {
    done = true
  })
  let answeredDuring = 0
  while (!done) {
    await probe()
    if (!done) answeredDuring++
    await sleep(25)
  }
  await finished
  return answeredDuring
}

/** The growth of this process's resident memory while `work` runs, sampled every 10 ms, in MB. */
async function memoryDuring<T>(work: () => Promise<T>): Promise<{ result: T; grewMb: number }> {
  // memoryUsage.rss() reads one number; memoryUsage() walks the heap spaces, too slow to sample.
  const before = process.memoryUsage.rss()
  let peak = before
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss())
  }, 20)
  try {
    const result = await work()
    return { result, grewMb: (Math.max(peak, process.memoryUsage.rss()) - before) / megabyte }
  } finally {
    clearInterval(timer)
  }
}

async function upload(
  server: { url: string },
  body: Uint8Array,
  query: string,
  cookie = '',
  origin = BASE_URL,
) {
  const response = await fetch(`${server.url}/api/imports?${query}`, {
    method: 'POST',
    headers: {
      origin,
      'content-type': 'application/octet-stream',
      ...(cookie ? { cookie } : {}),
    },
    body: body.slice(),
  })
  return { status: response.status, body: await readJson(response), headers: response.headers }
}

const postgres = inject('postgresUrl')
if (!postgres) console.warn('\n*** hosted import-load tests SKIPPED: no PostgreSQL ***\n')

describe.runIf(postgres)('hosted: an import does not stall other accounts', () => {
  let servers: RunningHostedServer[] = []
  let close = async () => {}
  let ada: Visitor
  let bo: Visitor
  let bomb: Uint8Array
  const large = new TextEncoder().encode(largeConnectionsCsv(largeRows))

  beforeAll(async () => {
    const started = await startHostedServers(await createPostgresDatabase(postgres ?? ''), 2)
    servers = started.servers
    close = started.close
    const [a] = servers as [RunningHostedServer]
    ada = new Visitor(a)
    bo = new Visitor(a)
    await ada.call('POST', '/api/auth/signup', {
      email: 'ada@example.org',
      password: 'ada-pass-123',
    })
    await bo.call('POST', '/api/auth/signup', { email: 'bo@example.org', password: 'bo-pass-1234' })
    await bo.call('POST', '/api/people', { name: 'Grace Hopper' })
    ;({ zip: bomb } = await zipBomb({ rows: 3_200_000 }))
  }, 120_000)
  afterAll(async () => close())

  const boBrowses = async () => {
    const answer = await bo.call('GET', '/api/people?limit=5')
    expect(answer.status).toBe(200)
  }

  it('refuses the ZIP bomb (250 MB unzipped) at once, in bounded memory, while another account is answered', async () => {
    const [a] = servers as [RunningHostedServer]
    const { result, grewMb } = await memoryDuring(async () => {
      const importing = upload(a, bomb, 'dryRun=true', ada.cookie)
      await probeDuring(importing, boBrowses)
      return importing
    })
    expect(result.status).toBe(400)
    expect(result.body.issues[0].message).toMatch(
      /Connections\.csv in the ZIP unpacks to 238\.\d MB, more than the 100 MB one import reads/,
    )
    expect(grewMb).toBeLessThan(150)
  })

  it(`imports ${largeRows.toLocaleString('en')} rows while another account is answered all along, in bounded memory`, async () => {
    const [a] = servers as [RunningHostedServer]
    let answered = 0
    const { result, grewMb } = await memoryDuring(async () => {
      const importing = upload(a, large, 'dryRun=false', ada.cookie)
      answered = await probeDuring(importing, boBrowses)
      return importing
    })
    expect(result.status).toBe(200)
    expect(result.body).toMatchObject({ created: largeRows, complete: false })
    // Bo's reads go between the import's batches: it never holds the server.
    expect(answered).toBeGreaterThan(2)
    expect(grewMb).toBeLessThan(300)
    expect((await bo.call('GET', '/api/people')).body.total).toBe(1)
  })

  it('runs one import of an account at a time across both servers (simultaneous uploads)', async () => {
    const [a, b] = servers as [RunningHostedServer, RunningHostedServer]
    const answers = await Promise.all([
      upload(a, large, 'dryRun=true', ada.cookie),
      upload(b, large, 'dryRun=true', ada.cookie),
    ])
    expect(answers.map((x) => x.status).sort()).toEqual([200, 429])
    const busy = answers.find((x) => x.status === 429)
    expect(busy?.headers.get('retry-after')).toBe('10')
    expect(busy?.body.error).toMatch(/^Another import of yours is still running/)
  })
})

describe('local: an import does not stall the server', () => {
  let runtime: Runtime
  let server: RunningServer

  beforeAll(async () => {
    runtime = await openRuntime({ dataDir: tempDataDir(), env: {} })
    server = await startServer({ runtime, port: 0, host: '127.0.0.1', version: 'test' })
  }, 60_000)
  afterAll(async () => {
    await server?.close()
    await runtime?.close()
  })

  it('refuses the ZIP bomb and imports a large file on SQLite while the server answers', async () => {
    const meta = async () => {
      const answer = await fetch(`${server.url}/api/meta`)
      expect(answer.status).toBe(200)
    }
    const { zip } = await zipBomb({ rows: 3_200_000 })
    const refused = await memoryDuring(() => upload(server, zip, 'dryRun=true', '', server.url))
    expect(refused.result.status).toBe(400)
    expect(refused.grewMb).toBeLessThan(150)
    const large = new TextEncoder().encode(largeConnectionsCsv(largeRows))
    let answered = 0
    const imported = await memoryDuring(async () => {
      const importing = upload(server, large, 'dryRun=false', '', server.url)
      answered = await probeDuring(importing, meta)
      return importing
    })
    expect(imported.result.body).toMatchObject({ created: largeRows })
    expect(answered).toBeGreaterThan(2)
    expect(imported.grewMb).toBeLessThan(300)
  })
})
