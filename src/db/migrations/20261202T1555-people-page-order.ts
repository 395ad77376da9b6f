import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// The people page reads one owner's people by name, then id (names repeat):
// with the id in the index the page is the index's first rows, where before
// every person of a repeated name was sorted again for each page.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await createIndexes(db, 'people', { people_owner_name_id: ['owner_id', 'name_key', 'id'] })
  await db.schema.dropIndex('people_owner_name').execute()
}
