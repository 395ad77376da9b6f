import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Personal access tokens expire: `expires_at` is the instant from which a
// token is refused (null: never). Tokens made before this migration never
// expire, as they were made to.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('access_tokens').addColumn('expires_at', 'text').execute()
}
