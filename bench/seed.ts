import { existsSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Ctx } from '../src/core/context.ts'
import { refreshStatistics } from '../src/db/statistics.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { generatePeople } from '../src/demo/synthetic.ts'
import { openRuntime } from '../src/runtime.ts'
import { tempDir } from './support.ts'

/** The demo explorer plus `people` made-up people in `ctx`'s account. */
export async function seedExplorer(ctx: Ctx, people: number): Promise<void> {
  await generateDemo(ctx)
  if (people > 0) await generatePeople(ctx, people)
  // What an import of that many people does once it is written.
  await refreshStatistics(ctx.db, ctx.engine, [
    'people',
    'organizations',
    'person_careers',
    'search_documents',
  ])
}

/**
 * A fresh SQLite data directory holding the demo plus `people` people,
 * closed again (as a server would find it after a restart).
 */
export async function seedLocalData(
  people: number,
  options: { fresh?: boolean } = {},
): Promise<string> {
  const cache = options.fresh ? undefined : process.env.BENCH_DATA_CACHE
  // BENCH_DATA_CACHE=DIR keeps each size's data there and reuses it (100k people take minutes).
  if (cache && existsSync(join(cache, `explorer-${people}`, 'coffeechat.sqlite'))) {
    console.log(`(reusing the demo + ${people} people from ${cache})`)
    return join(cache, `explorer-${people}`)
  }
  const dataDir = cache ? join(cache, `explorer-${people}`) : tempDir(`explorer-${people}`)
  const runtime = await openRuntime({ dataDir, env: {} })
  const started = performance.now()
  try {
    await seedExplorer(runtime.ctx, people)
  } finally {
    await runtime.close()
  }
  console.log(
    `(seeded the demo + ${people} people in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  return dataDir
}

/** Removes a data directory made by `seedLocalData`, unless it is kept in BENCH_DATA_CACHE. */
export function dropLocalData(dataDir: string): void {
  const cache = process.env.BENCH_DATA_CACHE
  if (cache && dataDir.startsWith(cache)) return
  rmSync(dataDir, { recursive: true, force: true })
}
