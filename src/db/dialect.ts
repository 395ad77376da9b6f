import { type Kysely, type RawBuilder, type SqlBool, sql } from 'kysely'
import type { Engine } from './engine.ts'
import type { Database } from './tables.ts'

// Every difference between SQLite and PostgreSQL lives in this file.

export interface SearchHit {
  kind: string
  recordId: string
  title: string
  body: string
}

/**
 * Full-text match over `search_documents` for already-folded terms, each a
 * prefix ("dat sci" finds "data science"), all required, best first.
 * FTS5 with bm25 on SQLite; a tsvector with GIN and ts_rank on PostgreSQL.
 */
export async function fullTextSearch(
  db: Kysely<Database>,
  engine: Engine,
  ownerId: string,
  terms: string[],
  limit: number,
  kinds?: string[],
): Promise<SearchHit[]> {
  if (terms.length === 0) return []
  const kindFilter = kinds && kinds.length > 0 ? sql`and d.kind in (${sql.join(kinds)})` : sql``
  if (engine === 'postgres') {
    const query = terms.map((t) => `${t}:*`).join(' & ')
    const result = await sql<SearchHit>`
      select d.kind, d.record_id as "recordId", d.title, d.body
      from search_documents d
      where d.owner_id = ${ownerId} and d.tsv @@ to_tsquery('simple', ${query}) ${kindFilter}
      order by ts_rank(d.tsv, to_tsquery('simple', ${query})) desc, d.id desc
      limit ${limit}`.execute(db)
    return result.rows
  }
  const match = terms.map((t) => `"${t}"*`).join(' ')
  const result = await sql<SearchHit>`
    select d.kind, d.record_id as "recordId", d.title, d.body
    from search_fts f join search_documents d on d.id = f.rowid
    where search_fts match ${match} and d.owner_id = ${ownerId} ${kindFilter}
    order by f.rank, d.id desc
    limit ${limit}`.execute(db)
  return result.rows
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
