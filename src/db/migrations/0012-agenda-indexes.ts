import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New indexes go in a new migration.
// Today reads only what can be due, so each of its lookups must be an index
// probe by owner: referrals nobody has reached (people by referrer), the
// uncontacted people at an organization (by organization, in name order),
// active conversations (by status), and "was this person written to / met"
// (messages and conversations by person, with the status the check needs).
// Statistics are gathered once here so the planners pick these at once; the
// app keeps them fresh afterwards (SQLite: PRAGMA optimize; PostgreSQL:
// autovacuum).

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createIndex('people_owner_referred_by')
    .on('people')
    .columns(['owner_id', 'referred_by_id'])
    // Most people were referred by nobody: only the referred are worth indexing.
    .where(sql.ref('referred_by_id'), 'is not', null)
    .execute()
  await createIndexes(db, 'people', {
    people_owner_organization: ['owner_id', 'organization_id', 'name_key'],
  })
  await createIndexes(db, 'conversations', {
    conversations_owner_status: ['owner_id', 'status'],
    conversations_owner_person_status: ['owner_id', 'person_id', 'status'],
  })
  await createIndexes(db, 'messages', {
    messages_owner_person_status: ['owner_id', 'person_id', 'status'],
  })
  await sql`analyze`.execute(db)
}
