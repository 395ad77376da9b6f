import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// Duplicates, the explorer's call (issue 12): pairs of people the explorer
// said are not the same person (never suggested again; the pair is stored
// with the smaller id first), and one record per merge of two people, which
// holds what undoing it needs (the removed person's row, the kept person's
// row before, and the ids of everything that moved) as JSON.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('duplicate_dismissals')
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('other_id', 'text', (c) => c.notNull().references('people.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', ['person_id', 'other_id'])
    .execute()
  await db.schema
    .createIndex('duplicate_dismissals_owner')
    .on('duplicate_dismissals')
    .columns(['owner_id', 'person_id'])
    .execute()
  await db.schema
    .createIndex('duplicate_dismissals_other')
    .on('duplicate_dismissals')
    .column('other_id')
    .execute()
  await db.schema
    .createTable('person_merges')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('kept_person_id', 'text', (c) =>
      c.notNull().references('people.id').onDelete('cascade'),
    )
    .addColumn('removed_person_id', 'text', (c) => c.notNull())
    .addColumn('removed_name', 'text', (c) => c.notNull())
    // JSON: see core/people/merge-record.ts.
    .addColumn('undo', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // 1, 2, 3… per explorer: the order of merges, even within one millisecond; undo takes the last.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('person_merges_owner_seq')
    .on('person_merges')
    .columns(['owner_id', 'seq'])
    .unique()
    .execute()
  await db.schema
    .createIndex('person_merges_kept')
    .on('person_merges')
    .column('kept_person_id')
    .execute()
}
