import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely'
import type { Engine } from './engine.ts'
import type { Database } from './tables.ts'

// Every difference between SQLite and PostgreSQL lives in this file.

export interface SearchHit {
  /** The index row's id: larger is newer. */
  rowId: number
  kind: string
  recordId: string
  title: string
  body: string
  titleFolded: string
  bodyFolded: string
}

/** How many of the owner's newest documents PostgreSQL looks through first for several words. */
const recentWindow = 3000

/** Kinds that are records with a name (few, and what a name search is usually after). */
export const namedKinds = ['person', 'organization', 'career'] as const

/**
 * Candidates for a full-text search over `search_documents`: documents of
 * the owner that match every already-folded term, each a prefix ("dat sci"
 * finds "data science"). Returns the newest `candidates` matches plus the
 * newest `candidates / 2` matching named records (people, organizations,
 * careers), so the caller ranks a bounded set and a name is found however
 * many notes mention it. FTS5 (walked newest first) on SQLite, with a second
 * FTS5 index over named records only (migration 0014); on PostgreSQL the
 * tsvector with its GIN index, a partial GIN index over named records and
 * the owner's newest-first index (migration 0008).
 */
export async function fullTextSearch(
  db: Kysely<Database>,
  engine: Engine,
  ownerId: string,
  terms: string[],
  candidates: number,
  kinds?: string[],
): Promise<SearchHit[]> {
  if (terms.length === 0) return []
  const kindFilter = kinds && kinds.length > 0 ? sql`and d.kind in (${sql.join(kinds)})` : sql``
  const named = namedKinds.filter((k) => !kinds || kinds.length === 0 || kinds.includes(k))
  // Literal kinds, so PostgreSQL can prove the partial index applies.
  const namedFilter = sql`and d.kind in (${sql.join(named.map((k) => sql.lit(k)))})`
  const columns = sql`d.id as "rowId", d.kind, d.record_id as "recordId", d.title, d.body,
    d.title_folded as "titleFolded", d.body_folded as "bodyFolded"`
  const half = Math.max(1, Math.floor(candidates / 2))
  if (engine === 'postgres') {
    const query = sql`to_tsquery('simple', ${terms.map((t) => `${t}:*`).join(' & ')})`
    const records = sql`select ${columns} from search_documents d
      where d.owner_id = ${ownerId} ${namedFilter} and d.tsv @@ ${query}
      order by d.id desc limit ${half}`
    const everywhere = sql`select ${columns} from search_documents d
      where d.owner_id = ${ownerId} and d.tsv @@ ${query} ${kindFilter}
      order by d.id desc limit ${candidates}`
    // PostgreSQL estimates several words as if they never appeared together, so
    // for words that do ("actuarial tables") it rechecks thousands of matches.
    // Several words look among the owner's newest documents first, and go to
    // the GIN index only when that does not find enough (the words are rare).
    const recent = sql`select ${columns} from (
        select * from search_documents where owner_id = ${ownerId}
        order by id desc limit ${recentWindow}
      ) d
      where d.tsv @@ ${query} ${kindFilter}
      order by d.id desc limit ${candidates}`
    const [first, namedRows] = await Promise.all([
      sql<SearchHit>`${terms.length > 1 ? recent : everywhere}`.execute(db),
      named.length > 0 ? sql<SearchHit>`${records}`.execute(db) : null,
    ])
    const rows =
      terms.length > 1 && first.rows.length < candidates
        ? (await sql<SearchHit>`${everywhere}`.execute(db)).rows
        : first.rows
    const seen = new Set(rows.map((row) => String(row.rowId)))
    return [...rows, ...(namedRows?.rows ?? []).filter((row) => !seen.has(String(row.rowId)))].map(
      (row) => ({ ...row, rowId: Number(row.rowId) }),
    )
  }
  const match = terms.map((t) => `"${t}"*`).join(' ')
  // FTS5 yields matches newest first (rowid desc) without ranking them all.
  const newest = sql`select ${columns} from search_fts f join search_documents d on d.id = f.rowid
    where search_fts match ${match} and d.owner_id = ${ownerId} ${kindFilter}
    order by f.rowid desc limit ${candidates}`
  // Named records from their own FTS5 index (migration 0014), walked newest
  // first: asking the whole index would read every note that has the words.
  const records = sql`select ${columns} from search_named_fts f join search_documents d on d.id = f.rowid
    where search_named_fts match ${match} and d.owner_id = ${ownerId} ${namedFilter}
    order by f.rowid desc limit ${half}`
  const result = await sql<SearchHit>`select * from (${newest})${
    named.length > 0 ? sql` union select * from (${records})` : sql``
  }`.execute(db)
  return result.rows.map((row) => ({ ...row, rowId: Number(row.rowId) }))
}

/** `count(*)` comes back as a string from PostgreSQL and a number from SQLite. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value)
}

/** `column` contains `needle` as a plain substring (no LIKE wildcards to escape). */
export function containsText(engine: Engine, column: string, needle: string): RawBuilder<SqlBool> {
  return engine === 'postgres'
    ? sql<SqlBool>`strpos(${sql.ref(column)}, ${needle}) > 0`
    : sql<SqlBool>`instr(${sql.ref(column)}, ${needle}) > 0`
}

/**
 * Runs several reads against one consistent snapshot of the data, so an
 * export never holds a child without its parent (a plan item written while
 * the conversations were being read). PostgreSQL: a read-only
 * repeatable-read transaction. SQLite: a transaction, which also keeps the
 * one connection to these reads until they are done (another request's
 * write waits instead of falling between them). Inside an open
 * transaction, that transaction.
 *
 * @example const rows = await readSnapshot(ctx.db, ctx.engine, (db) => readEverything(db))
 */
export async function readSnapshot<T>(
  db: Kysely<Database>,
  engine: Engine,
  work: (db: Kysely<Database>) => Promise<T>,
): Promise<T> {
  if (db.isTransaction) return work(db)
  if (engine === 'sqlite') return db.transaction().execute((trx) => work(trx))
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute((trx) => work(trx))
}
