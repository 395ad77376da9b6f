import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { requireConversationRow, selectConversationCareers } from '../conversations/reads.ts'
import { selectMeeting } from '../meetings/reads.ts'
import { selectQuestions } from '../questions/reads.ts'
import { ensureSeeded } from '../questions/seeding.ts'
import { referralAsksAdvisedAt } from '../referral-asks/service.ts'
import { meetingAtOf } from '../rules/held-time.ts'
import { getSettings } from '../settings/service.ts'
import { parseInput } from '../validate.ts'
import { selectCareerHistory, selectPersonNamesOfConversations, selectPlanItems } from './repo.ts'
import { type SuggestAnswer, SuggestInput, type Suggestion } from './schema.ts'
import { addPlanItems, getPlan } from './service.ts'
import { suggestFrom } from './suggest-rules.ts'

/**
 * Suggests the next questions for a conversation: what earlier
 * conversations in its career(s) left unasked, what its reflections raised,
 * the topics nobody has answered yet, then the bank — never a question
 * already asked in the career or already planned, never one the etiquette
 * guard flags, and "who else should I talk to?" only when the referral-ask
 * advice allows asking this person (not at a first meeting). By default it fills the
 * plan up to the recommended most; with `apply` the suggestions are added.
 *
 * @example const { suggestions } = await suggestPlan(ctx, conversationId)
 * @example const { plan } = await suggestPlan(ctx, conversationId, { apply: true })
 */
export async function suggestPlan(
  ctx: Ctx,
  conversationId: string,
  input: unknown = {},
): Promise<SuggestAnswer> {
  const { count, apply } = parseInput(SuggestInput, input)
  const suggestions = await inTransaction(ctx, async (tx) => {
    const conversation = await requireConversationRow(tx, conversationId)
    await ensureSeeded(tx)
    const careers =
      (await selectConversationCareers(tx, [conversationId])).get(conversationId) ?? []
    const careerIds = careers.map((c) => c.id)
    const [plan, history, bank, settings] = await Promise.all([
      selectPlanItems(tx, conversationId),
      selectCareerHistory(tx, careerIds, conversationId),
      selectQuestions(tx, { retired: 'false' }),
      getSettings(tx),
    ])
    const raisedInIds = bank.flatMap((q) =>
      q.origin === 'reflection' && q.raised_in_conversation_id ? [q.raised_in_conversation_id] : [],
    )
    const raisedIn = await selectPersonNamesOfConversations(tx, [...new Set(raisedInIds)])
    const wanted = count ?? Math.max(0, settings.questionsRecommendedMax - plan.length)
    const meeting = await selectMeeting(tx, conversationId)
    const meetingAt = meetingAtOf({
      ...conversation,
      started_at: meeting?.started_at ?? null,
      ended_at: null,
    })
    // Asked at the conversation, and never earlier than now (a date already past).
    const askedAt = Math.max(Date.parse(meetingAt ?? ''), tx.now().getTime()) || tx.now().getTime()
    const referralAsksAdvised = await referralAsksAdvisedAt(
      tx,
      conversation.person_id,
      new Date(askedAt).toISOString(),
      conversationId,
    )
    return suggestFrom({
      referralAsksAdvised,
      careers,
      plan: plan.map((i) => ({ questionId: i.question_id, text: i.text, topic: i.topic })),
      history,
      bank,
      raisedIn,
      count: wanted,
    })
  })
  if (apply && suggestions.length > 0) {
    const plan = await addPlanItems(ctx, conversationId, { items: suggestions.map(toAddition) })
    return { suggestions, plan }
  }
  return { suggestions, plan: await getPlan(ctx, conversationId) }
}

/** A suggestion as an item to add: its bank question, or its text (carried over without one). */
export function toAddition(suggestion: Suggestion) {
  return suggestion.questionId
    ? { questionId: suggestion.questionId }
    : { text: suggestion.text, topic: suggestion.topic, saveToBank: false }
}
