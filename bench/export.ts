import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { DatabaseSync } from 'node:sqlite'
import { parseArgs } from 'node:util'
import { sql } from 'kysely'
import pg from 'pg'
import { streamBackup } from '../src/core/backup/export-json.ts'
import type { Ctx } from '../src/core/context.ts'
import { csvZip, markdownZip, streamVcard } from '../src/core/exports/service.ts'
import { ownedTables } from '../src/db/owned-tables.ts'
import { generateDemo } from '../src/demo/generate.ts'
import { generateNotes } from '../src/demo/synthetic.ts'
import { generateDetails } from '../src/demo/synthetic-details.ts'
import { openRuntime } from '../src/runtime.ts'
import { onPostgresCluster } from './postgres.ts'
import { median, tempDir } from './support.ts'

const formats = {
  markdown: {
    run: (ctx: Ctx) => markdownZip(ctx),
    tables: [
      'people',
      'person_careers',
      'conversations',
      'conversation_careers',
      'plan_items',
      'meetings',
      'reflections',
      'pay_entries',
      'questions',
    ],
  },
  csv: {
    run: (ctx: Ctx) => csvZip(ctx),
    tables: [
      'people',
      'person_careers',
      'organizations',
      'organization_careers',
      'conversations',
      'conversation_careers',
    ],
  },
  vcard: { run: (ctx: Ctx) => streamVcard(ctx), tables: ['people'] },
  json: { run: (ctx: Ctx) => streamBackup(ctx), tables: ownedTables.map((t) => t.name) },
} as const
type Format = keyof typeof formats

/** Reads the same rows straight from the driver and writes them with JSON.stringify. */
type Reference = (tables: readonly string[], ownerId: string) => Promise<number>

interface Figure {
  format: Format
  notes: number
  ms: number
  /** Processor time of the whole process (its worker threads too): what the data costs, however busy the machine. */
  cpuMs: number
  referenceMs: number
  referenceCpuMs: number
  stallMs: number
  bytes: number
}

/** Wall and processor time of `work`, in milliseconds. */
async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; cpuMs: number; value: T }> {
  const cpu = process.cpuUsage()
  const started = performance.now()
  const value = await work()
  const used = process.cpuUsage(cpu)
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, value }
}

/** One export as the download makes it: every byte, and the longest the event loop waited meanwhile. */
async function timeExport(ctx: Ctx, format: Format) {
  const delay = monitorEventLoopDelay({ resolution: 5 })
  const encoder = new TextEncoder()
  delay.enable()
  const {
    ms,
    cpuMs,
    value: bytes,
  } = await timed(async () => {
    let bytes = 0
    for await (const piece of formats[format].run(ctx)) {
      bytes += typeof piece === 'string' ? encoder.encode(piece).length : piece.length
    }
    return bytes
  })
  delay.disable()
  return { ms, cpuMs, stallMs: delay.max / 1e6, bytes }
}

