import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeReference,
  createIndexes,
  ownerColumn,
  recordColumns,
  requiredText,
  setNullReference,
  timestamps,
} from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, engine: Engine): Promise<void> {
  const serialId = engine === 'postgres' ? 'bigint' : 'integer'

  await db.schema
    .createTable('accounts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('email', 'text', (c) => c.unique())
    .$call(requiredText('display_name', 'created_at'))
    .execute()

  await db.schema
    .createTable('settings')
    .$call(ownerColumn)
    .$call(requiredText('key', 'value', 'updated_at'))
    .addPrimaryKeyConstraint('settings_pk', ['owner_id', 'key'])
    .execute()

  await db.schema
    .createTable('careers')
    .$call(recordColumns)
    .addColumn('parent_id', 'text', (c) => c.references('careers.id').onDelete('restrict'))
    .$call(requiredText('name', 'name_key', 'status', 'hypothesis', 'notes'))
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'careers', {
    careers_owner_name: ['owner_id', 'name_key'],
    careers_parent: ['parent_id'],
  })

  await db.schema
    .createTable('organizations')
    .$call(recordColumns)
    .$call(requiredText('name', 'name_key'))
    .addColumn('website', 'text')
    .$call(requiredText('industry', 'notes'))
    .addColumn('advocacy', 'integer', (c) => c.notNull())
    .addColumn('motivation', 'integer')
    .addColumn('posting', 'integer')
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'organizations', { organizations_owner_name: ['owner_id', 'name_key'] })

  await db.schema
    .createTable('organization_careers')
    .$call(ownerColumn)
    .$call(cascadeReference('organization_id', 'organizations'))
    .$call(cascadeReference('career_id', 'careers'))
    .addPrimaryKeyConstraint('organization_careers_pk', ['organization_id', 'career_id'])
    .execute()
  await createIndexes(db, 'organization_careers', { organization_careers_career: ['career_id'] })

  await db.schema
    .createTable('people')
    .$call(recordColumns)
    .$call(requiredText('name', 'name_key'))
    .addColumn('first_name', 'text')
    .$call(setNullReference('organization_id', 'organizations'))
    .$call(requiredText('title', 'connection', 'connection_note', 'source'))
    .addColumn('linkedin_url', 'text')
    .$call(requiredText('emails', 'phones', 'tags', 'notes'))
    .$call(setNullReference('referred_by_id', 'people'))
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'people', {
    people_owner_name: ['owner_id', 'name_key'],
    people_organization: ['organization_id'],
    people_referred_by: ['referred_by_id'],
    people_owner_linkedin: ['owner_id', 'linkedin_url'],
  })

  await db.schema
    .createTable('person_careers')
    .$call(ownerColumn)
    .$call(cascadeReference('person_id', 'people'))
    .$call(cascadeReference('career_id', 'careers'))
    .addPrimaryKeyConstraint('person_careers_pk', ['person_id', 'career_id'])
    .execute()
  await createIndexes(db, 'person_careers', {
    person_careers_career: ['career_id'],
    person_careers_owner: ['owner_id'],
  })

  await db.schema
    .createTable('conversations')
    .$call(recordColumns)
    .$call(cascadeReference('person_id', 'people'))
    .$call(requiredText('status', 'status_changed_at'))
    .addColumn('scheduled_at', 'text')
    .addColumn('time_zone', 'text')
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('format', 'text')
    .$call(requiredText('place', 'notes'))
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'conversations', {
    conversations_owner_scheduled: ['owner_id', 'scheduled_at'],
    conversations_person: ['person_id'],
  })

  await db.schema
    .createTable('conversation_careers')
    .$call(ownerColumn)
    .$call(cascadeReference('conversation_id', 'conversations'))
    .$call(cascadeReference('career_id', 'careers'))
    .addPrimaryKeyConstraint('conversation_careers_pk', ['conversation_id', 'career_id'])
    .execute()
  await createIndexes(db, 'conversation_careers', { conversation_careers_career: ['career_id'] })

  await db.schema
    .createTable('search_documents')
    .addColumn('id', serialId, (c) =>
      engine === 'postgres'
        ? c.primaryKey().generatedAlwaysAsIdentity()
        : c.primaryKey().autoIncrement(),
    )
    .$call(ownerColumn)
    .$call(requiredText('kind', 'record_id', 'title', 'body', 'title_folded', 'body_folded'))
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
