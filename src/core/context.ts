import type { Kysely } from 'kysely'
import type { Engine } from '../db/engine.ts'
import type { Database } from '../db/tables.ts'
import { ownTransaction, snapshot, transaction } from '../db/transaction.ts'

export { inOpenTransaction } from '../db/transaction.ts'

/** The query handle: the database, or a transaction on it. */
export type Db = Kysely<Database>

/**
 * What every core function receives: where the data is, what time it is, and
 * whose data it acts on. Every repository query filters by `ownerId`.
 */
export interface Ctx {
  db: Db
  engine: Engine
  now: () => Date
  ownerId: string
  /** The key for stored secrets (the SMTP password); see core/outreach/secret-key.ts. */
  secretKey?: () => Buffer
  /**
   * The locale the explorer reads dates in (the browser's Accept-Language, the
   * terminal's LANG); core/shared/date-words.ts writes dates in its English.
   */
  locale?: string
}

/**
 * Runs `work` in one transaction; nested calls join the open one, so a
 * service can call another service and still commit once. A transaction
 * that lost a deadlock or a serialization conflict runs again (db/transaction.ts).
 */
export async function inTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  return transaction(ctx, work)
}

/**
 * Runs several reads against one consistent snapshot of the data (an
 * export never holds a child without its parent); inside an open
 * transaction, that transaction. See `readSnapshot` in db/dialect.ts.
 *
 * @example const people = await inSnapshot(ctx, (snapshot) => listPeople(snapshot, {}))
 */
export async function inSnapshot<T>(ctx: Ctx, work: (snapshot: Ctx) => Promise<T>): Promise<T> {
  return snapshot(ctx, work)
}

/**
 * Runs `work` in a transaction of its own, once (no retries): for work that
 * cannot run twice, or that throws to roll itself back (a dry run). Not for
 * a `ctx` already in a transaction (see `inOpenTransaction`).
 *
 * @example await inOwnTransaction(ctx, async (tx) => { await work(tx); throw new DryRunDone() })
 */
export async function inOwnTransaction<T>(ctx: Ctx, work: (tx: Ctx) => Promise<T>): Promise<T> {
  return ownTransaction(ctx, work)
}
