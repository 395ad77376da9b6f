import { sql } from 'kysely'
import { insertInBatches } from '../../db/batches.ts'
import { BULK_WRITE_ROWS, refreshStatistics } from '../../db/statistics.ts'
import type { Database } from '../../db/tables.ts'
import { type Ctx, inTransaction } from '../context.ts'
import { ConflictError, ValidationError } from '../errors.ts'
import { rebuildSearchIndex } from '../search/rebuild.ts'
import { type BackupTable, backupTables } from './columns.ts'
import { type BackupRow, exportBackup } from './export-json.ts'
import type { Cleaning } from './schema.ts'
import { parseBackup } from './validate.ts'
import { countOwnedRows, deleteOwnedData } from './wipe.ts'

export interface RestoreOptions {
  /** Replace the explorer's data when there is some (otherwise that is refused). */
  replace?: boolean
  /**
   * Receives a backup of the data about to be replaced, before anything is
   * deleted, and returns where it was kept (shown to the explorer).
   */
  keepCurrent?: (backup: string) => Promise<string>
  /**
   * Restore a file that holds what coffeechat does not store (NUL, broken
   * characters, links that are not), cleaning it; otherwise such a file is
   * refused with an UncleanBackupError naming each value.
   */
  clean?: boolean
}

export interface RestoreResult {
  /** Rows loaded per table. */
  rows: Record<string, number>
  /** Where the replaced data was kept, when there was some. */
  previousBackup: string | null
  /** What cleaning changed (nothing unless `clean`). */
  cleaning: Cleaning
}

/**
 * Loads a JSON backup (from `exportBackup`) into the explorer's account, in
 * one transaction: the file is checked whole first (errors name the table,
 * row and field), an account that already has data is refused unless
 * `replace` (then `keepCurrent` gets a backup of it before it is deleted),
 * rows are inserted parents first with references inside a table set
 * afterwards (so any order, even a cycle, loads), and the search index is
 * rebuilt. Secrets are not in backups: they stay empty. A file holding what
 * coffeechat does not store is refused unless `clean` (clean.ts).
 *
 * @example await restoreBackup(ctx, await readFile('backup.json', 'utf8'))
 */
export async function restoreBackup(
  ctx: Ctx,
  text: string,
  options: RestoreOptions = {},
): Promise<RestoreResult> {
  const tables = await backupTables(ctx.db)
  const { rows, cleaner } = parseBackup(text, tables)
  const refusal = options.clean ? null : cleaner.refusal()
  if (refusal) throw refusal
  const result = await inTransaction(ctx, async (tx) => {
    const present = [...(await countOwnedRows(tx))].filter(([, n]) => n > 0)
    let previousBackup: string | null = null
    if (present.length > 0) {
      if (!options.replace) {
        const what = present.map(([table, n]) => `${n} ${table.replace(/_/g, ' ')}`).join(', ')
        throw new ConflictError(
          `there is data here already (${what}); restore into an empty data directory, or replace it (a backup of it is written first)`,
        )
      }
      previousBackup = options.keepCurrent
        ? await options.keepCurrent(await exportBackup(tx))
        : null
      await deleteOwnedData(tx)
    }
    const counts: Record<string, number> = {}
    for (const table of tables) {
      const list = rows.get(table.table.name) ?? []
      await insertRows(tx, table, list)
      counts[table.table.name] = list.length
    }
    for (const table of tables) await setDeferred(tx, table, rows.get(table.table.name) ?? [])
    await rebuildSearchIndex(tx)
    return { rows: counts, previousBackup, cleaning: cleaner.cleaning() }
  })
  const bulk = tables
    .map((t) => t.table.name)
    .filter((name) => (result.rows[name] ?? 0) >= BULK_WRITE_ROWS)
  // The planner learns what the restore brought (as after a large import).
  await refreshStatistics(ctx.db, ctx.engine, bulk as Array<keyof Database & string>)
  return result
}

async function insertRows(ctx: Ctx, table: BackupTable, rows: BackupRow[]): Promise<void> {
  if (rows.length === 0) return
  const deferred = new Set(table.table.deferred ?? [])
  // Columns a (older) backup left out take the database's default.
  const columns = table.columns
    .map((c) => c.name)
    .filter((name) => rows.some((row) => row[name] !== undefined))
  const secrets = table.secrets.filter((c) => !c.hasDefault).map((c) => c.name)
  const names = ['owner_id', ...columns, ...secrets]
  const index = new Map(rows.map((row, i) => [row, i]))
  await insertInBatches(
    ctx,
    rows,
    names.length,
    (tx, batch) =>
      sql`insert into ${sql.table(table.table.name)} (${sql.join(names.map((n) => sql.ref(n)))})
        values ${sql.join(
          batch.map(
            (row) =>
              sql`(${sql.join([
                tx.ownerId,
                ...columns.map((name) => (deferred.has(name) ? null : (row[name] ?? null))),
                ...secrets.map((name) =>
                  table.secrets.find((c) => c.name === name)?.nullable ? null : '',
                ),
              ])})`,
          ),
        )}`.execute(tx.db),
    (row, error) => rowError(table, index.get(row) ?? 0, row, error),
  )
}

/** References inside a table, set once every row of it exists. */
async function setDeferred(ctx: Ctx, table: BackupTable, rows: BackupRow[]): Promise<void> {
  for (const column of table.table.deferred ?? []) {
    for (const [i, row] of rows.entries()) {
      const value = row[column]
      if (value === null || value === undefined) continue
      try {
        await sql`update ${sql.table(table.table.name)} set ${sql.ref(column)} = ${value}
          where owner_id = ${ctx.ownerId} and id = ${row.id ?? null}`.execute(ctx.db)
      } catch (error) {
        throw rowError(table, i, row, error)
      }
    }
  }
}

function rowError(table: BackupTable, index: number, row: BackupRow, error: unknown): Error {
  const name = table.table.name
  const id = typeof row.id === 'string' ? ` (id ${row.id})` : ''
  const reason = error instanceof Error ? error.message : String(error)
  const message = `${name}, row ${index + 1}${id} could not be restored: ${reason}. Nothing was restored.`
  return new ValidationError([{ path: `tables.${name}.${index}`, message }], message)
}
