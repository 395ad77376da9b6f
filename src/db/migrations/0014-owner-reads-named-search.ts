import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes.
// Exports and backups read each table once for the whole account
// (`where owner_id = ?`) instead of once per conversation. Three tables had
// no index starting with owner_id, so that read scanned every account's
// rows: in a hosted instance an export's cost grew with the instance, not
// with the explorer.
//
// Search ranks the newest matches plus the newest matching named records
// (people, organizations, careers). On SQLite the second asked FTS5 for
// every match of the words and kept the named ones: at a million notes,
// most of a search's time. A second FTS5 index over named records only
// (kept by triggers, like search_fts) answers it from those alone, as the
// partial GIN index of 0008 does on PostgreSQL.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  await db.schema.createIndex('meetings_owner').on('meetings').column('owner_id').execute()
  await db.schema
    .createIndex('conversation_careers_owner')
    .on('conversation_careers')
    .column('owner_id')
    .execute()
  await db.schema
    .createIndex('organization_careers_owner')
    .on('organization_careers')
    .column('owner_id')
    .execute()
  if (engine !== 'sqlite') return
  const named = sql.raw(`('person', 'organization', 'career')`)
  await sql`create virtual table search_named_fts using fts5(
    title_folded, body_folded, content='search_documents', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
  await sql`create trigger search_documents_named_ai after insert on search_documents
    when new.kind in ${named} begin
      insert into search_named_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end`.execute(db)
  await sql`create trigger search_documents_named_ad after delete on search_documents
    when old.kind in ${named} begin
      insert into search_named_fts(search_named_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end`.execute(db)
  // One trigger, so the old text always leaves before the new arrives.
  await sql`create trigger search_documents_named_au after update on search_documents
    when old.kind in ${named} or new.kind in ${named} begin
      insert into search_named_fts(search_named_fts, rowid, title_folded, body_folded)
        select 'delete', old.id, old.title_folded, old.body_folded where old.kind in ${named};
      insert into search_named_fts(rowid, title_folded, body_folded)
        select new.id, new.title_folded, new.body_folded where new.kind in ${named};
    end`.execute(db)
  await sql`insert into search_named_fts(rowid, title_folded, body_folded)
    select id, title_folded, body_folded from search_documents where kind in ${named}`.execute(db)
}
