import { sortInBankOrder } from '../questions/bank-order.ts'
import { questionProblems } from '../questions/problems.ts'
import type { QuestionListRow } from '../questions/repo.ts'
import {
  type QuestionTopic,
  questionTopicLabels,
  questionTopics,
  specificities,
  tiaraLetters,
} from '../questions/topics.ts'
import { asksForReferrals } from '../rules/referral-ask-text.ts'
import { storedEnum } from '../shared/schema.ts'
import { fold, tidy } from '../text.ts'
import type { CareerHistoryRow } from './repo.ts'
import type { Suggestion } from './schema.ts'

export interface SuggestionSources {
  /** The careers of the conversation being prepared. */
  careers: ReadonlyArray<{ id: string; name: string }>
  /** What is already in its plan. */
  plan: ReadonlyArray<{ questionId: string | null; text: string; topic: string }>
  /** Plan items of the other conversations in those careers, oldest conversation first. */
  history: readonly CareerHistoryRow[]
  /** Questions in use (not retired): the general bank and the careers' own. */
  bank: readonly QuestionListRow[]
  /** Person names of the conversations whose reflections raised questions. */
  raisedIn: ReadonlyMap<string, string>
  /** How many to suggest. */
  count: number
  /**
   * Whether the referral-ask advice allows asking this person who else to
   * talk to at this conversation (never at a first meeting).
   */
  referralAsksAdvised: boolean
}

/**
 * Whether a question may be suggested at all: never one the etiquette guard
 * flags, and a "who else should I talk to?" only where the referral-ask
 * advice says it is time.
 */
export function suggestible(text: string, referralAsksAdvised: boolean): boolean {
  if (questionProblems(text).length > 0) return false
  return referralAsksAdvised || !asksForReferrals(text)
}

const doneStatuses = new Set(['met', 'thanked'])
const specificityRank = (s: string | null) => Math.max(0, specificities.indexOf(s as 'general'))

/** A question's identity across plans: its bank id, and its text folded. */
function keysOf(questionId: string | null, text: string): string[] {
  const keys = [`t:${fold(tidy(text))}`]
  if (questionId) keys.push(`q:${questionId}`)
  return keys
}

/**
 * The next plan, in this order:
 * 1. questions carried over unasked (planned or skipped, never asked in the
 *    career) from the career's met or thanked conversations;
 * 2. questions raised in the career's reflections;
 * 3. for each core topic nobody in the career has answered yet, one bank
 *    question (the career's own first, then the best rated, general first);
 * 4. the rest of the bank, one per topic first: the career's own questions,
 *    then at each topic the next level of specificity (specific questions
 *    once general ones were asked in the career), best rated first.
 * A question asked in the career, or already in the plan, is never suggested;
 * nor one the etiquette guard flags, nor a referral ask against the advice.
 *
 * @example suggestFrom({ careers, plan: [], history, bank, raisedIn, count: 10 }).map((s) => s.reason)
 * // ['carried-over', 'reflection', 'gap', 'gap', …, 'bank']
 */
