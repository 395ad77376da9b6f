import type { Ctx } from '../context.ts'
import { selectMeeting, selectReferralsOf } from '../meetings/reads.ts'
import { selectPlanItems } from '../plans/reads.ts'
import { fold, tidy } from '../text.ts'
import { findPayMentions } from './pay-mentions.ts'
import { requireReflectedConversation } from './resolve.ts'
import type { MeetingHeard } from './schema.ts'
import { getReflection } from './service.ts'

/**
 * What the meeting captured, to write the reflection beside it: the
 * answers and notes, the pay figures said in them that the pay ledger does
 * not hold yet, and the people they referred you to who are not among the
 * next people yet.
 *
 * @example (await heardInMeeting(ctx, conversationId)).pay[0]?.text // '€68–75k'
 */
export async function heardInMeeting(ctx: Ctx, conversationId: string): Promise<MeetingHeard> {
  const conversation = await requireReflectedConversation(ctx, conversationId)
  const [items, meeting, referred, reflection] = await Promise.all([
    selectPlanItems(ctx, conversationId),
    selectMeeting(ctx, conversationId),
    selectReferralsOf(ctx, conversation.person_id),
    getReflection(ctx, conversationId),
  ])
  const answers = items
    .filter((item) => item.answer.trim())
    .map((item) => ({ question: item.text, answer: item.answer }))
  const notes = meeting?.free_notes ?? ''
  const inLedger = new Set(reflection.pay.map((p) => payKey(p)))
  const said = [
    ...answers.map((a) => ({ text: a.answer, question: a.question as string | null })),
    { text: notes, question: null },
  ]
  const pay = said.flatMap(({ text, question }) =>
    findPayMentions(text)
      .filter((mention) => {
        // Said twice, or already in the ledger: offered once, or not at all.
        const key = payKey(mention)
        if (inLedger.has(key)) return false
        inLedger.add(key)
        return true
      })
      .map((mention) => ({ ...mention, question })),
  )
  const named = new Set(reflection.nextPeople.map((p) => p.personId ?? fold(tidy(p.name))))
  const referrals = referred
    .filter((p) => !named.has(p.id) && !named.has(p.name_key))
    .map((p) => ({ personId: p.id, name: p.name, organization: p.organization }))
  return { answers, notes, pay, referrals }
}

function payKey(p: { low: number | null; high: number | null; currency: string; period: string }) {
  return `${p.low}-${p.high}-${p.currency}-${p.period}`
}
