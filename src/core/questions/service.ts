import { type Ctx, inTransaction } from '../context.ts'
import { selectConversation, selectConversationCareers } from '../conversations/reads.ts'
import { ConflictError, invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { requireCareerIds } from '../shared/links.ts'
import { type Page, storedEnum } from '../shared/schema.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { sortInBankOrder } from './bank-order.ts'
import { questionProblems } from './problems.ts'
import {
  countAsked,
  deleteQuestionRow,
  insertQuestion,
  type QuestionListRow,
  type QuestionRow,
  selectQuestion,
  selectQuestions,
  updateQuestionRow,
} from './repo.ts'
import {
  type Question,
  QuestionCreate,
  QuestionListQuery,
  QuestionPatch,
  questionOrigins,
} from './schema.ts'
import { ensureSeeded } from './seeding.ts'
import { questionTopics, specificities, tiaraLetters } from './topics.ts'

/**
 * The explorer's question bank, seeded on first use, in bank order (topic,
 * then the seed file's order, then the explorer's own by age). Filters by
 * topic, TIARA letter, specificity, career, origin and words.
 *
 * @example await listQuestions(ctx, { topic: 'compensation', tiara: 'insights' })
 */
export async function listQuestions(ctx: Ctx, query: unknown = {}): Promise<Page<Question>> {
  const { limit, offset, q, careerId, general, ...rest } = parseInput(QuestionListQuery, query)
  await ensureSeeded(ctx)
  const rows = await selectQuestions(ctx, {
    ...rest,
    careerIds: careerId ? [careerId] : undefined,
    general: general === undefined ? undefined : general === 'true',
  })
  const words = q ? fold(tidy(q)).split(' ').filter(Boolean) : []
  const matching = sortInBankOrder(
    words.length > 0 ? rows.filter((r) => words.every((w) => fold(r.text).includes(w))) : rows,
  )
  const page = matching.slice(offset, offset + limit)
  const asked = await countAsked(
    ctx,
    page.map((r) => r.id),
  )
  return {
    items: page.map((row) => toQuestion(row, asked.get(row.id) ?? 0)),
    total: matching.length,
    limit,
    offset,
  }
}

/**
 * A career's own questions — the explorer's and those raised in its
 * reflections — in use (not retired), in bank order.
 *
 * @example (await listCareerQuestions(ctx, careerId)).map((q) => q.text)
 */
export async function listCareerQuestions(ctx: Ctx, careerId: string): Promise<Question[]> {
  return (await listQuestions(ctx, { careerId, limit: 1000 })).items
}

export async function getQuestion(ctx: Ctx, id: string): Promise<Question> {
  const [row] = await selectQuestions(ctx, { ids: [id], retired: 'all' })
  if (!row) throw new NotFoundError('question', id)
  const asked = await countAsked(ctx, [id])
  return toQuestion(row, asked.get(id) ?? 0)
}

/**
 * Adds a question to the bank. The etiquette guard runs on its text: a
 * flagged question is saved all the same, and its `problems` say why it may
 * backfire. Reflections add theirs with `origin: 'reflection'` and the
 * conversation that raised it; such a question belongs to a career.
 *
 * @example await createQuestion(ctx, { text: 'Which models go to production?', topic: 'day-to-day', careerId })
 * @example await createQuestion(ctx, { text: '…', topic: 'advice', origin: 'reflection', raisedInConversationId, careerId })
 */
export async function createQuestion(ctx: Ctx, input: unknown): Promise<Question> {
  const data = parseInput(QuestionCreate, input)
  const id = await inTransaction(ctx, async (tx) => {
    const raisedIn = data.raisedInConversationId ?? null
    // A question raised in a reflection belongs to that conversation's career unless told otherwise.
    const raisedInCareer = raisedIn ? await firstCareerOf(tx, raisedIn) : null
    const careerId =
      data.careerId === undefined && data.origin === 'reflection'
        ? raisedInCareer
        : (data.careerId ?? null)
    if (careerId) await requireCareerIds(tx, [careerId], 'careerId')
    const now = tx.now().toISOString()
    const row: QuestionRow = {
      id: newId(tx.now()),
      owner_id: tx.ownerId,
      text: tidy(data.text),
      topic: data.topic,
      tiara: data.tiara ?? 'insights',
      specificity: data.specificity ?? (careerId ? 'specific' : 'general'),
      career_id: careerId,
      origin: data.origin ?? 'explorer',
      seed_key: null,
      raised_in_conversation_id: raisedIn,
      rating: data.rating ?? null,
      retired_at: null,
      created_at: now,
      updated_at: now,
    }
    await insertQuestion(tx, row)
    return row.id
  })
  return getQuestion(ctx, id)
}

/** Edits, rates, moves to a career (or back to the general bank), retires or unretires a question. */
export async function updateQuestion(ctx: Ctx, id: string, patch: unknown): Promise<Question> {
  const changes = parseInput(QuestionPatch, patch)
  await inTransaction(ctx, async (tx) => {
    const current = await selectQuestion(tx, id)
    if (!current) throw new NotFoundError('question', id)
    if (changes.careerId) await requireCareerIds(tx, [changes.careerId], 'careerId')
    const now = tx.now().toISOString()
    await updateQuestionRow(tx, {
      ...current,
      text: changes.text === undefined ? current.text : tidy(changes.text),
      topic: changes.topic ?? current.topic,
      tiara: changes.tiara ?? current.tiara,
      specificity: changes.specificity ?? current.specificity,
      career_id: changes.careerId === undefined ? current.career_id : changes.careerId,
      rating: changes.rating === undefined ? current.rating : changes.rating,
      retired_at:
        changes.retired === undefined
          ? current.retired_at
          : changes.retired
            ? (current.retired_at ?? now)
            : null,
      updated_at: now,
    })
  })
  return getQuestion(ctx, id)
}

/**
 * Deletes a question of the explorer's own; plans that used it keep its
 * text. Starter-bank questions are retired instead (deleting one would only
 * bring it back with the next seeding).
 */
export async function deleteQuestion(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const current = await selectQuestion(tx, id)
    if (!current) throw new NotFoundError('question', id)
    if (current.seed_key) {
      throw new ConflictError(
        'this question comes from the starter bank and cannot be deleted; retire it instead, and it will never be suggested again',
      )
    }
    await deleteQuestionRow(tx, id)
  })
}

