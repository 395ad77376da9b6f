import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { cascadeReference, createIndexes, requiredText } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// One-time confirmations of the MCP tools that edit or remove records: the
// first call answers a preview and a token, the second (with the token)
// applies it. Like access tokens they belong to the account, not to its
// data: no backup carries them, and deleting the account removes them. Only
// the SHA-256 of each token is kept; `binding` holds the SHA-256 of the tool
// with its exact arguments and that of the preview, so the token applies
// that change only, to the record as it was shown.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('mcp_confirmations')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .$call(cascadeReference('account_id', 'accounts'))
    .$call(requiredText('tool', 'binding', 'created_at', 'expires_at'))
    .execute()
  await createIndexes(db, 'mcp_confirmations', {
    mcp_confirmations_account: ['account_id', 'expires_at'],
  })
}
