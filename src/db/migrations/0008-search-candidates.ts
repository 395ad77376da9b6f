import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Search ranks a bounded set of candidates instead of every match: the
// owner's newest matches, and the matching named records. On PostgreSQL the
// first walks an owner-aware index newest first; the second reads a partial
// GIN index that holds named records only, so a name is found at once even
// when thousands of notes mention it. SQLite's FTS5 already walks matches
// newest first and needs nothing new.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  if (engine !== 'postgres') return
  await sql`create index search_documents_owner_newest on search_documents (owner_id, id)`.execute(
    db,
  )
  await sql`create index search_documents_named_tsv on search_documents using gin (tsv)
    where kind in ('person', 'organization', 'career')`.execute(db)
}
