import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// A contacts CSV that is no known export is read through the explorer's
// column mapping (issue 12). The mapping is remembered per header set, keyed
// by a hash of the normalized header, and offered the next time a file with
// the same columns comes in. Backed up: the explorer made it.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('import_mappings')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    // sha256 (hex) of the header's column names, lower case, sorted, unique.
    .addColumn('header_key', 'text', (c) => c.notNull())
    // JSON array: the header as the file had it, for the explorer to recognise.
    .addColumn('header', 'text', (c) => c.notNull())
    // JSON object: column name → field, "details" or "ignore".
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['owner_id', 'header_key'])
    .execute()
}
