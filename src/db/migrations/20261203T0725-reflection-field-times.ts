import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { fieldTimes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Reflections autosave as meetings do: each row keeps, per field, the client
// time of the edit it holds (JSON), so an older edit replayed late (a phone
// back online, a second device) never overwrites newer text.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('reflections').$call(fieldTimes).execute()
}
