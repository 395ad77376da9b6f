import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes.
// Exports and backups read each table once for the whole account
// (`where owner_id = ?`) instead of once per conversation. These three
// tables had no index starting with owner_id, so that read scanned every
// account's rows: in a hosted instance an export's cost grew with the
// instance, not with the explorer.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema.createIndex('meetings_owner').on('meetings').column('owner_id').execute()
  await db.schema
    .createIndex('conversation_careers_owner')
    .on('conversation_careers')
    .column('owner_id')
    .execute()
  await db.schema
    .createIndex('organization_careers_owner')
    .on('organization_careers')
    .column('owner_id')
    .execute()
}
