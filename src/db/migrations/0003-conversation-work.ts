import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'
import {
  cascadeKey,
  cascadeReference,
  createIndexes,
  ownerColumn,
  recordColumns,
  requiredText,
  setNullReference,
  timestamps,
} from '../migration-parts.ts'

// Frozen: once released, what this migration makes never changes (schema.test.ts
// holds it). New columns go in a new migration.
// The question bank, each conversation's question plan with its answers, the
// meeting's actual times, reflections and the pay heard.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('questions')
    .$call(recordColumns)
    .$call(requiredText('text', 'topic', 'tiara', 'specificity'))
    // A career's own question; null for the general bank.
    .$call(setNullReference('career_id', 'careers'))
    // seed | explorer | reflection
    .$call(requiredText('origin'))
    .addColumn('seed_key', 'text')
    // The reflection (conversation) that raised it, when origin is reflection.
    .$call(setNullReference('raised_in_conversation_id', 'conversations'))
    .addColumn('rating', 'integer')
    .addColumn('retired_at', 'text')
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'questions', { questions_owner: ['owner_id', 'career_id'] })
  await createIndexes(
    db,
    'questions',
    { questions_owner_seed: ['owner_id', 'seed_key'] },
    { unique: true },
  )

  await db.schema
    .createTable('plan_items')
    .$call(recordColumns)
    .$call(cascadeReference('conversation_id', 'conversations'))
    .$call(setNullReference('question_id', 'questions'))
    // The question as it was asked; kept when the bank's question changes or goes.
    .$call(requiredText('text', 'topic'))
    .addColumn('position', 'integer', (c) => c.notNull())
    // planned | asked | skipped
    .$call(requiredText('state'))
    .$call(requiredText('answer'))
    .addColumn('asked_at', 'text')
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'plan_items', {
    plan_items_conversation: ['conversation_id', 'position'],
    plan_items_question: ['question_id'],
  })

  await db.schema
    .createTable('meetings')
    .$call(cascadeKey('conversation_id', 'conversations'))
    .$call(ownerColumn)
    .$call(requiredText('research_notes', 'free_notes'))
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .$call(requiredText('updated_at'))
    .execute()

  await db.schema
    .createTable('reflections')
    .$call(cascadeKey('conversation_id', 'conversations'))
    .$call(ownerColumn)
    .$call(requiredText('takeaways', 'surprises', 'aha'))
    // JSON lists of short statements, counted across conversations.
    .$call(requiredText('pros', 'cons'))
    .$call(requiredText('day_to_day', 'training'))
    .addColumn('fit_rating', 'integer')
    .$call(requiredText('hypothesis_change'))
    // JSON list of names or notes on whom to meet next.
    .$call(requiredText('next_people'))
    .addColumn('completed_at', 'text')
    .$call(timestamps)
    .execute()
  await createIndexes(db, 'reflections', { reflections_owner: ['owner_id'] })

  await db.schema
    .createTable('pay_entries')
    .$call(recordColumns)
    .$call(cascadeReference('conversation_id', 'conversations'))
    .$call(setNullReference('career_id', 'careers'))
    .addColumn('low', 'integer')
    .addColumn('high', 'integer')
    .$call(requiredText('currency'))
    // year | month | week | day | hour
    .$call(requiredText('period'))
    .$call(requiredText('level', 'location'))
    .addColumn('year', 'integer')
    .$call(requiredText('note'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .$call(requiredText('created_at'))
    .execute()
  await createIndexes(db, 'pay_entries', {
    pay_entries_conversation: ['conversation_id'],
    pay_entries_career: ['owner_id', 'career_id'],
  })
}
