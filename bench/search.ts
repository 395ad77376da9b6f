import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import pg from 'pg'
import type { Ctx } from '../src/core/context.ts'
import { search } from '../src/core/search/service.ts'
import { generateNotes } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { onPostgresCluster } from './postgres.ts'
import { median, report, tempDir } from './support.ts'

/**
 * What people type into the search box: a first name, a full name, a topic,
 * a word half typed, two words, a place with an accent (typed without it),
 * a rare word, and a word that is nowhere.
 */
export const typicalQueries = [
  'amara',
  'jonas becker',
  'readmission',
  'clin',
  'data cleaning',
  'zurich',
  'actuarial tables',
  'xylophone',
]

/** The same driver fetching 20 documents by id: what answering with 20 results costs at least. */
type Reference = () => Promise<void>

interface Figures {
  median: number
  slowest: number
  cpu: number
  reference: number
  byQuery: string[]
}

async function measure(ctx: Ctx, rounds: number, reference: Reference): Promise<Figures> {
  // Warm the caches first, as a running server would be.
  for (const q of typicalQueries) await search(ctx, { q })
  const all: number[] = []
  const cpu: number[] = []
  const references: number[] = []
  const medians: number[] = []
  const byQuery: string[] = []
  for (const q of typicalQueries) {
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      const used = process.cpuUsage()
      const started = performance.now()
      await search(ctx, { q })
      times.push(performance.now() - started)
      const after = process.cpuUsage(used)
      cpu.push((after.user + after.system) / 1000)
      const referenceStarted = performance.now()
      await reference()
      references.push(performance.now() - referenceStarted)
    }
    all.push(...times)
    medians.push(median(times))
    byQuery.push(`${q} ${median(times).toFixed(1)}`)
  }
  return {
    median: median(all),
    slowest: Math.max(...medians),
    cpu: median(cpu),
    reference: median(references),
    byQuery,
  }
}

async function benchEngine(
  label: string,
  env: Record<string, string>,
  count: number,
  rounds: number,
  reference: (
    dataDir: string,
    ids: number[],
  ) => Promise<{ run: Reference; close: () => Promise<void> }>,
) {
  const dataDir = tempDir('search')
  const runtime = await openRuntime({ dataDir, env })
  try {
    const seeded = performance.now()
    await generateNotes(runtime.ctx, count)
    // Fresh statistics and a tidy index, as autovacuum would have left them by the time anyone searches.
    if (runtime.engine === 'postgres')
      await sql`vacuum analyze search_documents`.execute(runtime.db)
    console.log(
      `(${label}: seeded ${count} notes in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
    )
    const ids = (
      await runtime.db
        .selectFrom('search_documents')
        .select('id')
        .orderBy('id', 'desc')
        .limit(20)
        .execute()
    ).map((r) => Number(r.id))
    const raw = await reference(dataDir, ids)
    const result = await measure(runtime.ctx, rounds, raw.run)
    await raw.close()
    const ratio = (result.median / result.reference).toFixed(0)
    report(
      `search, ${count} notes, ${label}`,
      `median ${result.median.toFixed(1)} ms, slowest ${result.slowest.toFixed(1)} ms`,
      '< 5 ms, slowest < 10 ms',
    )
    console.log(
      `  reference (raw driver, 20 documents by id) ${result.reference.toFixed(2)} ms; ratio ${ratio}×; ` +
        `processor time in this process per search ${result.cpu.toFixed(1)} ms`,
    )
    console.log(`  per query (median ms): ${result.byQuery.join(' · ')}`)
  } finally {
    await runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const sqliteReference = async (dataDir: string, ids: number[]) => {
  const db = new DatabaseSync(join(dataDir, 'coffeechat.sqlite'), { readOnly: true })
  const statement = db.prepare(
    `select * from search_documents where id in (${ids.map(() => '?').join(',')})`,
  )
  return {
    run: async () => void statement.all(...ids),
    close: async () => db.close(),
  }
}

const postgresReference = (url: string) => async (_dataDir: string, ids: number[]) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    run: async () =>
      void (await client.query('select * from search_documents where id = any($1)', [ids])),
    close: () => client.end(),
  }
}

/**
 * Median and slowest latency of a mix of typical searches over N notes of
 * one explorer (100,000 and 1,000,000 by default), on SQLite and on a
 * throwaway PostgreSQL cluster, beside the same driver fetching 20
 * documents by id, and (SQLite, where it all happens in this process) the
 * processor time per search, which a busy machine inflates less than the clock.
 */
export async function benchSearch(
  counts: number[] = [100_000, 1_000_000],
  options: { engines?: string[]; rounds?: number } = {},
): Promise<void> {
  const engines = options.engines ?? ['sqlite', 'postgres']
  const rounds = options.rounds ?? 25
  if (engines.includes('sqlite')) {
    for (const count of counts) await benchEngine('SQLite', {}, count, rounds, sqliteReference)
  }
  if (!engines.includes('postgres')) return
  await onPostgresCluster(
    'search on PostgreSQL: skipped (no PostgreSQL binaries; apt-get install postgresql)',
    async (newDatabase) => {
      for (const count of counts) {
        const url = await newDatabase()
        await benchEngine(
          'PostgreSQL',
          { DATABASE_URL: url },
          count,
          rounds,
          postgresReference(url),
        )
      }
    },
  )
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      notes: { type: 'string', default: '100000,1000000' },
      engines: { type: 'string', default: 'sqlite,postgres' },
      rounds: { type: 'string', default: '25' },
    },
  })
  await benchSearch(values.notes.split(',').map(Number), {
    engines: values.engines.split(','),
    rounds: Number(values.rounds),
  })
}
