import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeKey,
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
// Reaching out: every message written to a person (drafts included), the
// explorer's own versions of the message templates, and their SMTP account.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('messages')
    .$call(recordColumns)
    .$call(cascadeReference('person_id', 'people'))
    .$call(setNullReference('conversation_id', 'conversations'))
    // outreach | follow-up | confirmation | thank-you | progress-update | check-in
    .$call(requiredText('kind'))
    // The address it goes to; null until the person has one.
    .addColumn('recipient', 'text')
    .$call(requiredText('subject', 'body'))
    // draft | sent | replied
    .$call(requiredText('status'))
    // copy | mailto | eml | smtp: how it left, once sent
    .addColumn('channel', 'text')
    // The template it was drafted from.
    .addColumn('template_key', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('replied_at', 'text')
    // The Message-ID header of a message sent through SMTP.
    .addColumn('smtp_message_id', 'text')
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'messages', {
    messages_owner_person: ['owner_id', 'person_id'],
    messages_conversation: ['conversation_id'],
    messages_owner_status: ['owner_id', 'status'],
  })

  await db.schema
    .createTable('message_templates')
    .$call(ownerColumn)
    // A default template's key (outreach-connection, follow-up, …).
    .$call(requiredText('key'))
    .$call(requiredText('subject', 'body', 'updated_at'))
    .addPrimaryKeyConstraint('message_templates_pk', ['owner_id', 'key'])
    .execute()

  await db.schema
    .createTable('smtp_accounts')
    .$call(cascadeKey('owner_id', 'accounts'))
    .$call(requiredText('host'))
    .addColumn('port', 'integer', (c) => c.notNull())
    // tls (implicit, port 465) | starttls (port 587) | none
    .$call(requiredText('security'))
    .$call(requiredText('username'))
    // AES-256-GCM, `v1:iv:tag:ciphertext` in base64url; never returned by the API.
    .addColumn('password_encrypted', 'text')
    .$call(requiredText('from_name', 'from_address', 'updated_at'))
    .execute()
}
