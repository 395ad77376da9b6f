import { type Kysely, type RawBuilder, type SelectQueryBuilder, type SqlBool, sql } from 'kysely'
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

/** How many of the owner's newest documents (or named records) PostgreSQL looks through first. */
const recentWindow = 3000
/** Matches among those that make a word common: walking newest first then soon finds enough. */
const commonInWindow = 20

/** Kinds that are records with a name (few, and what a name search is usually after). */
export const namedKinds = ['person', 'organization', 'career'] as const

/**
 * Candidates for a full-text search over `search_documents`: documents of
 * the owner that match every already-folded term, each a prefix ("dat sci"
 * finds "data science"). Returns the newest `candidates` matches plus the
 * newest `candidates / 2` matching named records (people, organizations,
 * careers), so the caller ranks a bounded set and a name is found however
 * many notes mention it. FTS5 (walked newest first) on SQLite, with an FTS5
 * index of the newest documents and one of named records (migration 0014);
 * on PostgreSQL the
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
    const query = await wholeLexemes(db, terms)
    if (!query) return []
    // Asked once, and only when a window held too few matches.
    let holdsAll: Promise<boolean> | undefined
    const windowHoldsAll = () => {
      holdsAll ??= fewerDocumentsThanWindow(db, ownerId)
      return holdsAll
    }
    const [rows, namedRows] = await Promise.all([
      newestMatches(db, ownerId, query, columns, sql``, kindFilter, candidates, windowHoldsAll),
      named.length > 0
        ? newestMatches(db, ownerId, query, columns, namedFilter, namedFilter, half, windowHoldsAll)
        : [],
    ])
    const seen = new Set(rows.map((row) => String(row.rowId)))
    return numericRowIds([...rows, ...namedRows.filter((row) => !seen.has(String(row.rowId)))])
  }
  const match = terms.map((t) => `"${t}"*`).join(' ')
  // FTS5 yields matches newest first (rowid desc) without ranking them all;
  // but a word prefix costs it every document with such a word, so the small
  // index of the newest documents (migration 0014) is asked first. When it
  // holds enough matches they are the newest of all; when not, the whole index.
  const newest = (index: 'search_recent_fts' | 'search_fts') =>
    sql<SearchHit>`select ${columns} from ${sql.table(index)} f join search_documents d on d.id = f.rowid
      where ${sql.table(index)} match ${match} and d.owner_id = ${ownerId} ${kindFilter}
      order by f.rowid desc limit ${candidates}`.execute(db)
  // Named records from their own FTS5 index (0014) too: asking the whole
  // index would read every note that has the words.
  const records = () =>
    sql<SearchHit>`select ${columns} from search_named_fts f join search_documents d on d.id = f.rowid
      where search_named_fts match ${match} and d.owner_id = ${ownerId} ${namedFilter}
      order by f.rowid desc limit ${half}`.execute(db)
  const recent = await newest('search_recent_fts')
  const rows = recent.rows.length < candidates ? (await newest('search_fts')).rows : recent.rows
  const namedRows = named.length > 0 ? (await records()).rows : []
  const seen = new Set(rows.map((row) => Number(row.rowId)))
  return numericRowIds([...rows, ...namedRows.filter((row) => !seen.has(Number(row.rowId)))])
}

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

/**
 * The hits with `rowId` a number (PostgreSQL gives a bigint as a string),
 * changed in place: copying each of a few hundred rows, with their whole
 * texts, was a tenth of a search on SQLite.
 */
function numericRowIds(rows: SearchHit[]): SearchHit[] {
  for (const row of rows) if (typeof row.rowId !== 'number') row.rowId = Number(row.rowId)
  return rows
}

/** At most this many whole lexemes stand in for one typed prefix; with more, the prefix is asked as it is. */
const lexemesPerPrefix = 32

/**
 * The search terms as a tsquery of whole lexemes (migration 0014's
 * search_lexemes): "jonas becker" becomes 'jonas' & ('becker' | 'beckers'),
 * which GIN answers from two lists instead of gathering every document of
 * every lexeme with those prefixes. A prefix with very many lexemes (a first
 * letter) stays a prefix; null when a term starts no lexeme at all, so
 * nothing can match.
 */
