import type { Selectable } from 'kysely'
import {
  conversationAndPerson,
  conversationsWithMeeting,
  meetingTimes,
} from '../../db/conversation-people.ts'
import {
  deleteOwnedRows,
  selectOwnedColumn,
  selectOwnedRow,
  selectOwnedRows,
} from '../../db/owned-rows.ts'
import type { PayEntriesTable, QuestionsTable, ReflectionsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type ReflectionRow = Selectable<ReflectionsTable>
export type PayEntryRow = Selectable<PayEntriesTable>
export type QuestionRow = Selectable<QuestionsTable>

/** The conversation a reflection belongs to, with what its deadline needs. */
export interface ReflectedConversation {
  id: string
  status: string
  person_id: string
  person_name: string
  organization_id: string | null
  scheduled_at: string | null
  time_zone: string | null
  duration_minutes: number
  started_at: string | null
  ended_at: string | null
}

export async function selectReflectedConversation(
  ctx: Ctx,
  id: string,
): Promise<ReflectedConversation | undefined> {
  return conversationsWithMeeting(ctx.db, ctx.ownerId)
    .select([
      ...conversationAndPerson,
      'c.status',
      'p.organization_id',
      'c.scheduled_at',
      'c.time_zone',
      'c.duration_minutes',
      ...meetingTimes,
    ])
    .where('c.id', '=', id)
    .executeTakeFirst()
}

/** The person's latest conversation that took place (its time as in rules/held-time.ts). */
export async function selectLatestHeldConversation(
  ctx: Ctx,
  personId: string,
): Promise<{ id: string } | undefined> {
  return ctx.db
    .selectFrom('conversations as c')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .select('c.id')
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.person_id', '=', personId)
    .where((eb) =>
      eb.or([
        eb('c.status', 'in', ['met', 'thanked']),
        eb.and([
          eb('c.status', '=', 'scheduled'),
          eb(eb.fn.coalesce('m.started_at', 'c.scheduled_at'), '<=', ctx.now().toISOString()),
        ]),
      ]),
    )
    .orderBy(
      (eb) => eb.fn.coalesce('m.started_at', 'c.scheduled_at'),
      (ob) => ob.desc().nullsLast(),
    )
    .orderBy('c.status_changed_at', 'desc')
    .limit(1)
    .executeTakeFirst()
}

export async function selectCareerIdsOfConversation(ctx: Ctx, id: string): Promise<string[]> {
  return selectOwnedColumn(ctx, 'conversation_careers', 'career_id', 'conversation_id', id)
}

export async function selectReflection(
  ctx: Ctx,
  conversationId: string,
): Promise<ReflectionRow | undefined> {
  return selectOwnedRow(ctx, 'reflections', 'conversation_id', conversationId)
}

export async function insertReflection(ctx: Ctx, row: ReflectionRow): Promise<void> {
  await ctx.db.insertInto('reflections').values(row).execute()
}

export async function updateReflectionRow(ctx: Ctx, row: ReflectionRow): Promise<void> {
  const { conversation_id, owner_id, ...changes } = row
  await ctx.db
    .updateTable('reflections')
    .set(changes)
    .where('owner_id', '=', owner_id)
    .where('conversation_id', '=', conversation_id)
    .execute()
}

export async function deleteReflectionRow(ctx: Ctx, conversationId: string): Promise<void> {
  await deleteOwnedRows(ctx, 'reflections', 'conversation_id', conversationId)
}

export async function selectPayEntries(ctx: Ctx, conversationId: string): Promise<PayEntryRow[]> {
  return selectOwnedRows(ctx, 'pay_entries', 'conversation_id', conversationId, 'position')
}

export async function replacePayEntries(
  ctx: Ctx,
  conversationId: string,
  rows: PayEntryRow[],
): Promise<void> {
  await deleteOwnedRows(ctx, 'pay_entries', 'conversation_id', conversationId)
  if (rows.length > 0) await ctx.db.insertInto('pay_entries').values(rows).execute()
}

/** Questions raised in this conversation's reflection, oldest first. */
export async function selectRaisedQuestions(
  ctx: Ctx,
  conversationId: string,
): Promise<QuestionRow[]> {
  return ctx.db
    .selectFrom('questions')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where('origin', '=', 'reflection')
    .where('raised_in_conversation_id', '=', conversationId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

/** Ids among `ids` that some plan already uses; those are retired, not deleted. */
export async function selectQuestionIdsInPlans(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set()
  const rows = await ctx.db
    .selectFrom('plan_items')
    .select('question_id')
    .distinct()
    .where('owner_id', '=', ctx.ownerId)
    .where('question_id', 'in', ids)
    .execute()
  return new Set(rows.flatMap((r) => (r.question_id ? [r.question_id] : [])))
}

/** Conversations that were held (met or thanked) with their reflection's state, for the agenda. */
export async function selectHeldConversations(ctx: Ctx) {
  return conversationsWithMeeting(ctx.db, ctx.ownerId)
    .leftJoin('reflections as r', 'r.conversation_id', 'c.id')
    .select([
      ...conversationAndPerson,
      'c.scheduled_at',
      'c.time_zone',
      'c.duration_minutes',
      ...meetingTimes,
      'r.completed_at',
    ])
    .where('c.status', 'in', ['met', 'thanked'])
    .execute()
}
