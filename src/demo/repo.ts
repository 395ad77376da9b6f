import type { Insertable } from 'kysely'
import type { Ctx } from '../core/context.ts'
import type { Database } from '../db/tables.ts'

// The demo generator's own reads and bulk writes. The multi-row inserts are
// tuned for the benchmarks (one statement per batch, no search indexing):
// callers hand in a whole batch at a time.

/** One id each of the explorer's people, careers and organizations, where there are any. */
export async function selectFirstRecords(ctx: Ctx) {
  const [person, career, organization] = await Promise.all([
    ctx.db
      .selectFrom('people')
      .select('id')
      .where('owner_id', '=', ctx.ownerId)
      .limit(1)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('careers')
      .select('id')
      .where('owner_id', '=', ctx.ownerId)
      .limit(1)
      .executeTakeFirst(),
    ctx.db
      .selectFrom('organizations')
      .select('id')
      .where('owner_id', '=', ctx.ownerId)
      .limit(1)
      .executeTakeFirst(),
  ])
  return { person, career, organization }
}

/** Ids of the explorer's conversations with no meeting, reflection or plan yet, in id order. */
export async function selectBareConversationIds(ctx: Ctx): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('conversations as c')
    .select('c.id')
    .where('c.owner_id', '=', ctx.ownerId)
    // Only conversations that have none of it yet (the demo's own have).
    .where(({ not, or, exists, selectFrom }) =>
      not(
        or([
          exists(
            selectFrom('meetings as m')
              .select('m.conversation_id')
              .whereRef('m.conversation_id', '=', 'c.id'),
          ),
          exists(
            selectFrom('reflections as r')
              .select('r.conversation_id')
              .whereRef('r.conversation_id', '=', 'c.id'),
          ),
          exists(
            selectFrom('plan_items as i').select('i.id').whereRef('i.conversation_id', '=', 'c.id'),
          ),
        ]),
      ),
    )
    .orderBy('c.id')
    .execute()
  return rows.map((row) => row.id)
}

/** The explorer's held (met or thanked) conversations, with the person's name and when they met. */
export async function selectHeldConversationTimes(ctx: Ctx) {
  return ctx.db
    .selectFrom('conversations as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .select(['c.id', 'p.name', 'c.scheduled_at', 'm.ended_at'])
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.status', 'in', ['met', 'thanked'])
    .execute()
}

/** The tables the generator fills a batch at a time. */
type BatchTable =
  | 'people'
  | 'conversations'
  | 'plan_items'
  | 'meetings'
  | 'reflections'
  | 'pay_entries'

/**
 * Inserts a batch of rows of `table` in one statement.
 *
 * @example await insertBatch(tx, 'people', rows)
 */
export async function insertBatch<T extends BatchTable>(
  ctx: Ctx,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  await ctx.db.insertInto(table).values(rows).execute()
}
