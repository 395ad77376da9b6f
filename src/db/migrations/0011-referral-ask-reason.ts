import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Asking someone met for referrals is advice (a week after the meeting, boosters
// only); an explorer who asks anyway says why. The reason belongs with the
// message it was given for, so it follows the draft to every device and into
// backups. Null when nobody overrode anything.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('messages').addColumn('override_reason', 'text').execute()
}
