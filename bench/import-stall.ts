import { monitorEventLoopDelay } from 'node:perf_hooks'
import { setTimeout as sleep } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { openRuntime } from '../src/runtime.ts'
import { startServer } from '../src/server/serve.ts'
import { largeConnectionsCsv } from '../test/fixtures/linkedin-rows.ts'
import { onPostgresCluster } from './postgres.ts'
import { compare } from './ratio.ts'
import { median, tempDir } from './support.ts'

interface Probed {
  /** Slowest answer to GET /api/meta (no database): how long the event loop was held. */
  loopMs: number
  /** Slowest answer to GET /api/people?limit=5 (reads the database). */
  readMs: number
  /** Longest event-loop delay seen by monitorEventLoopDelay. */
  delayMs: number
  probes: number
}

/** Probes the server one request after the other (10 ms apart) until `until` settles. */
async function probe(url: string, until: Promise<unknown>): Promise<Probed> {
  let done = false
  until.then(
    () => (done = true),
    () => (done = true),
  )
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const meta: number[] = []
  const reads: number[] = []
  const timed = async (path: string, into: number[]) => {
    const started = performance.now()
    const answer = await fetch(`${url}${path}`)
    await answer.arrayBuffer()
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`)
    into.push(performance.now() - started)
  }
  while (!done) {
    await timed('/api/meta', meta)
    await timed('/api/people?limit=5', reads)
    await sleep(10)
  }
  loop.disable()
  return {
    loopMs: Math.max(...meta),
    readMs: Math.max(...reads),
    delayMs: loop.max / 1e6,
    probes: meta.length,
  }
}

/**
 * One local server in this process on `env`'s database: the same probes
 * idle (the reference, for as long as the import took) and while `rows`
 * LinkedIn rows are imported through the API.
 */
async function stallOf(env: Record<string, string>, rows: number, databaseUrl?: string) {
  const runtime = await openRuntime({ dataDir: tempDir('import-stall'), env })
  const server = await startServer({
    runtime,
    port: 0,
    host: '127.0.0.1',
    version: 'bench',
    databaseUrl,
  })
  try {
    const body = new TextEncoder().encode(largeConnectionsCsv(rows))
    const started = performance.now()
    const importing = fetch(`${server.url}/api/imports?dryRun=false&filename=Connections.csv`, {
      method: 'POST',
      headers: { origin: server.url, 'content-type': 'application/octet-stream' },
      body,
    }).then(async (answer) => {
      const report = (await answer.json()) as { created?: number }
      if (report.created !== rows)
        throw new Error(`imported ${JSON.stringify(report).slice(0, 200)}`)
    })
    const busy = await probe(server.url, importing)
    await importing
    const ms = performance.now() - started
    const idle = await probe(server.url, sleep(Math.min(ms, 3000)))
    return { busy, idle, ms }
  } finally {
    await server.close()
    await runtime.close()
  }
}

function print(name: string, figures: Awaited<ReturnType<typeof stallOf>>[]): void {
  const pick = (key: keyof Probed, of: 'busy' | 'idle') => median(figures.map((f) => f[of][key]))
  const seconds = median(figures.map((f) => f.ms)) / 1000
  console.log(`${name}: import ${seconds.toFixed(1)} s, ${pick('probes', 'busy')} probes during`)
  const line = (label: string, key: keyof Probed, target: string) =>
    compare(`  ${label}`, pick(key, 'busy'), pick(key, 'idle'), 'ms', target)
  line('slowest GET /api/meta, idle = reference', 'loopMs', '< 200 ms')
  line('slowest GET /api/people?limit=5', 'readMs', '< 200 ms')
  line('longest event-loop delay', 'delayMs', '< 200 ms')
}

/**
 * What the server's event loop does during a large import (issue 11: one
 * upload must not stall every account): the slowest answers of a request
 * that needs no database and of one that reads it, and the longest
 * event-loop delay, while `rows` rows are imported, beside the same figures
 * idle. On SQLite, on PostgreSQL with the writing on the server's thread
 * (no `databaseUrl`), and on PostgreSQL with the whole import in its worker.
 */
export async function benchImportStall(rows = 30_000, runs = 3): Promise<void> {
  const sqlite = []
  for (let i = 0; i < runs; i++) sqlite.push(await stallOf({}, rows))
  print(`import stall, ${rows.toLocaleString('en')} rows, SQLite`, sqlite)
  await onPostgresCluster(
    'import stall on PostgreSQL: skipped (no PostgreSQL binaries)',
    async (newDatabase) => {
      for (const worker of [false, true]) {
        const figures = []
        for (let i = 0; i < runs; i++) {
          const url = await newDatabase()
          figures.push(await stallOf({ DATABASE_URL: url }, rows, worker ? url : undefined))
        }
        const how = worker ? 'whole import in its worker' : 'written by the server thread'
        print(`import stall, ${rows.toLocaleString('en')} rows, PostgreSQL, ${how}`, figures)
      }
    },
  )
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { rows: { type: 'string', default: '30000' }, runs: { type: 'string', default: '3' } },
  })
  await benchImportStall(Number(values.rows), Number(values.runs))
}
