import { selectEveryOwnedRow } from '../../db/owned-rows.ts'
import type { Ctx } from '../context.ts'

// Each query reads one table for the whole account, so an export costs the
// same few queries however many conversations the explorer has; the rows
// are grouped by conversation in memory.

/** Every plan item of the explorer, each plan in its order. */
export async function selectOwnerPlanItems(ctx: Ctx) {
  return ctx.db
    .selectFrom('plan_items')
    .select(['conversation_id', 'text', 'answer', 'state'])
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('conversation_id')
    .orderBy('position')
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** The research and meeting notes of every conversation that has them. */
export async function selectOwnerMeetingNotes(ctx: Ctx) {
  return selectEveryOwnedRow(ctx, 'meetings', ['conversation_id', 'research_notes', 'free_notes'])
}

/** Every reflection of the explorer. */
export async function selectOwnerReflections(ctx: Ctx) {
  return ctx.db.selectFrom('reflections').selectAll().where('owner_id', '=', ctx.ownerId).execute()
}

/** Every pay line of the explorer, each conversation's in its order. */
export async function selectOwnerPayEntries(ctx: Ctx) {
  return ctx.db
    .selectFrom('pay_entries')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('conversation_id')
    .orderBy('position')
    .orderBy('id')
    .execute()
}

/** Questions raised in reflections and not retired, oldest first. */
export async function selectOwnerRaisedQuestions(ctx: Ctx) {
  return ctx.db
    .selectFrom('questions')
    .select(['id', 'text', 'topic', 'career_id', 'raised_in_conversation_id'])
    .where('owner_id', '=', ctx.ownerId)
    .where('origin', '=', 'reflection')
    .where('raised_in_conversation_id', 'is not', null)
    .where('retired_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}
