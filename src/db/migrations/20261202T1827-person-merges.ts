import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeReference,
  createIndexes,
  ownerColumn,
  recordColumns,
  requiredText,
} from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// Duplicates, the explorer's call (issue 12): pairs of people the explorer
// said are not the same person (never suggested again; the pair is stored
// with the smaller id first), and one record per merge of two people, which
// holds what undoing it needs (the removed person's row, the kept person's
// row before, and the ids of everything that moved) as JSON.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('duplicate_dismissals')
    .$call(ownerColumn)
    .$call(cascadeReference('person_id', 'people'))
    .$call(cascadeReference('other_id', 'people'))
    .$call(requiredText('created_at'))
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', ['person_id', 'other_id'])
    .execute()
  await createIndexes(db, 'duplicate_dismissals', {
    duplicate_dismissals_owner: ['owner_id', 'person_id'],
    duplicate_dismissals_other: ['other_id'],
  })
  await db.schema
    .createTable('person_merges')
    .$call(recordColumns)
    .$call(cascadeReference('kept_person_id', 'people'))
    .$call(requiredText('removed_person_id', 'removed_name'))
    // JSON: see core/people/merge-record.ts.
    .$call(requiredText('undo'))
    .$call(requiredText('created_at'))
    // 1, 2, 3… per explorer: the order of merges, even within one millisecond; undo takes the last.
    .addColumn('seq', 'integer', (c) => c.notNull())
    .execute()
  await createIndexes(
    db,
    'person_merges',
    { person_merges_owner_seq: ['owner_id', 'seq'] },
    { unique: true },
  )
  await createIndexes(db, 'person_merges', { person_merges_kept: ['kept_person_id'] })
}
