import type { Kysely, Selectable } from 'kysely'
import {
  conversationAndPerson,
  conversationsWithPerson,
  meetingTimes,
} from '../../db/conversation-people.ts'
import { fixedQuery } from '../../db/fixed-query.ts'
import { selectOwnedRowsColumns } from '../../db/owned-rows.ts'
import type { Database, PeopleTable, PersonCareersTable, QuestionsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import type { PayEntryRow, ReflectionRow } from '../reflections/repo.ts'

export interface EvidenceConversation {
  id: string
  person_id: string
  person_name: string
  organization_id: string | null
  organization_name: string | null
  status: string
  scheduled_at: string | null
  duration_minutes: number
  started_at: string | null
  ended_at: string | null
}

export interface EvidenceAnswer {
  conversation_id: string
  question_id: string | null
  text: string
  topic: string
  answer: string
  position: number
}

export interface EvidenceQuestion {
  id: string
  text: string
  topic: string
  specificity: string
  origin: string
  career_id: string
  created_at: string
}

/** Everything the board, the comparison and the suggestions read, for one explorer. */
export interface Evidence {
  conversations: EvidenceConversation[]
  conversationCareers: Array<{ conversation_id: string; career_id: string }>
  reflections: ReflectionRow[]
  pay: PayEntryRow[]
  answers: EvidenceAnswer[]
  /** Career questions (not retired) with whether any plan asked them. */
  questions: Array<EvidenceQuestion & { asked: boolean }>
}

// The evidence's statements never change shape: each is built and compiled
// once (db/fixed-query.ts), which cost about as much as running them.
const evidenceConversations = fixedQuery((db: Kysely<Database>, owner: string) =>
  conversationsWithPerson(db, owner)
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .select([
      ...conversationAndPerson,
      'p.organization_id',
      'o.name as organization_name',
      'c.status',
      'c.scheduled_at',
      'c.duration_minutes',
      ...meetingTimes,
    ]),
)
const evidenceConversationCareers = fixedQuery((db: Kysely<Database>, owner: string) =>
  db
    .selectFrom('conversation_careers')
    .select(['conversation_id', 'career_id'])
    .where('owner_id', '=', owner),
)
const evidenceReflections = fixedQuery((db: Kysely<Database>, owner: string) =>
  db.selectFrom('reflections').selectAll().where('owner_id', '=', owner),
)
const evidencePay = fixedQuery((db: Kysely<Database>, owner: string) =>
  db
    .selectFrom('pay_entries')
    .selectAll()
    .where('owner_id', '=', owner)
    .orderBy('conversation_id')
    .orderBy('position'),
)
const evidenceAnswers = fixedQuery((db: Kysely<Database>, owner: string) =>
  db
    .selectFrom('plan_items')
    .select(['conversation_id', 'question_id', 'text', 'topic', 'answer', 'position'])
    .where('owner_id', '=', owner)
    .where('answer', '<>', '')
    .where('state', '<>', 'skipped')
    .orderBy('conversation_id')
    .orderBy('position'),
)
const evidenceQuestions = fixedQuery((db: Kysely<Database>, owner: string) =>
  db
    .selectFrom('questions as q')
    .select([
      'q.id',
      'q.text',
      'q.topic',
      'q.specificity',
      'q.origin',
      'q.career_id',
      'q.created_at',
    ])
    // Whether any plan asked it, in the same statement.
    .select((eb) =>
      eb
        .exists(
          eb
            .selectFrom('plan_items as i')
            .select('i.id')
            .where('i.owner_id', '=', owner)
            .whereRef('i.question_id', '=', 'q.id')
            .where('i.state', '=', 'asked'),
        )
        .as('asked'),
    )
    .where('q.owner_id', '=', owner)
    .where('q.career_id', 'is not', null)
    .where('q.retired_at', 'is', null),
)

/**
 * Reads the explorer's evidence in a handful of queries. One explorer's
 * conversations number in the hundreds, so computing in memory is cheaper
 * than many grouped queries, and every view computes from the same rows.
 */
export async function loadEvidence(ctx: Ctx): Promise<Evidence> {
  const owner = ctx.ownerId
  const [conversations, conversationCareers, reflections, pay, answers, questions] =
    await Promise.all([
      evidenceConversations(ctx, owner),
      evidenceConversationCareers(ctx, owner),
      evidenceReflections(ctx, owner),
      evidencePay(ctx, owner),
      evidenceAnswers(ctx, owner),
      evidenceQuestions(ctx, owner),
    ])
  return {
    conversations,
    conversationCareers,
    reflections,
    pay,
    answers: answers.filter((a) => a.answer.trim() !== ''),
    questions: questions.flatMap((q) =>
      q.career_id ? [{ ...q, career_id: q.career_id, asked: Boolean(Number(q.asked)) }] : [],
    ),
  }
}

/** Which of these people are linked to the career, with their names (for narrowing it). */
export async function selectCareerPeople(
  ctx: Ctx,
  careerId: string,
  personIds: string[],
): Promise<
  Array<Pick<Selectable<PersonCareersTable>, 'person_id'> & Pick<Selectable<PeopleTable>, 'name'>>
> {
  return ctx.db
    .selectFrom('person_careers as pc')
    .innerJoin('people as p', 'p.id', 'pc.person_id')
    .select(['pc.person_id', 'p.name'])
    .where('pc.owner_id', '=', ctx.ownerId)
    .where('pc.career_id', '=', careerId)
    .where('pc.person_id', 'in', personIds)
    .execute()
}

/** Moves a person's link to `from` (a career) to `to` (its focus area), once, linked before or not. */
export async function movePersonCareerLink(
  ctx: Ctx,
  personId: string,
  from: string,
  to: string,
): Promise<void> {
  await ctx.db
    .deleteFrom('person_careers')
    .where('owner_id', '=', ctx.ownerId)
    .where('person_id', '=', personId)
    .where('career_id', 'in', [from, to])
    .execute()
  await ctx.db
    .insertInto('person_careers')
    .values({ owner_id: ctx.ownerId, person_id: personId, career_id: to })
    .execute()
}

/** Ids of the person's conversations about the career. */
export async function selectPersonConversationIdsInCareer(
  ctx: Ctx,
  personId: string,
  careerId: string,
): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('conversations as c')
    .innerJoin('conversation_careers as cc', 'cc.conversation_id', 'c.id')
    .select('c.id')
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.person_id', '=', personId)
    .where('cc.career_id', '=', careerId)
    .execute()
  return rows.map((r) => r.id)
}

