import fc from 'fast-check'
import type { BackupColumn, BackupTable } from './columns.ts'
import { backupFormat, backupVersion } from './export-json.ts'

// Test support for the round-trip property (fast-check is a dev dependency;
// only tests import this file).

type Value = string | number | null
type Row = Record<string, Value>

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Longest values the schemas allow, by column name (notes are Markdown, 200,000 characters). */
const maxLengths: Record<string, number> = {
  name: 200,
  title: 300,
  connection_note: 1000,
  source: 200,
  place: 1000,
  notes: 200_000,
  text: 1000,
  answer: 20_000,
  takeaways: 20_000,
}

const awkward = [
  '',
  ' ',
  '👩🏽‍💻 Renée — Ελληνικά 晓航 🇺🇦',
  'line one\r\nline two\n',
  'quote " backslash \\ tab \t',
  'e\u0301 (decomposed)',
  '{"not":"json"',
  '[]',
]

/** Any text either engine stores: full Unicode, emoji, empty, and now and then the longest allowed. */
function text(column: BackupColumn): fc.Arbitrary<string> {
  const max = maxLengths[column.name] ?? 500
  return fc
    .oneof(
      { weight: 6, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
      { weight: 3, arbitrary: fc.constantFrom(...awkward) },
      { weight: 1, arbitrary: fc.constantFrom('é', '😀', 'x').map((c) => c.repeat(max)) },
    )
    .filter((v) => !v.includes('\u0000') && !loneSurrogate.test(v))
}

/** Link columns hold what the API takes for them (a restore checks them the same way). */
const links: Record<string, fc.Arbitrary<string>> = {
  linkedin_url: fc.constantFrom(
    'https://www.linkedin.com/in/ada-lovelace',
    'https://www.linkedin.com/in/ren%C3%A9e-dupont',
  ),
  website: fc.constantFrom('https://northwind.example', 'https://xn--caf-dma.example/menu?x=1'),
}

function value(column: BackupColumn): fc.Arbitrary<Value> {
  const link = links[column.name]
  const base: fc.Arbitrary<Value> = link
    ? link
    : column.kind === 'integer'
      ? fc.oneof(
          fc.constantFrom(0, 1, -1, 2_147_483_647, -2_147_483_648),
          fc.integer({ min: -2_147_483_648, max: 2_147_483_647 }),
        )
      : text(column)
  return column.nullable ? fc.option(base, { nil: null, freq: 4 }) : base
}

/**
 * A whole backup of generated rows for every registered table, built from
 * the live schema (so new tables and columns are covered without a change):
 * unique keys, references that point at rows of the same backup (or nowhere,
 * where the column allows null; cycles included), any text and any int4.
 */
export function arbitraryBackup(tables: BackupTable[]): fc.Arbitrary<Record<string, Row[]>> {
  return fc
    .record(Object.fromEntries(tables.map((t) => [t.table.name, fc.nat({ max: 4 })])))
    .chain((sizes) => {
      const ids = new Map<string, string[]>()
      const byTable: Record<string, fc.Arbitrary<Row[]>> = {}
      for (const table of tables) {
        const name = table.table.name
        const references = table.table.references ?? {}
        const keyed = table.table.key.length === 1 && table.table.key[0] === 'id'
        // A table keyed by a reference (a meeting per conversation) has at most one row per target.
        const keyTargets = table.table.key.map((k) => ids.get(references[k] ?? '') ?? null)
        let count = sizes[name] ?? 0
        for (const [column, target] of Object.entries(references)) {
          const targetIds = target === name ? ['self'] : (ids.get(target) ?? [])
          const nullable = table.columns.find((c) => c.name === column)?.nullable
          if (targetIds.length === 0 && !nullable) count = 0
        }
        if (keyTargets.length === 1 && keyTargets[0]) count = Math.min(count, keyTargets[0].length)
        // Ids are global primary keys: the property wipes its rows after each run.
        const rowIds = keyed ? Array.from({ length: count }, (_, i) => `${name}-${i}-é`) : []
        if (keyed) ids.set(name, rowIds)
        const rowArbitraries = Array.from({ length: count }, (_, i) => {
          const fields: Record<string, fc.Arbitrary<Value>> = {}
          for (const column of table.columns) {
            const target = references[column.name]
            if (column.name === 'id' && keyed) fields.id = fc.constant(rowIds[i] ?? '')
            else if (target) {
              const pool = target === name ? rowIds : (ids.get(target) ?? [])
              const pick = pool.length > 0 ? fc.constantFrom(...pool) : fc.constant(null)
              fields[column.name] = column.nullable ? fc.option(pick, { nil: null }) : pick
            } else if (column.name === 'seed_key') {
              fields.seed_key = fc.option(fc.constant(`seed-${i}`), { nil: null })
            } else fields[column.name] = value(column)
          }
          return fc.record(fields)
        })
        byTable[name] = fc
          .tuple(...rowArbitraries)
          .map((rows) => [table.table.key, ...(table.table.unique ?? [])].reduce(uniqueByKey, rows))
      }
      return fc.record(byTable)
    })
}

/** Drops rows whose key repeats an earlier one (a composite key drawn twice). */
function uniqueByKey(rows: Row[], key: readonly string[]): Row[] {
  const seen = new Set<string>()
  return rows.filter((row) => {
    const k = JSON.stringify(key.map((c) => row[c]))
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}

/** The generated tables as a backup file to restore. */
export function backupText(migrations: string[], tables: Record<string, Row[]>): string {
  return JSON.stringify({ format: backupFormat, version: backupVersion, migrations, tables })
}
