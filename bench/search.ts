import { rmSync } from 'node:fs'
import { sql } from 'kysely'
import type { Ctx } from '../src/core/context.ts'
import { search } from '../src/core/search/service.ts'
import { generateNotes } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { createPostgresDatabase } from '../test/engines.ts'
import { findPostgresBin, startCluster } from '../test/postgres-cluster.ts'
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

async function measure(ctx: Ctx, rounds: number): Promise<{ median: number; byQuery: string[] }> {
  // Warm the caches first, as a running server would be.
  for (const q of typicalQueries) await search(ctx, { q })
  const all: number[] = []
  const byQuery: string[] = []
  for (const q of typicalQueries) {
    const times: number[] = []
    for (let i = 0; i < rounds; i++) {
      const started = performance.now()
      await search(ctx, { q })
      times.push(performance.now() - started)
    }
    all.push(...times)
    byQuery.push(`${q} ${median(times).toFixed(1)}`)
  }
  return { median: median(all), byQuery }
}

async function benchEngine(
  label: string,
  env: Record<string, string>,
  count: number,
  rounds: number,
) {
  const dataDir = tempDir('search')
  const runtime = await openRuntime({ dataDir, env })
  try {
    const seeded = performance.now()
    await generateNotes(runtime.ctx, count)
    // Fresh statistics, as autovacuum would have gathered by the time anyone searches.
    if (runtime.engine === 'postgres') await sql`analyze`.execute(runtime.db)
    console.log(
      `(${label}: seeded ${count} notes in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
    )
    const result = await measure(runtime.ctx, rounds)
    report(`search, ${count} notes, ${label}`, `median ${result.median.toFixed(1)} ms`, '< 20 ms')
    console.log(`  per query (median ms): ${result.byQuery.join(' · ')}`)
    return result.median
  } finally {
    await runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/**
 * Median latency of a mix of typical searches over 100,000 notes of one
 * explorer, on SQLite and on a throwaway PostgreSQL cluster.
 */
export async function benchSearch(count = 100_000, rounds = 25): Promise<void> {
  await benchEngine('SQLite', {}, count, rounds)
  const bin = findPostgresBin()
  if (!bin) {
    console.log(
      'search on PostgreSQL: skipped (no PostgreSQL binaries; apt-get install postgresql)',
    )
    return
  }
  const cluster = await startCluster(bin)
  try {
    const url = await createPostgresDatabase(cluster.url)
    await benchEngine('PostgreSQL', { DATABASE_URL: url }, count, rounds)
  } finally {
    cluster.stop()
  }
}

if (import.meta.main) {
  const count = Number(process.argv[2] ?? 100_000)
  await benchSearch(count)
}
