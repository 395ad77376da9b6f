import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// Personal access tokens: what scripts and assistants (the MCP server) use
// instead of a browser session. Like sessions they belong to the account, not
// to its data, so a restore of the data keeps them and deleting the account
// removes them. Only the SHA-256 of each token is kept, so a copy of the
// database opens nothing; the prefix lets the explorer recognise a token.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('access_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) =>
      c.notNull().references('accounts.id').onDelete('cascade'),
    )
    .addColumn('name', 'text', (c) => c.notNull())
    // 'read' or 'read-write'.
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('token_prefix', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text')
    .execute()
  await db.schema
    .createIndex('access_tokens_account')
    .on('access_tokens')
    .column('account_id')
    .execute()
}
