import { type Kysely, sql } from 'kysely'
import type { Database } from './tables.ts'

/**
 * Parameters per statement. SQLite allows 32,766 and PostgreSQL 65,535;
 * staying well below keeps statements small enough to prepare quickly.
 */
const maxParameters = 16_000

/**
 * Inserts `items` with multi-row statements sized to stay inside both
 * engines' parameter limits. When a statement fails, its batch is rolled back
 * to a savepoint and replayed item by item to find the one at fault, and
 * `failure(item, error)` is thrown for it (the caller's transaction then
 * rolls back everything).
 *
 * @example await insertInBatches(ctx, people, 18, (tx, batch) => insertPeople(tx, batch), (p, e) => rowFailure(sourceOf(p), e))
 */
export async function insertInBatches<C extends { db: Kysely<Database> }, T>(
  ctx: C,
  items: readonly T[],
  columns: number,
  insert: (ctx: C, batch: T[]) => Promise<unknown>,
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
