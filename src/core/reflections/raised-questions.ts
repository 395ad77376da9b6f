import type { Ctx } from '../context.ts'
import { newId } from '../ids.ts'
import { guessTopic } from '../insights/topics.ts'
import { fold, tidy } from '../text.ts'
import {
  deleteQuestionRows,
  type QuestionRow,
  retireQuestionRows,
  reviveQuestionRows,
  selectQuestionIdsInPlans,
  selectRaisedQuestions,
} from './repo.ts'

/**
 * Makes the questions raised in a reflection match `texts`: each text is a
 * specific question of every career of the conversation (origin
 * `reflection`), so the next plan in that career suggests it. Saving the
 * same list again changes nothing; a question taken off the list is deleted,
 * or retired when a plan already uses it.
 */
export async function syncRaisedQuestions(
  ctx: Ctx,
  conversationId: string,
  careerIds: string[],
  texts: string[],
): Promise<void> {
  const now = ctx.now().toISOString()
  const current = await selectRaisedQuestions(ctx, conversationId)
  const targets: Array<string | null> = careerIds.length > 0 ? careerIds : [null]
  const keyOf = (text: string, careerId: string | null) => `${fold(tidy(text))}\u0000${careerId}`
  const existing = new Map(current.map((row) => [keyOf(row.text, row.career_id), row]))
  const wanted = new Set<string>()
  const toCreate: QuestionRow[] = []
  const toRevive: string[] = []
  for (const raw of texts) {
    const text = tidy(raw)
    for (const careerId of targets) {
      const key = keyOf(text, careerId)
      if (wanted.has(key)) continue
      wanted.add(key)
      const found = existing.get(key)
      if (found) {
        if (found.retired_at) toRevive.push(found.id)
        continue
      }
      toCreate.push({
        // One millisecond apart, so the ids (time-ordered) keep the order the list gave.
        id: newId(new Date(ctx.now().getTime() + toCreate.length)),
        owner_id: ctx.ownerId,
        text,
        topic: guessTopic(text),
        tiara: 'insights',
        specificity: 'specific',
        career_id: careerId,
        origin: 'reflection',
        seed_key: null,
        raised_in_conversation_id: conversationId,
        rating: null,
        retired_at: null,
        created_at: now,
        updated_at: now,
      })
    }
  }
  const dropped = current.filter((row) => !wanted.has(keyOf(row.text, row.career_id)))
  const inPlans = await selectQuestionIdsInPlans(
    ctx,
    dropped.map((row) => row.id),
  )
  await deleteQuestionRows(
    ctx,
    dropped.filter((row) => !inPlans.has(row.id)).map((row) => row.id),
  )
  await retireQuestionRows(
    ctx,
    dropped.filter((row) => inPlans.has(row.id) && !row.retired_at).map((row) => row.id),
    now,
  )
  await reviveQuestionRows(ctx, toRevive, now)
  // Rows go in one by one to keep their creation order, which is the list's order.
  for (const row of toCreate) await ctx.db.insertInto('questions').values(row).execute()
}