export function suggestFrom(sources: SuggestionSources): Suggestion[] {
  const careerIds = new Set(sources.careers.map((c) => c.id))
  const careerNames = sources.careers.map((c) => c.name).join(' or ') || 'this career'
  const taken = new Set<string>()
  const take = (questionId: string | null, text: string) => {
    for (const key of keysOf(questionId, text)) taken.add(key)
  }
  const isTaken = (questionId: string | null, text: string) =>
    keysOf(questionId, text).some((key) => taken.has(key))
  // Refused questions count as taken, so no step brings them back.
  const refused = (text: string) => !suggestible(text, sources.referralAsksAdvised)
  for (const q of sources.bank) if (refused(q.text)) take(q.id, q.text)
  for (const item of sources.history) if (refused(item.text)) take(item.question_id, item.text)

  // A question with an answer was asked, even in a row restored from an old backup.
  const wasAsked = (i: CareerHistoryRow) => i.state === 'asked' || i.answer.trim() !== ''
  const asked = sources.history.filter(wasAsked)
  for (const item of asked) take(item.question_id, item.text)
  for (const item of sources.plan) take(item.questionId, item.text)
  const answeredTopics = new Set(asked.filter((i) => i.answer.trim() !== '').map((i) => i.topic))
  const coveredTopics = new Set(sources.plan.map((i) => i.topic))
  // The most specific level asked so far at each topic.
  const reached = new Map<string, number>()
  for (const item of asked) {
    const rank = specificityRank(item.question_specificity ?? 'general')
    reached.set(item.topic, Math.max(reached.get(item.topic) ?? -1, rank))
  }
  const byId = new Map(sources.bank.map((q) => [q.id, q]))
  const suggestions: Suggestion[] = []
  const full = () => suggestions.length >= sources.count

  const add = (
    question: QuestionListRow | undefined,
    fallback: { text: string; topic: string; questionId: string | null },
    reason: Suggestion['reason'],
    because: string,
    fromConversationId: string | null,
  ) => {
    const text = fallback.text
    suggestions.push({
      questionId: fallback.questionId,
      text,
      topic: storedEnum(questionTopics, fallback.topic, 'advice'),
      tiara: question ? storedEnum(tiaraLetters, question.tiara, 'insights') : null,
      specificity: question ? storedEnum(specificities, question.specificity, 'general') : null,
      reason,
      because,
      fromConversationId,
      problems: questionProblems(text),
    })
    take(fallback.questionId, text)
    coveredTopics.add(fallback.topic)
  }
  const fromBank = (q: QuestionListRow, reason: Suggestion['reason'], because: string) =>
    add(q, { text: q.text, topic: q.topic, questionId: q.id }, reason, because, null)

  // 1. Carried over from the career's earlier conversations.
  for (const item of sources.history) {
    if (full()) break
    if (!doneStatuses.has(item.conversation_status)) continue
    if (wasAsked(item) || isTaken(item.question_id, item.text)) continue
    if (item.question_retired_at) continue
    const question = item.question_id ? byId.get(item.question_id) : undefined
    add(
      question,
      { text: item.text, topic: item.topic, questionId: item.question_id },
      'carried-over',
      item.state === 'skipped'
        ? `Skipped in your conversation with ${item.person_name}`
        : `Not asked in your conversation with ${item.person_name}`,
      item.conversation_id,
    )
  }

  const ofCareer = (q: QuestionListRow) => q.career_id !== null && careerIds.has(q.career_id)
  const usable = sortInBankOrder(
    sources.bank.filter((q) => q.career_id === null || careerIds.has(q.career_id)),
  )

  // 2. Raised in the career's reflections.
  for (const q of usable) {
    if (full()) break
    if (q.origin !== 'reflection' || !ofCareer(q) || isTaken(q.id, q.text)) continue
    const who = q.raised_in_conversation_id
      ? sources.raisedIn.get(q.raised_in_conversation_id)
      : undefined
    add(
      q,
      { text: q.text, topic: q.topic, questionId: q.id },
      'reflection',
      who ? `Raised in your reflection on ${who}` : 'Raised in one of your reflections',
      q.raised_in_conversation_id,
    )
  }

  const rating = (q: QuestionListRow) => q.rating ?? 3
  // 3. Topics nobody in the career has answered yet.
  if (careerIds.size > 0) {
    for (const topic of questionTopics) {
      if (full()) break
      if (answeredTopics.has(topic) || coveredTopics.has(topic)) continue
      const best = usable
        .filter((q) => q.topic === topic && !isTaken(q.id, q.text))
        .sort(
          (a, b) =>
            Number(ofCareer(b)) - Number(ofCareer(a)) ||
            rating(b) - rating(a) ||
            specificityRank(a.specificity) - specificityRank(b.specificity),
        )[0]
      if (!best) continue
      fromBank(
        best,
        'gap',
        `Nobody in ${careerNames} has answered “${questionTopicLabels[topic as QuestionTopic]}” yet`,
      )
    }
  }

  // 4. The rest of the bank.
  const distance = (q: QuestionListRow) => {
    const target = Math.min((reached.get(q.topic) ?? -1) + 1, specificities.length - 1)
    return Math.abs(specificityRank(q.specificity) - target)
  }
  const ranked = usable
    .filter((q) => q.origin !== 'reflection' || ofCareer(q))
    .sort(
      (a, b) =>
        Number(ofCareer(b)) - Number(ofCareer(a)) ||
        distance(a) - distance(b) ||
        rating(b) - rating(a),
    )
  const because = (q: QuestionListRow) => {
    if (ofCareer(q)) return `A question of ${q.career_name ?? careerNames}`
    const label = questionTopicLabels[q.topic as QuestionTopic] ?? q.topic
    if (specificityRank(q.specificity) > 0 && (reached.get(q.topic) ?? -1) >= 0)
      return `More specific: general “${label}” questions were already asked in ${careerNames}`
    return `From your question bank: ${label}`
  }
  for (const onePerTopic of [true, false]) {
    for (const q of ranked) {
      if (full()) break
      if (isTaken(q.id, q.text)) continue
      if (onePerTopic && coveredTopics.has(q.topic)) continue
      fromBank(q, ofCareer(q) ? 'career' : 'bank', because(q))
    }
  }
  return suggestions
}