/**
 * Finds a question by id, or by its exact text (case and accents ignored),
 * or by a unique piece of its text.
 */
export async function resolveQuestion(ctx: Ctx, ref: string, path = 'question'): Promise<Question> {
  const byId = await selectQuestion(ctx, ref)
  if (byId) return getQuestion(ctx, byId.id)
  await ensureSeeded(ctx)
  const key = fold(tidy(ref))
  const rows = await selectQuestions(ctx, { retired: 'all' })
  const exact = rows.filter((r) => fold(r.text) === key)
  const partial = exact.length > 0 ? exact : rows.filter((r) => fold(r.text).includes(key))
  if (partial.length === 1 && partial[0]) return getQuestion(ctx, partial[0].id)
  if (partial.length > 1)
    throw invalid(path, `"${ref}" matches ${partial.length} questions; use the id instead`)
  throw invalid(path, `no question with id or text "${ref}"`)
}

/** The conversation's first career (by name), checking that the conversation exists. */
async function firstCareerOf(ctx: Ctx, conversationId: string): Promise<string | null> {
  const found = await selectConversation(ctx, conversationId)
  if (!found) throw invalid('raisedInConversationId', `no conversation with id ${conversationId}`)
  const careers = await selectConversationCareers(ctx, [conversationId])
  return careers.get(conversationId)?.[0]?.id ?? null
}

export function toQuestion(row: QuestionListRow, askedCount: number): Question {
  return {
    id: row.id,
    text: row.text,
    topic: storedEnum(questionTopics, row.topic, 'advice'),
    tiara: storedEnum(tiaraLetters, row.tiara, 'insights'),
    specificity: storedEnum(specificities, row.specificity, 'general'),
    careerId: row.career_id,
    career: row.career_name,
    origin: storedEnum(questionOrigins, row.origin, 'explorer'),
    seedKey: row.seed_key,
    raisedInConversationId: row.raised_in_conversation_id,
    rating: row.rating,
    retired: row.retired_at !== null,
    retiredAt: row.retired_at,
    askedCount,
    problems: questionProblems(row.text),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
