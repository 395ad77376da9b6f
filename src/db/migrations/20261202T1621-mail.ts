import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// The explorer's mailbox, read only (issue 15): the IMAP account (password
// encrypted like the SMTP one), the last UID seen per folder, and what a check
// found about known people. Nothing from anyone else is ever stored.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('mail_accounts')
    .addColumn('owner_id', 'text', (c) =>
      c.primaryKey().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('host', 'text', (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    // 'tls' or 'none' (loopback servers only).
    .addColumn('security', 'text', (c) => c.notNull())
    .addColumn('username', 'text', (c) => c.notNull())
    .addColumn('password_encrypted', 'text')
    .addColumn('auto_confirm', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: { "<folder>": { "uidValidity": "…", "lastUid": n } }
    .addColumn('folders_seen', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('checked_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createTable('mail_findings')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    // reply, auto_reply, sent_draft, sent_outside, bounce
    .addColumn('kind', 'text', (c) => c.notNull())
    // proposed, confirmed, dismissed, applied
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('folder', 'text', (c) => c.notNull())
    .addColumn('header_message_id', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('first_lines', 'text', (c) => c.notNull())
    .addColumn('mail_at', 'text', (c) => c.notNull())
    .addColumn('absent_until', 'text')
    .addColumn('message_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('mail_findings_once')
    .on('mail_findings')
    .columns(['owner_id', 'header_message_id', 'kind'])
    .unique()
    .execute()
  await db.schema
    .createIndex('mail_findings_person')
    .on('mail_findings')
    .columns(['owner_id', 'person_id'])
    .execute()
}
