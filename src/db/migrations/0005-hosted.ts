import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeReference,
  createIndexes,
  requiredText,
  setNullReference,
} from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Hosted mode: accounts that sign in, their sessions, sign-in throttling,
// invitations, password resets, instance-wide settings, and the daily digest log.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('accounts').addColumn('password_hash', 'text').execute()
  await db.schema
    .alterTable('accounts')
    .addColumn('role', 'text', (c) => c.notNull().defaultTo('member'))
    .execute()
  await db.schema.alterTable('accounts').addColumn('disabled_at', 'text').execute()
  await db.schema.alterTable('accounts').addColumn('last_sign_in_at', 'text').execute()

  await db.schema
    .createTable('sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .$call(cascadeReference('account_id', 'accounts'))
    .$call(requiredText('created_at', 'last_seen_at', 'expires_at'))
    .execute()
  await createIndexes(db, 'sessions', { sessions_account: ['account_id'] })

  await db.schema
    .createTable('sign_in_throttle')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .$call(requiredText('window_started_at'))
    .addColumn('failures', 'integer', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('invitations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .$call(requiredText('email'))
    .$call(setNullReference('invited_by', 'accounts'))
    .$call(requiredText('created_at', 'expires_at'))
    .addColumn('accepted_at', 'text')
    .execute()

  await db.schema
    .createTable('password_resets')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .$call(cascadeReference('account_id', 'accounts'))
    .$call(requiredText('created_at', 'expires_at'))
    .addColumn('used_at', 'text')
    .execute()

  await db.schema
    .createTable('instance_settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .$call(requiredText('value'))
    .execute()

  // One row per account and local day: the digest goes out once however many servers run.
  await db.schema
    .createTable('digests')
    .$call(cascadeReference('account_id', 'accounts'))
    .$call(requiredText('day', 'sent_at'))
    .addColumn('items', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('digests_pk', ['account_id', 'day'])
    .execute()

  // Emails are compared case-insensitively; they are stored lower-cased.
  await sql`update accounts set email = lower(email) where email is not null`.execute(db)
}