async function benchSize(
  label: string,
  env: Record<string, string>,
  notes: number,
  runs: number,
  chosen: Format[],
  reference: (ctx: Ctx, dataDir: string) => Reference,
): Promise<Figure[]> {
  const dataDir = tempDir('export')
  const runtime = await openRuntime({
    dataDir,
    env: { COFFEECHAT_NOW: '2026-03-02T09:00:00Z', ...env },
  })
  try {
    const seeded = performance.now()
    await generateDemo(runtime.ctx)
    await generateNotes(runtime.ctx, notes)
    const details = await generateDetails(runtime.ctx)
    if (runtime.engine === 'postgres') await sql`analyze`.execute(runtime.db)
    console.log(
      `(${label}: demo + ${notes} notes, ${details.conversations} with plans, meeting notes and reflections, seeded in ${((performance.now() - seeded) / 1000).toFixed(1)} s)`,
    )
    const raw = reference(runtime.ctx, dataDir)
    const figures: Figure[] = []
    for (const format of chosen) {
      const runsOf: Array<Awaited<ReturnType<typeof timeExport>>> = []
      const references: Array<{ ms: number; cpuMs: number }> = []
      for (let i = 0; i < runs; i++) {
        references.push(await timed(() => raw(formats[format].tables, runtime.ctx.ownerId)))
        runsOf.push(await timeExport(runtime.ctx, format))
      }
      figures.push({
        format,
        notes,
        ms: median(runsOf.map((r) => r.ms)),
        cpuMs: median(runsOf.map((r) => r.cpuMs)),
        referenceMs: median(references.map((r) => r.ms)),
        referenceCpuMs: median(references.map((r) => r.cpuMs)),
        stallMs: Math.max(...runsOf.map((r) => r.stallMs)),
        bytes: runsOf[0]?.bytes ?? 0,
      })
    }
    return figures
  } finally {
    await runtime.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const sqliteReference =
  (_ctx: Ctx, dataDir: string): Reference =>
  async (tables, ownerId) => {
    const db = new DatabaseSync(join(dataDir, 'coffeechat.sqlite'))
    let bytes = 0
    for (const table of tables) {
      const rows = db.prepare(`select * from ${table} where owner_id = ?`).all(ownerId)
      bytes += JSON.stringify(rows).length
    }
    db.close()
    return bytes
  }

const postgresReference = (url: string) => (): Reference => async (tables, ownerId) => {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  let bytes = 0
  for (const table of tables) {
    const { rows } = await client.query(`select * from ${table} where owner_id = $1`, [ownerId])
    bytes += JSON.stringify(rows).length
  }
  await client.end()
  return bytes
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`

function print(label: string, reference: string, figures: Figure[]): void {
  console.log(`\nexport, ${label} (reference: ${reference}; cpu = processor time, all threads)`)
  const row = (cells: string[]) =>
    console.log(cells.map((c, i) => (i === 0 ? c.padEnd(9) : c.padStart(11))).join(''))
  row([
    'format',
    'notes',
    'coffeechat',
    'cpu',
    'reference',
    'ref cpu',
    'ratio',
    'cpu ratio',
    'stall',
    'size',
  ])
  for (const f of figures) {
    row([
      f.format,
      String(f.notes),
      seconds(f.ms),
      seconds(f.cpuMs),
      seconds(f.referenceMs),
      seconds(f.referenceCpuMs),
      `${(f.ms / f.referenceMs).toFixed(1)}×`,
      `${(f.cpuMs / f.referenceCpuMs).toFixed(1)}×`,
      `${f.stallMs.toFixed(0)} ms`,
      `${(f.bytes / 1e6).toFixed(1)} MB`,
    ])
  }
  const sizes = [...new Set(figures.map((f) => f.notes))].sort((a, b) => a - b)
  const small = sizes[0]
  const large = sizes.at(-1)
  if (small === undefined || large === undefined || small === large) return
  const factor = large / small
  console.log(
    `growth from ${small} to ${large} notes (data ×${factor}; target ≤ ×${(factor * 1.1).toFixed(0)}, and under 10 s at ${large}):`,
  )
  for (const format of new Set(figures.map((f) => f.format))) {
    const a = figures.find((f) => f.format === format && f.notes === small)
    const b = figures.find((f) => f.format === format && f.notes === large)
    if (!a || !b) continue
    console.log(
      `  ${format.padEnd(9)} time ×${(b.ms / a.ms).toFixed(1)}, cpu ×${(b.cpuMs / a.cpuMs).toFixed(1)}   (reference time ×${(b.referenceMs / a.referenceMs).toFixed(1)}, cpu ×${(b.referenceCpuMs / a.referenceCpuMs).toFixed(1)})`,
    )
  }
}

/**
 * Markdown, CSV, vCard and JSON exports of the demo plus N synthetic notes
 * (a quarter with plans, meeting notes and reflections), each made as the
 * download makes it, beside raw driver reads of the same tables written
 * with JSON.stringify, at each size: the time, the ratio to the reference,
 * the longest the event loop waited meanwhile, and how time grows with the data.
 */
export async function benchExport(
  sizes: number[] = [10_000, 100_000],
  options: { formats?: Format[]; postgres?: boolean } = {},
): Promise<void> {
  const chosen = options.formats ?? (Object.keys(formats) as Format[])
  const runsFor = (notes: number) => (notes >= 50_000 ? 1 : 3)
  const figures: Figure[] = []
  for (const notes of sizes) {
    figures.push(...(await benchSize('SQLite', {}, notes, runsFor(notes), chosen, sqliteReference)))
  }
  print('SQLite', 'node:sqlite reads the same tables + JSON.stringify', figures)
  if (!options.postgres) return
  await onPostgresCluster(
    'export on PostgreSQL: skipped (no PostgreSQL binaries)',
    async (newDatabase) => {
      const pgFigures: Figure[] = []
      for (const notes of sizes) {
        const url = await newDatabase()
        pgFigures.push(
          ...(await benchSize(
            'PostgreSQL',
            { DATABASE_URL: url },
            notes,
            runsFor(notes),
            chosen,
            postgresReference(url),
          )),
        )
      }
      print('PostgreSQL', 'pg reads the same tables + JSON.stringify', pgFigures)
    },
  )
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      notes: { type: 'string', default: '10000,100000' },
      formats: { type: 'string', default: Object.keys(formats).join(',') },
      postgres: { type: 'boolean', default: false },
    },
  })
  await benchExport(values.notes.split(',').map(Number), {
    formats: values.formats.split(',').filter((f): f is Format => f in formats),
    postgres: values.postgres,
  })
}