async function wholeLexemes(
  db: Kysely<Database>,
  terms: string[],
): Promise<RawBuilder<unknown> | null> {
  const lookups = terms.map(
    (term, index) => sql`(select ${index} as term, lexeme from search_lexemes
      where lexeme like ${`${term}%`} order by lexeme limit ${lexemesPerPrefix + 1})`,
  )
  const found = await sql<{
    term: number
    lexeme: string
  }>`${sql.join(lookups, sql` union all `)}`.execute(db)
  const parts: string[] = []
  for (const [index, term] of terms.entries()) {
    const lexemes = found.rows.filter((row) => Number(row.term) === index).map((row) => row.lexeme)
    if (lexemes.length === 0) return null
    // Only plain words are spelled out; anything else a tsquery would have to quote stays a prefix.
    const plain =
      lexemes.length <= lexemesPerPrefix && lexemes.every((l) => /^[\p{L}\p{N}]+$/u.test(l))
    parts.push(plain ? `(${lexemes.map((l) => `'${l}'`).join(' | ')})` : `${term}:*`)
  }
  return sql`${parts.join(' & ')}::tsquery`
}

/**
 * The newest `limit` documents of the owner matching `query` on PostgreSQL,
 * among those `within` selects. The planner cannot tell how often a word
 * prefix occurs: it would walk the newest-first index through every
 * document for a rare word (1.5 s for "xylophone" at a million notes), or
 * fetch every match for a common one. So: look through the newest
 * `recentWindow` documents first; enough there is the answer. Otherwise the
 * share found says which way is short: a common word is met soon walking
 * newest first; a rare one has few matches in all, taken from the GIN index
 * (`d.id + 0` orders by something no index holds, so no newest-first walk).
 * When the owner has fewer documents than the window, the window held every
 * match already (`windowHoldsAll`): most explorers, whose rare words then
 * cost one bounded count instead of a second look through everything.
 */
async function newestMatches(
  db: Kysely<Database>,
  ownerId: string,
  query: RawBuilder<unknown>,
  columns: RawBuilder<unknown>,
  within: RawBuilder<unknown>,
  filter: RawBuilder<unknown>,
  limit: number,
  windowHoldsAll: () => Promise<boolean>,
): Promise<SearchHit[]> {
  const recent = await sql<SearchHit>`select ${columns} from (
      select * from search_documents d where d.owner_id = ${ownerId} ${within}
      order by d.id desc limit ${recentWindow}
    ) d
    where d.tsv @@ ${query} ${filter}
    order by d.id desc limit ${limit}`.execute(db)
  if (recent.rows.length >= limit || (await windowHoldsAll())) return recent.rows
  const order = recent.rows.length >= commonInWindow ? sql`d.id desc` : sql`d.id + 0 desc`
  const all = await sql<SearchHit>`select ${columns} from search_documents d
    where d.owner_id = ${ownerId} and d.tsv @@ ${query} ${filter}
    order by ${order} limit ${limit}`.execute(db)
  return all.rows
}

/** Whether the owner has fewer documents than PostgreSQL's window looks through (counting at most that many). */
async function fewerDocumentsThanWindow(db: Kysely<Database>, ownerId: string): Promise<boolean> {
  const counted = await sql<{ n: string | number }>`select count(*) as n from (
      select 1 from search_documents d where d.owner_id = ${ownerId} limit ${recentWindow}
    ) w`.execute(db)
  return toCount(counted.rows[0]?.n) < recentWindow
}

/** `count(*)` comes back as a string from PostgreSQL and a number from SQLite. */
export function toCount(value: string | number | bigint | null | undefined): number {
  return value === null || value === undefined ? 0 : Number(value)
}

/**
 * How many rows `query` finds, as a number on both engines.
 *
 * @example const total = await countRows(filtered(ctx, filter))
 */
export async function countRows<DB, TB extends keyof DB>(
  query: SelectQueryBuilder<DB, TB, Record<never, never>>,
): Promise<number> {
  // Kysely cannot resolve a selection's type over tables named by a type
  // parameter; the row is the one column selected here.
  const row = (await query.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst()) as
    | { n: string | number | bigint }
    | undefined
  return toCount(row?.n)
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
  // pg's DatabaseError, told by its shape: importing pg here would load it
  // for every command on SQLite.
  if (typeof code === 'string' && typeof Reflect.get(error, 'severity') === 'string') {
    return postgresFailures[code] ?? null
  }
  return null
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

/**
 * Takes one of `slots` locks named after `name` for the rest of the
 * transaction `db` is in, or answers false when all are held: on
 * PostgreSQL transaction-scoped advisory locks, so the limit holds across
 * app servers and a lock ends with its transaction however that ends. On
 * SQLite true: one server serves a database file, and it counts in memory.
 */
export async function tryTransactionLock(
  db: Kysely<Database>,
  engine: Engine,
  name: string,
  slots: number,
): Promise<boolean> {
  if (engine !== 'postgres') return true
  for (let slot = 0; slot < slots; slot++) {
    const result = await sql<{ locked: boolean }>`select pg_try_advisory_xact_lock(
      hashtext('coffeechat'), hashtext(${`${name}:${slot}`})) as locked`.execute(db)
    if (result.rows[0]?.locked) return true
  }
  return false
}
