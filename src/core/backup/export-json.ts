import { sql } from 'kysely'
import { readSnapshot } from '../../db/dialect.ts'
import type { Ctx, Db } from '../context.ts'
import { collect, letOthersRun } from '../shared/pause.ts'
import { type BackupColumn, type BackupTable, backupTables, compareText } from './columns.ts'

/** What the first line of every backup says it is. */
export const backupFormat = 'coffeechat-backup'
/** Bumped only when the file's own shape changes; new tables and columns do not need it. */
export const backupVersion = 1

/** A value as a backup holds it. */
export type BackupValue = string | number | boolean | null
/** A row as read from a backup; a column an older backup lacks is undefined. */
export type BackupRow = Record<string, BackupValue | undefined>

/**
 * Everything of the explorer's as one JSON text: every row of every
 * explorer-owned table (the registry in `src/db/owned-tables.ts`), without
 * the owner id (a backup can be restored into any account), secrets reduced
 * to whether they were set, and no derived data (the search index is rebuilt
 * on restore). Deterministic, so export → restore → export gives the same
 * bytes on either engine: tables in registry order, rows by primary key
 * (code-unit order), keys sorted, one row per line, integers as numbers.
 *
 * @example
 * const text = await exportBackup(ctx)
 * JSON.parse(text).tables.people.length // how many people
 */
export async function exportBackup(ctx: Ctx): Promise<string> {
  return (await collect(streamBackup(ctx))).join('')
}

/** Rows per table, filled in by `streamBackup` as it reads. */
export type BackupRowCounts = Record<string, number>

/**
 * The text of `exportBackup` a piece at a time: every table read first, in
 * one snapshot (so no row arrives without the rows it points to), then
 * written out a slice of rows at a time with a pause for other requests
 * between slices. `counts` gets the number of rows of each table.
 *
 * @example for await (const text of streamBackup(ctx)) out.write(text)
 */
export async function* streamBackup(
  ctx: Ctx,
  counts: BackupRowCounts = {},
): AsyncGenerator<string> {
  const { tables, migrations, rows } = await readSnapshot(ctx.db, ctx.engine, async (db) => {
    const tables = await backupTables(db)
    const migrations = await appliedMigrations(db)
    const rows: Array<Array<Record<string, unknown>>> = []
    for (const table of tables) {
      rows.push(await readRows({ ...ctx, db }, table))
      await letOthersRun()
    }
    return { tables, migrations, rows }
  })
  yield [
    '{',
    `  "format": ${JSON.stringify(backupFormat)},`,
    `  "version": ${backupVersion},`,
    `  "migrations": ${JSON.stringify(migrations)},`,
    '  "tables": {\n',
  ].join('\n')
  for (const [index, table] of tables.entries()) {
    const name = `${index === 0 ? '' : ',\n'}    ${JSON.stringify(table.table.name)}: [`
    const lines = await rowLines(table, rows[index] ?? [])
    rows[index] = []
    counts[table.table.name] = lines.length
    if (lines.length === 0) {
      yield `${name}]`
      continue
    }
    for (let start = 0; start < lines.length; start += slice) {
      if (start > 0) await letOthersRun()
      const text = lines.slice(start, start + slice).map((line) => `      ${line}`)
      yield `${start === 0 ? `${name}\n` : ',\n'}${text.join(',\n')}`
    }
    yield '\n    ]'
  }
  yield '\n  }\n}\n'
}

/** Rows written between two pauses for other requests. */
const slice = 2000

/** The schema migrations this database has, in order: what its backups were written against. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration`.execute(db)
  return result.rows.map((r) => r.name).sort(compareText)
}

/** The owner's rows of one table, as stored. */
async function readRows(ctx: Ctx, table: BackupTable): Promise<Array<Record<string, unknown>>> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table.table.name)}
    where owner_id = ${ctx.ownerId}`.execute(ctx.db)
  return result.rows
}

/** Rows as lines of JSON with sorted keys, by primary key (code-unit order). */
async function rowLines(
  table: BackupTable,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<string[]> {
  // The order of the keys, and each key's JSON, once per table rather than once per row.
  const fields = [
    ...table.columns.map((column) => ({ key: column.name, column, secret: false })),
    ...table.secrets.map((column) => ({ key: `${column.name}_set`, column, secret: true })),
  ]
    .sort((a, b) => compareText(a.key, b.key))
    .map((field) => ({ ...field, prefix: `${JSON.stringify(field.key)}:` }))
  const name = table.table.name
  const keyed: Array<{ key: string[]; line: string }> = []
  for (const [index, raw] of rows.entries()) {
    if (index % slice === slice - 1) await letOthersRun()
    const parts = fields.map(({ column, secret, prefix }) => {
      const value = raw[column.name]
      return `${prefix}${JSON.stringify(
        secret
          ? value !== null && value !== undefined && value !== ''
          : normalize(value, column, name),
      )}`
    })
    keyed.push({
      key: table.table.key.map((k) => String(raw[k] ?? '')),
      line: `{${parts.join(',')}}`,
    })
  }
  keyed.sort((a, b) => compareKeys(a.key, b.key))
  return keyed.map((k) => k.line)
}

function compareKeys(a: string[], b: string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = compareText(a[i] ?? '', b[i] ?? '')
    if (order !== 0) return order
  }
  return 0
}

/**
 * One value as stored, in the one representation both engines share: text
 * as text, integers as JSON numbers (PostgreSQL's bigint arrives as text),
 * null as null.
 */
function normalize(value: unknown, column: BackupColumn, table: string): BackupValue {
  if (value === null || value === undefined) return null
  if (column.kind === 'integer') {
    const number = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value
    if (typeof number === 'number' && Number.isSafeInteger(number)) return number === 0 ? 0 : number
    throw new Error(`${table}.${column.name} holds ${String(value)}, not a whole number`)
  }
  if (typeof value === 'string') return value
  throw new Error(`${table}.${column.name} holds a ${typeof value}, not text`)
}
