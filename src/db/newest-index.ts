import { type Kysely, sql } from 'kysely'
import type { Engine } from './engine.ts'
import type { Database } from './tables.ts'

/**
 * How many of the newest documents SQLite's search_recent_fts holds: the
 * window its triggers keep (migrations 0014 and 20261207T2330), written
 * there as a number; they and this must agree.
 */
export const NEWEST_WINDOW = 20_000

/**
 * Stops the triggers that keep SQLite's index of the newest documents, for
 * one bulk write inside a transaction; `rebuildNewestIndex` must end it in
 * the same transaction (a rollback undoes the pause with everything else).
 * Keeping the window row by row costs a large import each row twice, in and
 * out again; rebuilding it costs the window once. Nothing on PostgreSQL.
 *
 * @example await pauseNewestIndex(tx.db, tx.engine)
 */
export async function pauseNewestIndex(db: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return
  await sql`update search_recent set paused = 1`.execute(db)
}

/**
 * Makes SQLite's index of the newest documents hold exactly the newest
 * `NEWEST_WINDOW` documents again, and its triggers run again. After
 * `pauseNewestIndex`, in the same transaction.
 */
export async function rebuildNewestIndex(db: Kysely<Database>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return
  await sql`insert into search_recent_fts(search_recent_fts) values ('delete-all')`.execute(db)
  await sql`update search_recent set paused = 0,
    floor = coalesce((select max(id) from search_documents), 0) - ${NEWEST_WINDOW}`.execute(db)
  await sql`insert into search_recent_fts(rowid, title_folded, body_folded)
    select id, title_folded, body_folded from search_documents
    where id >= (select floor from search_recent)`.execute(db)
}
