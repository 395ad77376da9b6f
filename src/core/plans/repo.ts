import type { Selectable } from 'kysely'
import { selectConversationPersonNames } from '../../db/conversation-people.ts'
import { deleteOwnedRows, writeOwnedRow } from '../../db/owned-rows.ts'
import type { PlanItemsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type PlanItemRow = Selectable<PlanItemsTable>
export type PlanItemListRow = PlanItemRow & {
  question_tiara: string | null
  question_specificity: string | null
}

function withQuestion(ctx: Ctx) {
  return ctx.db
    .selectFrom('plan_items as i')
    .leftJoin('questions as q', 'q.id', 'i.question_id')
    .selectAll('i')
    .select(['q.tiara as question_tiara', 'q.specificity as question_specificity'])
    .where('i.owner_id', '=', ctx.ownerId)
}

/** A conversation's plan, in order. */
export async function selectPlanItems(
  ctx: Ctx,
  conversationId: string,
): Promise<PlanItemListRow[]> {
  return withQuestion(ctx)
    .where('i.conversation_id', '=', conversationId)
    .orderBy('i.position')
    .orderBy('i.created_at')
    .orderBy('i.id')
    .execute()
}

export async function selectPlanItem(ctx: Ctx, id: string): Promise<PlanItemListRow | undefined> {
  return withQuestion(ctx).where('i.id', '=', id).executeTakeFirst()
}

export async function insertPlanItems(ctx: Ctx, rows: PlanItemRow[]): Promise<void> {
  if (rows.length === 0) return
  await ctx.db.insertInto('plan_items').values(rows).execute()
}

export async function updatePlanItemRow(ctx: Ctx, row: PlanItemRow): Promise<void> {
  await writeOwnedRow(ctx, 'plan_items', row)
}

/** Renumbers a plan: `ids` in their new order get positions 0, 1, 2, … */
export async function writePositions(ctx: Ctx, ids: readonly string[]): Promise<void> {
  for (const [position, id] of ids.entries()) {
    await ctx.db
      .updateTable('plan_items')
      .set({ position })
      .where('owner_id', '=', ctx.ownerId)
      .where('id', '=', id)
      .where('position', '!=', position)
      .execute()
  }
}

export async function deletePlanItemRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'plan_items', 'id', id)
}

/** One plan item of another conversation in the same career(s), with that conversation. */
export interface CareerHistoryRow {
  conversation_id: string
  conversation_status: string
  conversation_at: string | null
  person_name: string
  question_id: string | null
  text: string
  topic: string
  state: string
  answer: string
  position: number
  question_specificity: string | null
  question_retired_at: string | null
}

/**
 * Every plan item of the explorer's other conversations about any of
 * `careerIds`, oldest conversation first, each plan in order.
 */
export async function selectCareerHistory(
  ctx: Ctx,
  careerIds: readonly string[],
  exceptConversationId: string,
): Promise<CareerHistoryRow[]> {
  if (careerIds.length === 0) return []
  return ctx.db
    .selectFrom('plan_items as i')
    .innerJoin('conversations as c', 'c.id', 'i.conversation_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .leftJoin('questions as q', 'q.id', 'i.question_id')
    .select([
      'i.conversation_id',
      'c.status as conversation_status',
      (eb) => eb.fn.coalesce('m.started_at', 'c.scheduled_at').as('conversation_at'),
      'p.name as person_name',
      'i.question_id',
      'i.text',
      'i.topic',
      'i.state',
      'i.answer',
      'i.position',
      'q.specificity as question_specificity',
      'q.retired_at as question_retired_at',
    ])
    .where('i.owner_id', '=', ctx.ownerId)
    .where('i.conversation_id', '!=', exceptConversationId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('conversation_careers as cc')
          .select('cc.career_id')
          .whereRef('cc.conversation_id', '=', 'i.conversation_id')
          .where('cc.career_id', 'in', [...careerIds]),
      ),
    )
    .orderBy((eb) => eb.fn.coalesce('m.started_at', 'c.scheduled_at', 'c.created_at'))
    .orderBy('i.conversation_id')
    .orderBy('i.position')
    .execute()
}

/** The names of the people in these conversations. */
export async function selectPersonNamesOfConversations(
  ctx: Ctx,
  conversationIds: readonly string[],
): Promise<Map<string, string>> {
  const rows = await selectConversationPersonNames(ctx, conversationIds)
  return new Map(rows.map((r) => [r.id, r.name]))
}
