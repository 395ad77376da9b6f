import { sql } from 'kysely'
import type { Ctx, Db } from '../context.ts'
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
  const tables = await backupTables(ctx.db)
  const migrations = await appliedMigrations(ctx.db)
  const parts: string[] = []
  for (const table of tables) {
    const rows = await readRows(ctx, table)
    parts.push(
      rows.length === 0
        ? `    ${JSON.stringify(table.table.name)}: []`
        : `    ${JSON.stringify(table.table.name)}: [\n${rows.map((r) => `      ${r}`).join(',\n')}\n    ]`,
    )
  }
  return [
    '{',
    `  "format": ${JSON.stringify(backupFormat)},`,
    `  "version": ${backupVersion},`,
    `  "migrations": ${JSON.stringify(migrations)},`,
    '  "tables": {',
    parts.join(',\n'),
    '  }',
    '}',
    '',
  ].join('\n')
}

/** The schema migrations this database has, in order: what its backups were written against. */
export async function appliedMigrations(db: Db): Promise<string[]> {
  const result = await sql<{ name: string }>`select name from kysely_migration`.execute(db)
  return result.rows.map((r) => r.name).sort(compareText)
}

/** The owner's rows of one table, each as one line of JSON with sorted keys. */
async function readRows(ctx: Ctx, table: BackupTable): Promise<string[]> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table.table.name)}
    where owner_id = ${ctx.ownerId}`.execute(ctx.db)
  const keyed = result.rows.map((raw) => {
    const fields: Array<[string, BackupValue]> = table.columns.map((c) => [
      c.name,
      normalize(raw[c.name], c, table.table.name),
    ])
    for (const secret of table.secrets) {
      const value = raw[secret.name]
      fields.push([`${secret.name}_set`, value !== null && value !== undefined && value !== ''])
    }
    fields.sort(([a], [b]) => compareText(a, b))
    const key = table.table.key.map((k) => String(raw[k] ?? ''))
    return {
      key,
      line: `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`,
    }
  })
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
