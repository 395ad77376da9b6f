import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { ownerColumn, requiredText } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// A contacts CSV that is no known export is read through the explorer's
// column mapping (issue 12). The mapping is remembered per header set, keyed
// by a hash of the normalized header, and offered the next time a file with
// the same columns comes in. Backed up: the explorer made it.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('import_mappings')
    .$call(ownerColumn)
    // sha256 (hex) of the header's column names, lower case, sorted, unique.
    .$call(requiredText('header_key'))
    // JSON array: the header as the file had it, for the explorer to recognise.
    .$call(requiredText('header'))
    // JSON object: column name → field, "details" or "ignore".
    .$call(requiredText('mapping', 'updated_at'))
    .addPrimaryKeyConstraint('import_mappings_pk', ['owner_id', 'header_key'])
    .execute()
}
