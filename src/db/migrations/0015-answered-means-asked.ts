import { type Kysely, sql } from 'kysely'
import type { Engine } from '../engine.ts'

// Frozen: once released, what this migration does never changes (its test,
// 0015-answered-means-asked.test.ts, holds it). A new fix goes in a new migration.
// A question with an answer was asked. Meeting mode used to let a tap on
// "Asked" after typing an answer turn the question back to planned, so
// databases hold answered questions that read "not asked", carry over to the
// next plan and are missing from the counts. This puts them right once; the
// plan service keeps the rule from here on.

// biome-ignore lint/suspicious/noExplicitAny: migrations are typed against the schema of their own time
export async function up(db: Kysely<any>, _engine: Engine): Promise<void> {
  await db
    .updateTable('plan_items')
    .set({ state: 'asked', asked_at: sql`coalesce(asked_at, updated_at)` })
    .where('state', '<>', 'asked')
    .where(sql`trim(answer)`, '<>', '')
    .execute()
}
