import { z } from 'zod'
import { migrations } from '../../db/migrations/index.ts'
import type { OwnedTableName } from '../../db/owned-tables.ts'
import { type FieldIssue, ValidationError } from '../errors.ts'
import { BackupCleaner } from './clean.ts'
import type { BackupColumn, BackupTable } from './columns.ts'
import { type BackupRow, type BackupValue, backupFormat, backupVersion } from './export-json.ts'

/** A checked backup: rows per registered table (missing tables are empty). */
export type BackupRows = Map<OwnedTableName, BackupRow[]>

/** A checked backup's rows, cleaned, and what cleaning changed in them. */
export interface ParsedBackup {
  rows: BackupRows
  cleaner: BackupCleaner
}

const BackupFile = z.object({
  format: z.literal(
    backupFormat,
    'this is not a coffeechat backup (no "format": "coffeechat-backup")',
  ),
  version: z.number().int(),
  migrations: z.array(z.string()),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
})

const maxIssues = 20
// PostgreSQL's integer; a larger number would load on SQLite and fail on PostgreSQL.
const int4 = { min: -2_147_483_648, max: 2_147_483_647 }

/**
 * Checks a backup before anything is written: that it is one, that this
 * coffeechat knows its version and schema, that every table is known, and
 * every row has the shape its table needs (zod), unique keys and references
 * to rows that are in the file. Throws a ValidationError whose issues name
 * the table, the row (1-based, with its id) and the field. Text coffeechat
 * does not store (NUL, broken characters, links that are not) is cleaned on
 * the way, and `cleaner` says what changed: the caller decides whether to
 * accept that (clean.ts).
 *
 * @example const { rows, cleaner } = parseBackup(text, await backupTables(db))
 */
export function parseBackup(text: string, tables: BackupTable[]): ParsedBackup {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw fail([{ path: 'file', message: `this is not a coffeechat backup: not JSON (${reason})` }])
  }
  const file = BackupFile.safeParse(json)
  if (!file.success) {
    const first = file.error.issues[0]
    const message =
      first?.path[0] === 'format' || !first
        ? first?.message
        : `${first.path.join('.')}: ${first.message}`
    throw fail([{ path: 'file', message: message ?? 'this is not a coffeechat backup' }])
  }
  const { version, tables: given } = file.data
  if (version > backupVersion) {
    throw fail([
      {
        path: 'version',
        message: `this backup has format version ${version}, written by a newer coffeechat; upgrade coffeechat to restore it`,
      },
    ])
  }
  const known = new Set(migrations.map(([name]) => name))
  const newer = file.data.migrations.find((name) => !known.has(name))
  if (newer) {
    throw fail([
      {
        path: 'migrations',
        message: `this backup was written by a newer coffeechat (schema ${newer}); upgrade coffeechat to restore it`,
      },
    ])
  }
  const issues: FieldIssue[] = []
  for (const name of Object.keys(given)) {
    if (!tables.some((t) => t.table.name === name)) {
      issues.push({
        path: `tables.${name}`,
        message: `${name} is not a table this coffeechat knows`,
      })
    }
  }
  const rows: BackupRows = new Map()
  const cleaner = new BackupCleaner()
  for (const table of tables) {
    const schema = rowSchema(table)
    const checked: BackupRow[] = []
    ;(given[table.table.name] ?? []).forEach((raw, index) => {
      cleaner.cleanRow(table.table.name, index, raw)
      const result = schema.safeParse(raw)
      if (result.success) checked.push(result.data)
      else {
        for (const issue of result.error.issues) {
          const field =
            issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : issue.path.join('.')
          const message =
            issue.code === 'unrecognized_keys' ? 'not a column of this table' : issue.message
          issues.push(rowIssue(table.table.name, index, raw, field, message))
        }
      }
    })
    rows.set(table.table.name, checked)
    if (issues.length >= maxIssues) break
  }
  if (issues.length === 0) issues.push(...checkKeysAndReferences(tables, rows))
  if (issues.length > 0) throw fail(issues.slice(0, maxIssues))
  return { rows, cleaner }
}

function fail(issues: FieldIssue[]): ValidationError {
  const [first] = issues
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : ''
  const where = first && first.path !== 'file' ? `${first.path}: ` : ''
  return new ValidationError(issues, `${where}${first?.message ?? 'not a backup'}${more}`)
}

function rowIssue(
  table: string,
  index: number,
  raw: unknown,
  field: string,
  message: string,
): FieldIssue {
  const id =
    raw && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string'
      ? ` (id ${raw.id})`
      : ''
  return {
    path: `tables.${table}.${index}${field ? `.${field}` : ''}`,
    message: `${table}, row ${index + 1}${id}${field ? `, ${field}` : ''}: ${message}`,
  }
}

/** The zod shape of one table's rows, built from its columns. */
function rowSchema(table: BackupTable) {
  const shape: Record<string, z.ZodType<BackupValue | undefined>> = {}
  for (const column of table.columns) shape[column.name] = columnSchema(column)
  for (const secret of table.secrets) shape[`${secret.name}_set`] = z.boolean().optional()
  return z.object(shape).strict()
}

function columnSchema(column: BackupColumn): z.ZodType<BackupValue | undefined> {
  const base: z.ZodType<string | number> =
    column.kind === 'integer'
      ? z
          .number('expected a whole number')
          .int('expected a whole number')
          .min(int4.min)
          .max(int4.max)
      : z.string('expected text')
  if (column.nullable)
    return column.hasDefault ? base.nullable().optional() : base.nullable().default(null)
  return column.hasDefault ? base.optional() : base
}

function checkKeysAndReferences(tables: BackupTable[], rows: BackupRows): FieldIssue[] {
  const issues: FieldIssue[] = []
  const ids = new Map<string, Set<string>>()
  for (const { table } of tables) {
    const seen = new Map<string, number>()
    const list = rows.get(table.name) ?? []
    list.forEach((row, index) => {
      const key = JSON.stringify(table.key.map((k) => row[k]))
      const before = seen.get(key)
      if (before !== undefined) {
        issues.push(
          rowIssue(
            table.name,
            index,
            row,
            table.key.join(', '),
            `the same key as row ${before + 1}`,
          ),
        )
      } else seen.set(key, index)
    })
    if (table.key.length === 1 && table.key[0] === 'id') {
      ids.set(table.name, new Set(list.map((r) => String(r.id))))
    }
  }
  for (const { table } of tables) {
    for (const [column, target] of Object.entries(table.references ?? {})) {
      const targetIds = ids.get(target)
      ;(rows.get(table.name) ?? []).forEach((row, index) => {
        const value = row[column]
        if (value === null || value === undefined) return
        if (!targetIds?.has(String(value))) {
          issues.push(
            rowIssue(
              table.name,
              index,
              row,
              column,
              `points at ${target} ${String(value)}, which is not in the backup`,
            ),
          )
        }
      })
    }
  }
  return issues.slice(0, maxIssues)
}
