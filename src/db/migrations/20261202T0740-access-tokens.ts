import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { cascadeReference, createIndexes, requiredText } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
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
    .$call(cascadeReference('account_id', 'accounts'))
    .$call(requiredText('name'))
    // 'read' or 'read-write'.
    .$call(requiredText('scope'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .$call(requiredText('token_prefix', 'created_at'))
    .addColumn('last_used_at', 'text')
    .execute()
  await createIndexes(db, 'access_tokens', { access_tokens_account: ['account_id'] })
}
