import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// The calendar: the secret of each explorer's subscribable feed (only its
// SHA-256, so a copy of the database opens no feed), and per conversation the
// SEQUENCE last published with a fingerprint of the event's content, so that
// SEQUENCE goes up exactly when what subscribers see changes.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('owner_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    // base64url SHA-256 of the token; the feed URL is looked up by it.
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    // The first characters of the token, to recognise a URL without storing it.
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('calendar_events')
    .addColumn('conversation_id', 'text', (c) =>
      c.primaryKey().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('sequence', 'integer', (c) => c.notNull())
    // SHA-256 of the event as written (times, texts, status, alarms), without SEQUENCE/DTSTAMP.
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    // When the content last changed: DTSTAMP and LAST-MODIFIED.
    .addColumn('changed_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('calendar_events_owner')
    .on('calendar_events')
    .column('owner_id')
    .execute()
}
