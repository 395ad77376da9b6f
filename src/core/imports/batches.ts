import { sql } from 'kysely'
import type { Ctx } from '../context.ts'
import { ValidationError } from '../errors.ts'

/**
 * Parameters per statement. SQLite allows 32,766 and PostgreSQL 65,535;
 * staying well below keeps statements small enough to prepare quickly.
 */
const maxParameters = 16_000

/** Where a value to write came from: the row of the file, and a name to show. */
export interface RowSource {
  row: number
  name: string
}

/**
 * The failure of one row's write, as the report shows it: which row, what
 * the database said, and that nothing was written.
 *
 * @example throw rowFailure({ row: 12, name: 'Grace Hopper' }, error)
 */
export function rowFailure(source: RowSource, error: unknown): ValidationError {
  const reason = error instanceof Error ? error.message : String(error)
  const message = `Row ${source.row} (${source.name}) could not be saved: ${reason}. Nothing was imported; fix that row and import the file again.`
  return new ValidationError([{ path: `rows.${source.row}`, message }], message)
}

/**
 * Inserts `items` with multi-row statements sized to stay inside both
 * engines' parameter limits. When a statement fails, its batch is rolled back
 * to a savepoint and replayed item by item to find the one at fault, and
 * `failure(item, error)` is thrown for it (the caller's transaction then
 * rolls back everything).
 *
 * @example await insertInBatches(ctx, people, 18, (tx, batch) => insertPeople(tx, batch), (p, e) => rowFailure(sourceOf(p), e))
 */
export async function insertInBatches<T>(
  ctx: Ctx,
  items: readonly T[],
  columns: number,
  insert: (ctx: Ctx, batch: T[]) => Promise<unknown>,
  failure: (item: T, error: unknown) => Error,
): Promise<void> {
  const size = Math.max(1, Math.floor(maxParameters / columns))
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size)
    await sql`savepoint insert_batch`.execute(ctx.db)
    try {
      await insert(ctx, batch)
      await sql`release savepoint insert_batch`.execute(ctx.db)
    } catch (error) {
      await sql`rollback to savepoint insert_batch`.execute(ctx.db)
      for (const item of batch) {
        try {
          await insert(ctx, [item])
        } catch (itemError) {
          throw failure(item, itemError)
        }
      }
      throw error
    }
  }
}
