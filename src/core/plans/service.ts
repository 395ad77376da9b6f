import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { requireConversationRow, selectConversationCareers } from '../conversations/reads.ts'
import { invalid, NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { questionProblems } from '../questions/problems.ts'
import { selectQuestion } from '../questions/reads.ts'
import { createQuestion } from '../questions/service.ts'
import { questionTopics, specificities, tiaraLetters } from '../questions/topics.ts'
import { getSettings } from '../settings/service.ts'
import { decidePatch, parseFieldTimes } from '../shared/last-writer.ts'
import { storedEnum } from '../shared/schema.ts'
import { tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { forgetAnswer, indexAnswer } from './index-answers.ts'
import {
  deletePlanItemRow,
  insertPlanItems,
  type PlanItemListRow,
  type PlanItemRow,
  selectPlanItem,
  selectPlanItems,
  updatePlanItemRow,
  writePositions,
} from './repo.ts'
import {
  type Plan,
  PlanAdd,
  type PlanItem,
  PlanItemPatch,
  type PlanItemSaved,
  PlanOrder,
  planItemStates,
} from './schema.ts'
import { planWarnings } from './warnings.ts'

/**
 * A conversation's question plan: the questions in order, each with its
 * state and answer and the etiquette guard's findings, and warnings about
 * its size for the promised length.
 *
 * @example (await getPlan(ctx, conversationId)).warnings[0]?.message
 */
export async function getPlan(ctx: Ctx, conversationId: string): Promise<Plan> {
  const conversation = await requireConversationRow(ctx, conversationId)
  const [rows, settings] = await Promise.all([
    selectPlanItems(ctx, conversationId),
    getSettings(ctx),
  ])
  const items = rows.map(toPlanItem)
  const count = (state: string) => items.filter((i) => i.state === state).length
  return {
    conversationId,
    durationMinutes: conversation.duration_minutes,
    items,
    counts: {
      total: items.length,
      planned: count('planned'),
      asked: count('asked'),
      skipped: count('skipped'),
    },
    recommended: {
      min: settings.questionsRecommendedMin,
      max: settings.questionsRecommendedMax,
      warnAbove: settings.questionsWarnAbove,
    },
    warnings: planWarnings(items.length, settings, conversation.duration_minutes),
  }
}

/**
 * Adds questions to a plan — from the bank, or new texts (kept in the bank
 * as questions of the conversation's career unless `saveToBank` is false) —
 * at the end or at `position`. A bank question already in the plan is not
 * added twice.
 *
 * @example await addPlanItems(ctx, id, { items: [{ questionId }, { text: 'What surprised you?', topic: 'likes' }] })
 */
export async function addPlanItems(
  ctx: Ctx,
  conversationId: string,
  input: unknown,
): Promise<Plan> {
  const data = parseInput(PlanAdd, input)
  await inTransaction(ctx, async (tx) => {
    await requireConversationRow(tx, conversationId)
    const existing = await selectPlanItems(tx, conversationId)
    const inPlan = new Set(existing.flatMap((i) => (i.question_id ? [i.question_id] : [])))
    const careerId = await firstCareer(tx, conversationId)
    const now = tx.now().toISOString()
    const added: PlanItemRow[] = []
    for (const [index, entry] of data.items.entries()) {
      let questionId: string | null = null
      let text: string
      let topic: string
      if (entry.questionId) {
        const question = await selectQuestion(tx, entry.questionId)
        if (!question)
          throw invalid(`items.${index}.questionId`, `no question with id ${entry.questionId}`)
        if (inPlan.has(question.id)) continue
        questionId = question.id
        text = question.text
        topic = question.topic
      } else {
        text = tidy(entry.text ?? '')
        topic = entry.topic ?? 'advice'
        if (entry.saveToBank !== false) {
          const saved = await createQuestion(tx, { text, topic, careerId })
          questionId = saved.id
        }
      }
      if (questionId) inPlan.add(questionId)
      added.push({
        id: newId(new Date(tx.now().getTime() + index)),
        owner_id: tx.ownerId,
        conversation_id: conversationId,
        question_id: questionId,
        text,
        topic,
        position: existing.length + added.length,
        state: 'planned',
        answer: '',
        asked_at: null,
        created_at: now,
        updated_at: now,
        field_times: '{}',
      })
    }
    await insertPlanItems(tx, added)
    if (data.position !== undefined && added.length > 0) {
      const order = existing.map((i) => i.id)
      order.splice(Math.min(data.position, order.length), 0, ...added.map((i) => i.id))
      await writePositions(tx, order)
    }
  })
  return getPlan(ctx, conversationId)
}

/** Puts a plan in a new order; `order` names every item once. */
export async function reorderPlan(ctx: Ctx, conversationId: string, input: unknown): Promise<Plan> {
  const { order } = parseInput(PlanOrder, input)
  await inTransaction(ctx, async (tx) => {
    await requireConversationRow(tx, conversationId)
    const current = new Set((await selectPlanItems(tx, conversationId)).map((i) => i.id))
    const unknown = order.findIndex((id) => !current.has(id))
    if (unknown >= 0) throw invalid(`order.${unknown}`, `no item ${order[unknown]} in this plan`)
    if (new Set(order).size !== order.length) throw invalid('order', 'names an item twice')
    if (order.length !== current.size)
      throw invalid('order', `name all ${current.size} items of the plan, in their new order`)
    await writePositions(tx, order)
  })
  return getPlan(ctx, conversationId)
}

/**
 * Changes one item of a plan: asked or skipped, its answer, its text or
 * topic, its place. Safe to replay: with `updatedAt` (the client's time of
 * the edit) an older edit never overwrites a newer one, field by field, and
 * the answer stays the newest typed. A question with an answer was asked:
 * writing an answer to a planned or skipped question marks it asked; a
 * planned or skipped edit older than the answer is ignored; one as new or
 * newer is refused unless it clears the answer too (`answer: ""`), so an
 * answer is never dropped by a click.
 *
 * @example await updatePlanItem(ctx, itemId, { answer: 'About 60% cleaning', updatedAt: '2026-03-02T09:14:03Z' })
 */
export async function updatePlanItem(
  ctx: Ctx,
  itemId: string,
  patch: unknown,
): Promise<PlanItemSaved> {
  const { updatedAt, position, ...changes } = parseInput(PlanItemPatch, patch)
  const ignored = await inTransaction(ctx, async (tx) => {
    const current = await selectPlanItem(tx, itemId)
    if (!current) throw new NotFoundError('plan item', itemId)
    const decision = decidePatch(changes, current.field_times, updatedAt, tx.now())
    const applies = (field: keyof typeof changes) => decision.apply.includes(field)
    const at = updatedAt ? new Date(updatedAt).toISOString() : tx.now().toISOString()
    const next: PlanItemRow = {
      ...stripJoined(current),
      field_times: JSON.stringify(decision.times),
    }
    if (applies('text') && changes.text !== undefined) next.text = tidy(changes.text)
    if (applies('topic') && changes.topic) next.topic = changes.topic
    if (applies('answer') && changes.answer !== undefined) next.answer = changes.answer
    const stateEdit = applies('state') ? changes.state : undefined
    if (stateEdit) next.state = stateEdit
    const ignored = [...decision.ignored]
    if (next.answer.trim() !== '' && next.state !== 'asked') {
      const settled = answeredIsAsked(next.text, stateEdit, decision.times)
      next.state = 'asked'
      if (settled === 'state-ignored') {
        ignored.push('state')
        const stored = parseFieldTimes(current.field_times).state
        if (stored === undefined) delete decision.times.state
        else decision.times.state = stored
        next.field_times = JSON.stringify(decision.times)
      }
    }
    if (next.state === 'asked') next.asked_at = current.asked_at ?? at
    else next.asked_at = null
    next.updated_at = tx.now().toISOString()
    await updatePlanItemRow(tx, next)
    if (position !== undefined) await moveItem(tx, current.conversation_id, itemId, position)
    if (next.answer !== current.answer || next.text !== current.text) {
      await indexAnswer(tx, next)
    }
    return ignored
  })
  const saved = await selectPlanItem(ctx, itemId)
  if (!saved) throw new NotFoundError('plan item', itemId)
  return { ...toPlanItem(saved), ignored }
}

export async function getPlanItem(ctx: Ctx, itemId: string): Promise<PlanItem> {
  const row = await selectPlanItem(ctx, itemId)
  if (!row) throw new NotFoundError('plan item', itemId)
  return toPlanItem(row)
}

/** Takes a question out of a plan (the bank keeps it); its answer leaves the search index. */
export async function removePlanItem(ctx: Ctx, itemId: string): Promise<Plan> {
  const conversationId = await inTransaction(ctx, async (tx) => {
    const current = await selectPlanItem(tx, itemId)
    if (!current) throw new NotFoundError('plan item', itemId)
    await deletePlanItemRow(tx, itemId)
    await forgetAnswer(tx, itemId)
    const rest = (await selectPlanItems(tx, current.conversation_id)).map((i) => i.id)
    await writePositions(tx, rest)
    return current.conversation_id
  })
  return getPlan(ctx, conversationId)
}

/**
 * What happens to a state edit that says "not asked" while an answer stands:
 * an answer written after the click beats it (`state-ignored`); a click at
 * the same time or later contradicts the answer and is refused, with the way
 * out. Without a state edit, the answer simply makes the question asked.
 */
function answeredIsAsked(
  text: string,
  stateEdit: string | undefined,
  times: Record<string, string>,
): 'asked' | 'state-ignored' {
  if (!stateEdit) return 'asked'
  const answerAt = Date.parse(times.answer ?? '')
  const stateAt = Date.parse(times.state ?? '')
  if (answerAt > stateAt) return 'state-ignored'
  const wish = stateEdit === 'skipped' ? 'skip it' : 'mark it not asked'
  throw invalid(
    'state',
    `“${text}” has an answer, so it was asked; to ${wish}, clear its answer in the same change (answer: "")`,
  )
}

async function moveItem(ctx: Ctx, conversationId: string, itemId: string, position: number) {
  const order = (await selectPlanItems(ctx, conversationId))
    .map((i) => i.id)
    .filter((id) => id !== itemId)
  order.splice(Math.min(position, order.length), 0, itemId)
  await writePositions(ctx, order)
}

async function firstCareer(ctx: Ctx, conversationId: string): Promise<string | null> {
  const careers = await selectConversationCareers(ctx, [conversationId])
  return careers.get(conversationId)?.[0]?.id ?? null
}

function stripJoined(row: PlanItemListRow): PlanItemRow {
  const { question_tiara: _t, question_specificity: _s, ...plain } = row
  return plain
}

export function toPlanItem(row: PlanItemListRow): PlanItem {
  return {
    id: row.id,
    conversationId: row.conversation_id,
    questionId: row.question_id,
    text: row.text,
    topic: storedEnum(questionTopics, row.topic, 'advice'),
    tiara: row.question_tiara ? storedEnum(tiaraLetters, row.question_tiara, 'insights') : null,
    specificity: row.question_specificity
      ? storedEnum(specificities, row.question_specificity, 'general')
      : null,
    position: row.position,
    state: storedEnum(planItemStates, row.state, 'planned'),
    answer: row.answer,
    askedAt: row.asked_at,
    problems: questionProblems(row.text),
    updatedAt: row.updated_at,
  }
}
