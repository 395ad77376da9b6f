import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New triggers go in a new migration.
// SQLite keeps an FTS5 index of the newest 20,000 documents (0014): each new
// document goes in, and past the window the oldest leave, tokenized again to
// be taken out. A large import paid that for every row, twice (in, then out
// again a few thousand rows later), with word prefixes: a third of its time at
// 300,000 rows, and more per row the more rows came, since the first 20,000
// leave nothing. `paused` lets one bulk write stop the three triggers and
// rebuild the window once at its end (db/dialect.ts), inside the same
// transaction, so no other connection ever sees the index paused.
// PostgreSQL has no such index.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  if (engine !== 'sqlite') return
  await sql`alter table search_recent add column paused integer not null default 0`.execute(db)
  for (const name of ['ai', 'ad', 'au'])
    await sql`drop trigger ${sql.raw(`search_documents_recent_${name}`)}`.execute(db)
  const running = sql.raw('(select paused from search_recent) = 0')
  await sql`create trigger search_documents_recent_ai after insert on search_documents
    when ${running} begin
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
    when old.id >= (select floor from search_recent) and ${running} begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end`.execute(db)
  await sql`create trigger search_documents_recent_au after update on search_documents
    when old.id >= (select floor from search_recent) and ${running} begin
      insert into search_recent_fts(search_recent_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
      insert into search_recent_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end`.execute(db)
}
