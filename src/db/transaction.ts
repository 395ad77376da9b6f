import type { Kysely } from 'kysely'
import { readSnapshot } from './dialect.ts'
import type { Engine } from './engine.ts'
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

/**
 * Whether `ctx` is inside an open transaction, which a `transaction` call
 * would join.
 *
 * @example if (inOpenTransaction(ctx)) throw new Error('needs its own transaction')
 */
export function inOpenTransaction(ctx: { db: Kysely<Database> }): boolean {
  return ctx.db.isTransaction
}

/**
 * Runs `work` in a transaction of its own, once: no retries, for work that
 * cannot run twice or that throws on purpose to roll back. `ctx` must not
 * be in a transaction already (see `inOpenTransaction`).
 *
 * @example await ownTransaction(ctx, async (tx) => { await tx.db.insertInto('people')… })
 */
export async function ownTransaction<C extends { db: Kysely<Database> }, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }))
}

/**
 * Runs several reads against one consistent snapshot (`readSnapshot` in
 * dialect.ts); inside an open transaction, that transaction.
 *
 * @example await snapshot(ctx, (read) => Promise.all([countPeople(read), listPeople(read)]))
 */
export async function snapshot<C extends { db: Kysely<Database>; engine: Engine }, T>(
  ctx: C,
  work: (read: C) => Promise<T>,
): Promise<T> {
  return readSnapshot(ctx.db, ctx.engine, (trx) => work({ ...ctx, db: trx }))
}
