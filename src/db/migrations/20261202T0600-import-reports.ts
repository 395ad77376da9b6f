import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// An import answers with the first rows of each kind; the full report (every
// row, with its warnings) is kept here for a while as gzipped CSV in base64,
// so the explorer can download it from any app server. Not backed up: it
// describes an import, it is not the explorer's data.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('import_reports')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The imported file's name, for the download's name.
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .addColumn('report_gzip_base64', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('import_reports_owner_created')
    .on('import_reports')
    .columns(['owner_id', 'created_at'])
    .execute()
}
