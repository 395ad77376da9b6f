import { sql } from 'kysely'
import { ownedTables } from '../../db/owned-tables.ts'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'
import { restoreBackup } from './restore.ts'
import type { Cleaning, TableCounts } from './schema.ts'
import { countOwnedRows } from './wipe.ts'

/** What a backup holds and what the account holds now, by table. */
export interface BackupCheck {
  rows: TableCounts
  present: TableCounts
  /** What a restore with cleaning would change (count 0: nothing to clean). */
  cleaning: Cleaning
}

/** Ends the trial's transaction, so nothing of it is kept. */
class TrialDone extends Error {
  readonly rows: TableCounts
  readonly cleaning: Cleaning
  constructor(rows: TableCounts, cleaning: Cleaning) {
    super('trial restore rolled back')
    this.rows = rows
    this.cleaning = cleaning
  }
}

/**
 * Checks a backup without keeping anything: the restore itself runs, over
 * the account's data, in a transaction that is rolled back. So the preview
 * names every problem the real restore would meet (the file's shape, table,
 * row and field, and a row the database refuses, such as an id another
 * account of a hosted instance holds), counts its rows per table, and
 * counts what the account holds now, which a restore would replace. It
 * cleans as a restore with `clean` would, and says what that changes.
 *
 * @example const { rows, present } = await checkBackup(ctx, text) // rows.people === 12
 */
export async function checkBackup(ctx: Ctx, text: string): Promise<BackupCheck> {
  if (ctx.db.isTransaction) throw new Error('a trial restore needs its own transaction')
  const present = Object.fromEntries(await countOwnedRows(ctx))
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const trial = await restoreBackup({ ...ctx, db: trx }, text, { replace: true, clean: true })
      throw new TrialDone(trial.rows, trial.cleaning)
    })
  } catch (error) {
    if (error instanceof TrialDone) return { rows: error.rows, present, cleaning: error.cleaning }
    throw error
  }
  throw new Error('the trial restore neither finished nor failed')
}

/**
 * Rows per table of a backup written by `exportBackup`, for reports.
 *
 * @example backupCounts(await exportBackup(ctx)).people // 12
 */
export function backupCounts(text: string): TableCounts {
  const { tables } = JSON.parse(text) as { tables: Record<string, unknown[]> }
  return Object.fromEntries(Object.entries(tables).map(([table, rows]) => [table, rows.length]))
}

const idBatch = 500

/**
 * When a restore failed because the database refused a row (not because
 * the file is damaged) and the cause is that the backup's records are
 * another account's (a hosted instance is one database, and a backup keeps
 * record ids), the error that says so, naming the first such row;
 * otherwise null. Only called after a failure, so a good restore pays
 * nothing for it.
 *
 * @example const better = await recordsOfAnotherAccount(ctx, text, error); if (better) throw better
 */
export async function recordsOfAnotherAccount(
  ctx: Ctx,
  text: string,
  error: unknown,
): Promise<ValidationError | null> {
  // A refused row is named by table and row only; the file's own problems also name a field.
  const refusedRow = /^tables\.\w+\.\d+$/
  if (!(error instanceof ValidationError) || !error.issues.every((i) => refusedRow.test(i.path)))
    return null
  let tables: unknown
  try {
    tables = JSON.parse(text)?.tables
  } catch {
    return null
  }
  if (!tables || typeof tables !== 'object') return null
  for (const table of ownedTables) {
    const rows: unknown = Reflect.get(tables, table.name)
    if (table.key.length !== 1 || table.key[0] !== 'id' || !Array.isArray(rows)) continue
    const ids = rows.map((row: { id?: unknown }) => row?.id).filter((id) => typeof id === 'string')
    for (let start = 0; start < ids.length; start += idBatch) {
      const batch = ids.slice(start, start + idBatch)
      const taken = await sql<{ id: string }>`select id from ${sql.table(table.name)}
        where id in (${sql.join(batch)}) and owner_id <> ${ctx.ownerId}`.execute(ctx.db)
      const [first] = taken.rows
      if (!first) continue
      const index = rows.findIndex((row: { id?: unknown }) => row?.id === first.id)
      const message = `${table.name}, row ${index + 1} (id ${first.id}): this record belongs to another account here. A backup keeps its records' ids, so it restores into the account it was made from (or into another coffeechat), not next to it. Nothing was restored.`
      return new ValidationError([{ path: `tables.${table.name}.${index}.id`, message }], message)
    }
  }
  return null
}
