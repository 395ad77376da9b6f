import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeKey,
  cascadeReference,
  createIndexes,
  recordColumns,
  requiredText,
} from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// The explorer's mailbox, read only (issue 15): the IMAP account (password
// encrypted like the SMTP one), the last UID seen per folder, and what a check
// found about known people. Nothing from anyone else is ever stored.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('mail_accounts')
    .$call(cascadeKey('owner_id', 'accounts'))
    .$call(requiredText('host'))
    .addColumn('port', 'integer', (c) => c.notNull())
    // 'tls' or 'none' (loopback servers only).
    .$call(requiredText('security'))
    .$call(requiredText('username'))
    .addColumn('password_encrypted', 'text')
    .addColumn('auto_confirm', 'integer', (c) => c.notNull().defaultTo(0))
    // JSON: { "<folder>": { "uidValidity": "…", "lastUid": n } }
    .addColumn('folders_seen', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('checked_at', 'text')
    .addColumn('last_error', 'text')
    .$call(requiredText('updated_at'))
    .execute()
  await db.schema
    .createTable('mail_findings')
    .$call(recordColumns)
    .$call(cascadeReference('person_id', 'people'))
    // reply, auto_reply, sent_draft, sent_outside, bounce
    .$call(requiredText('kind'))
    // proposed, confirmed, dismissed, applied
    .$call(requiredText('status'))
    .$call(
      requiredText('folder', 'header_message_id', 'address', 'subject', 'first_lines', 'mail_at'),
    )
    .addColumn('absent_until', 'text')
    .addColumn('message_id', 'text')
    .$call(requiredText('created_at'))
    .execute()
  await createIndexes(
    db,
    'mail_findings',
    { mail_findings_once: ['owner_id', 'header_message_id', 'kind'] },
    { unique: true },
  )
  await createIndexes(db, 'mail_findings', { mail_findings_person: ['owner_id', 'person_id'] })
}
