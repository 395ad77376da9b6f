import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// The people page sorted by `recent` reads one owner's people by last change,
// newest first, then id: without an index in that order every person was
// sorted for each page (~20 ms at 10,000 people). `updated_at desc` matches
// the page's mixed order (desc, then id asc) exactly, so neither engine sorts
// at all, not even the ties of one time.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await createIndexes(db, 'people', {
    people_owner_recent_id: ['owner_id', 'updated_at desc', 'id'],
  })
}
