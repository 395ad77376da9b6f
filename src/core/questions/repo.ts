import type { Selectable } from 'kysely'
import { deleteOwnedRows, selectOwnedRow, writeOwnedRow } from '../../db/owned-rows.ts'
import type { QuestionsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type QuestionRow = Selectable<QuestionsTable>
export type QuestionListRow = QuestionRow & { career_name: string | null }

export interface QuestionFilter {
  ids?: string[] | undefined
  topic?: string | undefined
  tiara?: string | undefined
  specificity?: string | undefined
  careerIds?: string[] | undefined
  /** true: only the general bank (no career); false: only career questions. */
  general?: boolean | undefined
  origin?: string | undefined
  retired?: 'false' | 'true' | 'all' | undefined
}

/** The explorer's questions matching `filter`, in bank order (topic order is applied by the caller). */
export async function selectQuestions(
  ctx: Ctx,
  filter: QuestionFilter,
): Promise<QuestionListRow[]> {
  let query = ctx.db
    .selectFrom('questions as q')
    .leftJoin('careers as c', 'c.id', 'q.career_id')
    .selectAll('q')
    .select('c.name as career_name')
    .where('q.owner_id', '=', ctx.ownerId)
  if (filter.ids) query = query.where('q.id', 'in', filter.ids.length > 0 ? filter.ids : [''])
  if (filter.topic) query = query.where('q.topic', '=', filter.topic)
  if (filter.tiara) query = query.where('q.tiara', '=', filter.tiara)
  if (filter.specificity) query = query.where('q.specificity', '=', filter.specificity)
  if (filter.origin) query = query.where('q.origin', '=', filter.origin)
  if (filter.careerIds)
    query = query.where('q.career_id', 'in', filter.careerIds.length > 0 ? filter.careerIds : [''])
  if (filter.general === true) query = query.where('q.career_id', 'is', null)
  if (filter.general === false) query = query.where('q.career_id', 'is not', null)
  if (filter.retired === 'false' || filter.retired === undefined)
    query = query.where('q.retired_at', 'is', null)
  if (filter.retired === 'true') query = query.where('q.retired_at', 'is not', null)
  return query.orderBy('q.created_at').orderBy('q.id').execute()
}

export async function selectQuestion(ctx: Ctx, id: string): Promise<QuestionRow | undefined> {
  return selectOwnedRow(ctx, 'questions', 'id', id)
}

export async function selectSeedKeys(ctx: Ctx): Promise<Set<string>> {
  const rows = await ctx.db
    .selectFrom('questions')
    .select('seed_key')
    .where('owner_id', '=', ctx.ownerId)
    .where('seed_key', 'is not', null)
    .execute()
  return new Set(rows.flatMap((r) => (r.seed_key ? [r.seed_key] : [])))
}

/** Inserts seed rows; a row whose seed key is already there (a concurrent seeding) is skipped. */
export async function insertSeedRows(ctx: Ctx, rows: QuestionRow[]): Promise<void> {
  if (rows.length === 0) return
  await ctx.db
    .insertInto('questions')
    .values(rows)
    .onConflict((oc) => oc.columns(['owner_id', 'seed_key']).doNothing())
    .execute()
}

export async function insertQuestion(ctx: Ctx, row: QuestionRow): Promise<void> {
  await ctx.db.insertInto('questions').values(row).execute()
}

export async function updateQuestionRow(ctx: Ctx, row: QuestionRow): Promise<void> {
  await writeOwnedRow(ctx, 'questions', row)
}

export async function deleteQuestionRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'questions', 'id', id)
}

/** In how many distinct conversations each question was asked. */
export async function countAsked(
  ctx: Ctx,
  ids: string[] | undefined,
): Promise<Map<string, number>> {
  let query = ctx.db
    .selectFrom('plan_items')
    .select([
      'question_id',
      (eb) => eb.fn.count<string | number>('conversation_id').distinct().as('n'),
    ])
    .where('owner_id', '=', ctx.ownerId)
    .where('state', '=', 'asked')
    .where('question_id', 'is not', null)
  if (ids) query = query.where('question_id', 'in', ids.length > 0 ? ids : [''])
  const rows = await query.groupBy('question_id').execute()
  return new Map(rows.flatMap((r) => (r.question_id ? [[r.question_id, Number(r.n)]] : [])))
}
