import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  const serialId = engine === 'postgres' ? 'bigint' : 'integer'

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('settings')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['owner_id', 'key'])
    .execute()

  await db.schema
    .createTable('careers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('parent_id', 'text', (c) => c.references('careers.id').onDelete('restrict'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('hypothesis', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('careers_owner_name')
    .on('careers')
    .columns(['owner_id', 'name_key'])
    .execute()
  await db.schema.createIndex('careers_parent').on('careers').column('parent_id').execute()

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('website', 'text')
    .addColumn('industry', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('advocacy', 'integer', (c) => c.notNull())
    .addColumn('motivation', 'integer')
    .addColumn('posting', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('organizations_owner_name')
    .on('organizations')
    .columns(['owner_id', 'name_key'])
    .execute()

  await db.schema
    .createTable('organization_careers')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('organization_id', 'text', (c) =>
      c.notNull().references('organizations.id').onDelete('cascade'),
    )
    .addColumn('career_id', 'text', (c) => c.notNull().references('careers.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('organization_careers_pk', ['organization_id', 'career_id'])
    .execute()
  await db.schema
    .createIndex('organization_careers_career')
    .on('organization_careers')
    .column('career_id')
    .execute()

  await db.schema
    .createTable('people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'text', (c) => c.notNull())
    .addColumn('first_name', 'text')
    .addColumn('organization_id', 'text', (c) =>
      c.references('organizations.id').onDelete('set null'),
    )
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('connection', 'text', (c) => c.notNull())
    .addColumn('connection_note', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('linkedin_url', 'text')
    .addColumn('emails', 'text', (c) => c.notNull())
    .addColumn('phones', 'text', (c) => c.notNull())
    .addColumn('tags', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('referred_by_id', 'text', (c) => c.references('people.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('people_owner_name')
    .on('people')
    .columns(['owner_id', 'name_key'])
    .execute()
  await db.schema
    .createIndex('people_organization')
    .on('people')
    .column('organization_id')
    .execute()
  await db.schema.createIndex('people_referred_by').on('people').column('referred_by_id').execute()
  await db.schema
    .createIndex('people_owner_linkedin')
    .on('people')
    .columns(['owner_id', 'linkedin_url'])
    .execute()

  await db.schema
    .createTable('person_careers')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('career_id', 'text', (c) => c.notNull().references('careers.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('person_careers_pk', ['person_id', 'career_id'])
    .execute()
  await db.schema
    .createIndex('person_careers_career')
    .on('person_careers')
    .column('career_id')
    .execute()
  await db.schema
    .createIndex('person_careers_owner')
    .on('person_careers')
    .column('owner_id')
    .execute()

  await db.schema
    .createTable('conversations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('status_changed_at', 'text', (c) => c.notNull())
    .addColumn('scheduled_at', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('format', 'text')
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('notes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('conversations_owner_scheduled')
    .on('conversations')
    .columns(['owner_id', 'scheduled_at'])
    .execute()
  await db.schema
    .createIndex('conversations_person')
    .on('conversations')
    .column('person_id')
    .execute()

  await db.schema
    .createTable('conversation_careers')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('career_id', 'text', (c) => c.notNull().references('careers.id').onDelete('cascade'))
    .addPrimaryKeyConstraint('conversation_careers_pk', ['conversation_id', 'career_id'])
    .execute()
  await db.schema
    .createIndex('conversation_careers_career')
    .on('conversation_careers')
    .column('career_id')
    .execute()

  await db.schema
    .createTable('search_documents')
    .addColumn('id', serialId, (c) =>
      engine === 'postgres'
        ? c.primaryKey().generatedAlwaysAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('record_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('title_folded', 'text', (c) => c.notNull())
    .addColumn('body_folded', 'text', (c) => c.notNull())
    .addUniqueConstraint('search_documents_record', ['owner_id', 'kind', 'record_id'])
    .execute()

  if (engine === 'postgres') {
    await sql`alter table search_documents add column tsv tsvector
      generated always as (to_tsvector('simple', title_folded || ' ' || body_folded)) stored`.execute(
      db,
    )
    await sql`create index search_documents_tsv on search_documents using gin (tsv)`.execute(db)
  } else {
    // External-content FTS5 index kept in step with search_documents by triggers.
    await sql`create virtual table search_fts using fts5(
      title_folded, body_folded, content='search_documents', content_rowid='id',
      tokenize = 'unicode61 remove_diacritics 2')`.execute(db)
    await sql`create trigger search_documents_ai after insert on search_documents begin
      insert into search_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end`.execute(db)
    await sql`create trigger search_documents_ad after delete on search_documents begin
      insert into search_fts(search_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
    end`.execute(db)
    await sql`create trigger search_documents_au after update on search_documents begin
      insert into search_fts(search_fts, rowid, title_folded, body_folded)
        values ('delete', old.id, old.title_folded, old.body_folded);
      insert into search_fts(rowid, title_folded, body_folded)
        values (new.id, new.title_folded, new.body_folded);
    end`.execute(db)
  }
}
