import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Marking a message sent moves its conversation on (identified -> requested, a
// new conversation started, met -> thanked). A message marked sent by mistake
// can be taken back, and only what the sending itself moved may be undone, so
// the message keeps a note of it: JSON, null when sending moved nothing (and
// for every message sent before this column existed).

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.alterTable('messages').addColumn('sent_effect', 'text').execute()
}
