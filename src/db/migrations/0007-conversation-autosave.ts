import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes, fieldTimes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Autosave from a phone that loses its connection replays edits late and out
// of order; each row keeps, per field, the client time of the edit it holds
// (JSON: { "answer": "2026-03-02T09:14:03.120Z", … }), so an older replay never
// overwrites newer text.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('plan_items').$call(fieldTimes).execute()
  await db.schema.alterTable('meetings').$call(fieldTimes).execute()
  // Carry-over and "already asked in this career" look plan items up by state.
  await createIndexes(db, 'plan_items', { plan_items_owner_state: ['owner_id', 'state'] })
}
