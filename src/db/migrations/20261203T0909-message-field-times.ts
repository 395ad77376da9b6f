import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { fieldTimes } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Drafts autosave as meetings and reflections do: each message keeps, per
// field (to, subject, body), the client time of the edit it holds (JSON), so
// an older edit replayed late (a phone back online, a second device) never
// overwrites newer text.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('messages').$call(fieldTimes).execute()
}
