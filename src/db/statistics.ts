import { type Kysely, sql } from 'kysely'
import type { Engine } from './engine.ts'
import type { Database } from './tables.ts'

/** From this many rows written at once, the planner's statistics are refreshed. */
export const BULK_WRITE_ROWS = 500

/**
 * Refreshes the planner's statistics of `tables` after a bulk write (an
 * import, a restore). Until then PostgreSQL plans from what it knew before
 * (a table it thinks holds five people is joined whole and sorted for a page
 * of fifty: 3.8 ms instead of 0.9 ms for the people page at 2,000 people)
 * and autovacuum looks again only after a minute or more. On SQLite it asks
 * `PRAGMA optimize`, which re-analyzes what changed enough. Best effort: a
 * failure keeps the old statistics and is not the caller's problem.
 *
 * @example await refreshStatistics(ctx.db, ctx.engine, ['people', 'organizations'])
 */
export async function refreshStatistics(
  db: Kysely<Database>,
  engine: Engine,
  tables: ReadonlyArray<keyof Database & string>,
): Promise<void> {
  if (tables.length === 0 || db.isTransaction) return
  try {
    if (engine === 'postgres')
      await sql`analyze ${sql.join(tables.map((t) => sql.table(t)))}`.execute(db)
    else await sql`pragma optimize`.execute(db)
  } catch {}
}