/** Counts a conversation for a career too, unless it already is. */
export async function insertConversationCareer(
  ctx: Ctx,
  conversationId: string,
  careerId: string,
): Promise<void> {
  await ctx.db
    .insertInto('conversation_careers')
    .values({ owner_id: ctx.ownerId, conversation_id: conversationId, career_id: careerId })
    .onConflict((oc) => oc.columns(['conversation_id', 'career_id']).doNothing())
    .execute()
}

/** The career of each of these questions (ids of other explorers find nothing). */
export async function selectQuestionCareers(
  ctx: Ctx,
  questionIds: string[],
): Promise<Array<Pick<Selectable<QuestionsTable>, 'id' | 'career_id'>>> {
  return selectOwnedRowsColumns(ctx, 'questions', ['id', 'career_id'], 'id', questionIds)
}

/** Moves these questions to a career. */
export async function updateQuestionsCareer(
  ctx: Ctx,
  questionIds: string[],
  careerId: string,
): Promise<void> {
  await ctx.db
    .updateTable('questions')
    .set({ career_id: careerId, updated_at: ctx.now().toISOString() })
    .where('owner_id', '=', ctx.ownerId)
    .where('id', 'in', questionIds)
    .execute()
}

/** The ids and texts of a career's questions. */
export async function selectCareerQuestionTexts(
  ctx: Ctx,
  careerId: string,
): Promise<Array<Pick<Selectable<QuestionsTable>, 'id' | 'text'>>> {
  return selectOwnedRowsColumns(ctx, 'questions', ['id', 'text'], 'career_id', careerId)
}
