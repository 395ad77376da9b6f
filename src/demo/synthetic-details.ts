import { type Ctx, inTransaction } from '../core/context.ts'
import { newId } from '../core/ids.ts'
import { insertBatch, selectBareConversationIds } from './repo.ts'

const QUESTIONS: ReadonlyArray<readonly [text: string, topic: string]> = [
  ['What does a normal week look like?', 'day-to-day'],
  ['What do you wish you had known when you started?', 'advice'],
  ['Which skills from your PhD do you still use?', 'skills'],
  ['How did you get your first role?', 'path'],
  ['What do you like least about the job?', 'dislikes'],
]
const ANSWERS = [
  'Mostly cleaning data; then a model or two, and a meeting with the clinicians on Thursdays.',
  'That the first year is about learning the business, not the methods.',
  'Writing clearly, and knowing when an answer is good enough.',
  'A referral from a former lab mate, then two interviews and a take-home task.',
  'Waiting on other teams; some weeks nothing ships.',
]

export interface GeneratedDetails {
  conversations: number
  planItems: number
}

/**
 * Gives every `every`-th conversation of the explorer that has none of it yet what a held meeting
 * leaves behind: a plan of five questions (three answered, one skipped),
 * research and meeting notes, and a reflection with a pay line. Rows go in
 * with multi-row inserts, one transaction per batch, and are not indexed
 * for search. For the export benchmark, after `generateNotes`.
 *
 * @example await generateDetails(ctx, { every: 4 })
 */
export async function generateDetails(
  ctx: Ctx,
  options: { every?: number; batch?: number } = {},
): Promise<GeneratedDetails> {
  const every = options.every ?? 4
  const batch = options.batch ?? 500
  const ids = (await selectBareConversationIds(ctx)).filter((_, index) => index % every === 0)
  const at = ctx.now().toISOString()
  let planItems = 0
  for (let start = 0; start < ids.length; start += batch) {
    await inTransaction(ctx, async (tx) => {
      const chunk = ids.slice(start, start + batch)
      const items = chunk.flatMap((conversationId, n) =>
        QUESTIONS.map(([text, topic], position) => {
          const state = position < 3 ? 'asked' : position === 3 ? 'skipped' : 'planned'
          return {
            id: newId(tx.now()),
            owner_id: tx.ownerId,
            conversation_id: conversationId,
            question_id: null,
            text,
            topic,
            position,
            state,
            answer: state === 'asked' ? (ANSWERS[(position + n) % ANSWERS.length] ?? '') : '',
            asked_at: state === 'asked' ? at : null,
            created_at: at,
            updated_at: at,
          }
        }),
      )
      planItems += items.length
      await insertBatch(tx, 'plan_items', items)
      /** A row for each conversation of the batch, the explorer's. */
      const perConversation = <Row>(row: (n: number) => Row) =>
        chunk.map((conversationId, n) => ({
          conversation_id: conversationId,
          owner_id: tx.ownerId,
          ...row(n),
        }))
      await insertBatch(
        tx,
        'meetings',
        perConversation(() => ({
          research_notes: 'Read her two papers on readmission risk; the team is eight people.',
          free_notes: 'Talk to Renée about the Zürich office.\nSend the notebook she mentioned.',
          started_at: at,
          ended_at: at,
          updated_at: at,
        })),
      )
      await insertBatch(
        tx,
        'reflections',
        perConversation((n) => ({
          takeaways: 'The work is closer to applied statistics than I thought.',
          surprises: 'How much time goes into explaining results.',
          aha: '',
          pros: JSON.stringify(['Real patients', 'Smart colleagues']),
          cons: JSON.stringify(['Slow releases']),
          day_to_day: 'Notebooks, a stand-up, one long meeting a week.',
          training: '',
          fit_rating: 1 + (n % 5),
          hypothesis_change: '',
          next_people: JSON.stringify([{ name: 'Raj Patel', note: 'her manager', personId: null }]),
          completed_at: at,
          created_at: at,
          updated_at: at,
        })),
      )
      await insertBatch(
        tx,
        'pay_entries',
        perConversation((n) => ({
          id: newId(tx.now()),
          career_id: null,
          low: 60_000 + (n % 10) * 1000,
          high: 80_000,
          currency: 'EUR',
          period: 'year',
          level: 'junior',
          location: 'Berlin',
          year: 2026,
          note: '',
          position: 0,
          created_at: at,
        })),
      )
    })
  }
  return { conversations: ids.length, planItems }
}
