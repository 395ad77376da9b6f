import type { Kysely } from 'kysely'
import { withRetries } from './retry.ts'
import type { Database } from './tables.ts'

/**
 * Runs `work` in one transaction and, when the engine gave up on it because
 * of other transactions (a deadlock, a serialization failure), runs it again
 * from the start (`withRetries`), so `work` must do nothing outside the
 * database that cannot happen twice. A call inside an open transaction joins
 * it (the outermost one is the one retried).
 *
 * @example await transaction(ctx, async (tx) => { await tx.db.deleteFrom('people')… })
 */
export async function transaction<C extends { db: Kysely<Database> }, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx)
  return withRetries(() => ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx })))
}
