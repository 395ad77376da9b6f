import type { Kysely } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, this file never changes. New columns go in a new migration.
// The question bank, each conversation's question plan with its answers, the
// meeting's actual times, reflections and the pay heard.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db.schema
    .createTable('questions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('tiara', 'text', (c) => c.notNull())
    .addColumn('specificity', 'text', (c) => c.notNull())
    // A career's own question; null for the general bank.
    .addColumn('career_id', 'text', (c) => c.references('careers.id').onDelete('set null'))
    // seed | explorer | reflection
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('seed_key', 'text')
    // The reflection (conversation) that raised it, when origin is reflection.
    .addColumn('raised_in_conversation_id', 'text', (c) =>
      c.references('conversations.id').onDelete('set null'),
    )
    .addColumn('rating', 'integer')
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('questions_owner')
    .on('questions')
    .columns(['owner_id', 'career_id'])
    .execute()
  await db.schema
    .createIndex('questions_owner_seed')
    .on('questions')
    .columns(['owner_id', 'seed_key'])
    .unique()
    .execute()

  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('question_id', 'text', (c) => c.references('questions.id').onDelete('set null'))
    // The question as it was asked; kept when the bank's question changes or goes.
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('topic', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    // planned | asked | skipped
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('answer', 'text', (c) => c.notNull())
    .addColumn('asked_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('plan_items_conversation')
    .on('plan_items')
    .columns(['conversation_id', 'position'])
    .execute()
  await db.schema
    .createIndex('plan_items_question')
    .on('plan_items')
    .column('question_id')
    .execute()

  await db.schema
    .createTable('meetings')
    .addColumn('conversation_id', 'text', (c) =>
      c.primaryKey().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('research_notes', 'text', (c) => c.notNull())
    .addColumn('free_notes', 'text', (c) => c.notNull())
    .addColumn('started_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()

  await db.schema
    .createTable('reflections')
    .addColumn('conversation_id', 'text', (c) =>
      c.primaryKey().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('takeaways', 'text', (c) => c.notNull())
    .addColumn('surprises', 'text', (c) => c.notNull())
    .addColumn('aha', 'text', (c) => c.notNull())
    // JSON lists of short statements, counted across conversations.
    .addColumn('pros', 'text', (c) => c.notNull())
    .addColumn('cons', 'text', (c) => c.notNull())
    .addColumn('day_to_day', 'text', (c) => c.notNull())
    .addColumn('training', 'text', (c) => c.notNull())
    .addColumn('fit_rating', 'integer')
    .addColumn('hypothesis_change', 'text', (c) => c.notNull())
    // JSON list of names or notes on whom to meet next.
    .addColumn('next_people', 'text', (c) => c.notNull())
    .addColumn('completed_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema.createIndex('reflections_owner').on('reflections').column('owner_id').execute()

  await db.schema
    .createTable('pay_entries')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_id', 'text', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('conversation_id', 'text', (c) =>
      c.notNull().references('conversations.id').onDelete('cascade'),
    )
    .addColumn('career_id', 'text', (c) => c.references('careers.id').onDelete('set null'))
    .addColumn('low', 'integer')
    .addColumn('high', 'integer')
    .addColumn('currency', 'text', (c) => c.notNull())
    // year | month | week | day | hour
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('location', 'text', (c) => c.notNull())
    .addColumn('year', 'integer')
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute()
  await db.schema
    .createIndex('pay_entries_conversation')
    .on('pay_entries')
    .column('conversation_id')
    .execute()
  await db.schema
    .createIndex('pay_entries_career')
    .on('pay_entries')
    .columns(['owner_id', 'career_id'])
    .execute()
}
