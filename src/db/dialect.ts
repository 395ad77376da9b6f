import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely'
import pg from 'pg'
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
 * many notes mention it. FTS5 (walked newest first) on SQLite; on
 * PostgreSQL the tsvector with its GIN index, a partial GIN index over named
 * records and the owner's newest-first index (migration 0008).
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
  const records = sql`select ${columns} from search_documents d
    where d.owner_id = ${ownerId} ${namedFilter}
      and d.id in (select rowid from search_fts where search_fts match ${match})
    order by d.id desc limit ${half}`
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
 * What a driver's error means, whichever engine raised it: `retry` — the
 * engine gave up on a statement because of other transactions (a
 * serialization failure, a deadlock, a busy database), and running it again
 * may succeed; `vanished-reference` — a row it refers to is not there (a
 * foreign key), usually deleted at the same moment; `duplicate` — a row with
 * the same unique key exists; `unstorable-text` — the engine cannot store a
 * character of the text. Null for anything else. The only place that reads
 * driver error codes.
 *
 * @example if (databaseFailureOf(error) === 'retry') await runItAgain()
 */
export type DatabaseFailure = 'retry' | 'vanished-reference' | 'duplicate' | 'unstorable-text'

// PostgreSQL's SQLSTATE codes.
const postgresFailures: Record<string, DatabaseFailure> = {
  '40001': 'retry', // serialization_failure
  '40P01': 'retry', // deadlock_detected
  '55P03': 'retry', // lock_not_available
  '23503': 'vanished-reference', // foreign_key_violation
  '23505': 'duplicate', // unique_violation
  '22021': 'unstorable-text', // character_not_in_repertoire (a NUL, invalid UTF-8)
  '22P05': 'unstorable-text', // untranslatable_character
}

// SQLite's (extended) result codes, as node:sqlite reports them in `errcode`.
const sqliteFailures: Record<number, DatabaseFailure> = {
  5: 'retry', // SQLITE_BUSY
  6: 'retry', // SQLITE_LOCKED
  261: 'retry', // SQLITE_BUSY_RECOVERY
  517: 'retry', // SQLITE_BUSY_SNAPSHOT
  787: 'vanished-reference', // SQLITE_CONSTRAINT_FOREIGNKEY
  1555: 'duplicate', // SQLITE_CONSTRAINT_PRIMARYKEY
  2067: 'duplicate', // SQLITE_CONSTRAINT_UNIQUE
}

export function databaseFailureOf(error: unknown): DatabaseFailure | null {
  if (!error || typeof error !== 'object') return null
  const code: unknown = Reflect.get(error, 'code')
  if (code === 'ERR_SQLITE_ERROR') {
    const errcode: unknown = Reflect.get(error, 'errcode')
    return typeof errcode === 'number' ? (sqliteFailures[errcode] ?? null) : null
  }
  if (error instanceof pg.DatabaseError && typeof code === 'string') {
    return postgresFailures[code] ?? null
  }
  return null
}
