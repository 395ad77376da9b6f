import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New indexes go in a new migration.
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
// partial GIN index of 0008 does on PostgreSQL. There, named records get
// a newest-first index (like 0008's for all documents), so search can look
// through the newest of them before asking the GIN index for all.
//
// GIN answers a prefix ("jonas:*") by gathering every document of every
// lexeme with that prefix: 30-50 ms for "jonas becker" at a million notes,
// where the same words whole take 3 ms. search_lexemes lists every lexeme
// the documents ever held (kept by a statement trigger, never pruned: a
// lexeme no document holds any more only matches nothing), so search can
// turn a prefix into the few whole lexemes it stands for.
//
// FTS5 answers a word-prefix query ("clean"*) by first merging the whole
// list of documents for every word with that prefix, so even "the newest 200
// matches" costs as much as all of them: 10 ms for "data cleaning" at a
// million notes, 300 ms for a first letter typed. A third FTS5 index holds
// only the newest 20,000 documents (with prefix indexes for one to three
// letters, cheap at that size); search asks it first and the whole index
// only when it finds fewer than it needs, so the answer is the same. Its
// floor (every document from that id up is in it) moves up a thousand at a
// time, as documents are added.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  await createIndexes(db, 'meetings', { meetings_owner: ['owner_id'] })
  await createIndexes(db, 'conversation_careers', { conversation_careers_owner: ['owner_id'] })
  await createIndexes(db, 'organization_careers', { organization_careers_owner: ['owner_id'] })
  if (engine === 'postgres') {
    // Named records newest first, for looking through the newest of them first.
    await sql`create index search_documents_named_newest on search_documents (owner_id, id)
      where kind in ('person', 'organization', 'career')`.execute(db)
    await sql`create table search_lexemes (lexeme text primary key)`.execute(db)
    await sql`create index search_lexemes_prefix on search_lexemes (lexeme text_pattern_ops)`.execute(
      db,
    )
    // In lexeme order, so two writers adding the same new lexemes never deadlock.
    await sql`create function search_documents_lexemes() returns trigger language plpgsql as $$
      begin
        insert into search_lexemes (lexeme)
          select distinct unnest(tsvector_to_array(tsv)) from added order by 1
          on conflict do nothing;
        return null;
      end $$`.execute(db)
    await sql`create trigger search_documents_lexemes_ai after insert on search_documents
      referencing new table as added for each statement
      execute function search_documents_lexemes()`.execute(db)
    await sql`create trigger search_documents_lexemes_au after update on search_documents
      referencing new table as added for each statement
      execute function search_documents_lexemes()`.execute(db)
    await sql`insert into search_lexemes (lexeme)
      select distinct unnest(tsvector_to_array(tsv)) from search_documents order by 1
      on conflict do nothing`.execute(db)
    return
  }
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
  await sql`create virtual table search_recent_fts using fts5(
    title_folded, body_folded, content='search_documents', content_rowid='id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')`.execute(db)
  await sql`create table search_recent (floor integer not null)`.execute(db)
  await sql`insert into search_recent (floor)
    select coalesce(max(id), 0) - 20000 from search_documents`.execute(db)
  await sql`insert into search_recent_fts(rowid, title_folded, body_folded)
    select id, title_folded, body_folded from search_documents
    where id >= (select floor from search_recent)`.execute(db)
  await sql`create trigger search_documents_recent_ai after insert on search_documents begin
      insert into search_recent_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        select 'delete', d.id, d.title_folded, d.body_folded from search_documents d
        where new.id % 1000 = 0
          and d.id >= (select floor from search_recent) and d.id < new.id - 20000;
      update search_recent set floor = new.id - 20000
        where new.id % 1000 = 0 and floor < new.id - 20000;
    end`.execute(db)
  await sql`create trigger search_documents_recent_ad after delete on search_documents
    when old.id >= (select floor from search_recent) begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end`.execute(db)
  await sql`create trigger search_documents_recent_au after update on search_documents
    when old.id >= (select floor from search_recent) begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
      insert into search_recent_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end`.execute(db)
}
