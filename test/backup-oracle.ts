import { sql } from 'kysely'
import { type BackupTable, backupTables, compareText } from '../src/core/backup/columns.ts'
import {
  appliedMigrations,
  type BackupValue,
  backupFormat,
  backupVersion,
} from '../src/core/backup/export-json.ts'
import type { Ctx } from '../src/core/context.ts'

// The JSON backup as it was first written: each table read and each row's
// keys sorted one row at a time, the text joined at the end. The streamed
// backup is checked against it byte for byte.

/**
 * The backup text, written whole.
 *
 * @example expect(await exportBackup(ctx)).toBe(await backupWrittenWhole(ctx))
 */
export async function backupWrittenWhole(ctx: Ctx): Promise<string> {
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

async function readRows(ctx: Ctx, table: BackupTable): Promise<string[]> {
  const result = await sql<Record<string, unknown>>`select * from ${sql.table(table.table.name)}
    where owner_id = ${ctx.ownerId}`.execute(ctx.db)
  const keyed = result.rows.map((raw) => {
    const fields: Array<[string, BackupValue]> = table.columns.map((c) => [
      c.name,
      normalize(raw[c.name], c.kind),
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
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const order = compareText(a.key[i] ?? '', b.key[i] ?? '')
      if (order !== 0) return order
    }
    return 0
  })
  return keyed.map((k) => k.line)
}

function normalize(value: unknown, kind: 'text' | 'integer'): BackupValue {
  if (value === null || value === undefined) return null
  if (kind === 'integer') {
    const number = typeof value === 'bigint' || typeof value === 'string' ? Number(value) : value
    if (typeof number === 'number' && Number.isSafeInteger(number)) return number === 0 ? 0 : number
    throw new Error(`${String(value)} is not a whole number`)
  }
  if (typeof value === 'string') return value
  throw new Error(`a ${typeof value} is not text`)
}
