import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// Reaching out: every message written to a person (drafts included), the
// explorer's own versions of the message templates, and their SMTP account.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.references('conversations.id').onDelete('set null'),
    )
    // outreach | follow-up | confirmation | thank-you | progress-update | check-in
    .addColumn('kind', 'text', (c) => c.notNull())
    // The address it goes to; null until the person has one.
    .addColumn('recipient', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    // draft | sent | replied
    .addColumn('status', 'text', (c) => c.notNull())
    // copy | mailto | eml | smtp: how it left, once sent
    .addColumn('channel', 'text')
    // The template it was drafted from.
    .addColumn('template_key', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('replied_at', 'text')
    // The Message-ID header of a message sent through SMTP.
    .addColumn('smtp_message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('messages_owner_person')
    .on('messages')
    .columns(['owner_id', 'person_id'])
    .execute()
  await db.schema
    .createIndex('messages_conversation')
    .on('messages')
    .column('conversation_id')
    .execute()
  await db.schema
    .createIndex('messages_owner_status')
    .on('messages')
    .columns(['owner_id', 'status'])
    .execute()

  await db.schema
    .createTable('message_templates')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // A default template's key (outreach-connection, follow-up, …).
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('message_templates_pk', ['owner_id', 'key'])
    .execute()

  await db.schema
    .createTable('smtp_accounts')
    .addColumn('owner_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    // tls (implicit, port 465) | starttls (port 587) | none
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    // AES-256-GCM, `v1:iv:tag:ciphertext` in base64url; never returned by the API.
    .addColumn('password_encrypted', 'text')
    .addColumn('from_name', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
}
