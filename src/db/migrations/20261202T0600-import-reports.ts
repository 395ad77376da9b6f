import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import { createIndexes, recordColumns, requiredText } from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// An import answers with the first rows of each kind; the full report (every
// row, with its warnings) is kept here for a while as gzipped CSV in base64,
// so the explorer can download it from any app server. Not backed up: it
// describes an import, it is not the explorer's data.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('import_reports')
    .$call(recordColumns)
    .$call(requiredText('created_at'))
    // The imported file's name, for the download's name.
    .$call(requiredText('filename'))
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .$call(requiredText('report_gzip_base64'))
    .execute()
  await createIndexes(db, 'import_reports', {
    import_reports_owner_created: ['owner_id', 'created_at'],
  })
}
