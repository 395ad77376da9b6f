import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { cascadeKey, createIndexes, ownerColumn, requiredText } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// The calendar: the secret of each explorer's subscribable feed (only its
// SHA-256, so a copy of the database opens no feed), and per conversation the
// SEQUENCE last published with a fingerprint of the event's content, so that
// SEQUENCE goes up exactly when what subscribers see changes.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .$call(cascadeKey('owner_id', 'accounts'))
    // base64url SHA-256 of the token; the feed URL is looked up by it.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // The first characters of the token, to recognise a URL without storing it.
    .$call(requiredText('token_prefix'))
    .$call(requiredText('created_at'))
    .execute()

  await db.schema
    .createTable('calendar_events')
    .$call(cascadeKey('conversation_id', 'conversations'))
    .$call(ownerColumn)
    .addColumn('sequence', 'integer', (c) => c.notNull())
    // SHA-256 of the event as written (times, texts, status, alarms), without SEQUENCE/DTSTAMP.
    .$call(requiredText('fingerprint'))
    // When the content last changed: DTSTAMP and LAST-MODIFIED.
    .$call(requiredText('changed_at'))
    .execute()
  await createIndexes(db, 'calendar_events', { calendar_events_owner: ['owner_id'] })
}
