import type { Ctx } from '../context.ts'
import { createQuestion, deleteQuestion, updateQuestion } from '../questions/service.ts'
import { guessTopic } from '../shared/topics.ts'
import { fold, tidy } from '../text.ts'
import { selectQuestionIdsInPlans, selectRaisedQuestions } from './repo.ts'

/**
 * Makes the questions raised in a reflection match `texts`: each text is a
 * specific question of every career of the conversation (origin
 * `reflection`, through the question bank's `createQuestion`), so the next
 * plan in that career suggests it. Saving the
 * same list again changes nothing; a question taken off the list is deleted,
 * or retired when a plan already uses it.
 */
export async function syncRaisedQuestions(
  ctx: Ctx,
  conversationId: string,
  careerIds: string[],
  texts: string[],
): Promise<void> {
  const current = await selectRaisedQuestions(ctx, conversationId)
  const targets: Array<string | null> = careerIds.length > 0 ? careerIds : [null]
  const keyOf = (text: string, careerId: string | null) => `${fold(tidy(text))}\u0000${careerId}`
  const existing = new Map(current.map((row) => [keyOf(row.text, row.career_id), row]))
  const wanted = new Set<string>()
  const toCreate: Array<{ text: string; careerId: string | null }> = []
  const toRevive: string[] = []
  for (const raw of texts) {
    const text = tidy(raw)
    for (const careerId of targets) {
      const key = keyOf(text, careerId)
      if (wanted.has(key)) continue
      wanted.add(key)
      const found = existing.get(key)
      if (found?.retired_at) toRevive.push(found.id)
      if (!found) toCreate.push({ text, careerId })
    }
  }
  const dropped = current.filter((row) => !wanted.has(keyOf(row.text, row.career_id)))
  const inPlans = await selectQuestionIdsInPlans(
    ctx,
    dropped.map((row) => row.id),
  )
  for (const row of dropped) {
    if (!inPlans.has(row.id)) await deleteQuestion(ctx, row.id)
    else if (!row.retired_at) await updateQuestion(ctx, row.id, { retired: true })
  }
  for (const id of toRevive) await updateQuestion(ctx, id, { retired: false })
  const base = ctx.now().getTime()
  for (const [index, { text, careerId }] of toCreate.entries()) {
    // One millisecond apart: ids and creation times keep the order the list gave.
    await createQuestion(
      { ...ctx, now: () => new Date(base + index) },
      {
        text,
        topic: guessTopic(text),
        specificity: 'specific',
        careerId,
        origin: 'reflection',
        raisedInConversationId: conversationId,
      },
    )
  }
}
