import type { Ctx } from '../context.ts'
import { inTransaction } from '../context.ts'
import { requireConversationRow, selectConversationCareers } from '../conversations/reads.ts'
import { NotFoundError, ValidationError } from '../errors.ts'
import { findOrCreateOrganization } from '../organizations/service.ts'
import { selectPerson } from '../people/reads.ts'
import type { Person } from '../people/schema.ts'
import { createPerson, getPerson } from '../people/service.ts'
import { meetingAtOf } from '../rules/held-time.ts'
import { explorerDateStyle } from '../settings/service.ts'
import { dateText } from '../shared/date-words.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { selectMeeting, selectReferralsOf } from './repo.ts'
import { ReferralCreate } from './schema.ts'

/**
 * "Who else should I talk to?" — captures the name they gave as a new
 * person referred by them, about the same careers, at the organization
 * named (created when new). Capturing the same name twice for the same
 * referrer returns the person already captured, so a replayed request
 * never makes a duplicate.
 *
 * @example await captureReferral(ctx, conversationId, { name: 'Raj Patel', organization: 'Brightline' })
 */
export async function captureReferral(
  ctx: Ctx,
  conversationId: string,
  input: unknown,
): Promise<{ person: Person; created: boolean }> {
  const data = parseInput(ReferralCreate, input)
  const found = await inTransaction(ctx, async (tx) => {
    const conversation = await requireConversationRow(tx, conversationId)
    const referrer = await selectPerson(tx, conversation.person_id)
    if (!referrer) throw new NotFoundError('person', conversation.person_id)
    const key = fold(tidy(data.name))
    const already = (await selectReferralsOf(tx, referrer.id)).find((p) => p.name_key === key)
    if (already) return { id: already.id, created: false }
    const careers =
      (await selectConversationCareers(tx, [conversationId])).get(conversationId) ?? []
    const organizationId = data.organization
      ? (await findOrCreateOrganization(tx, data.organization, 'organization')).organization.id
      : undefined
    // Dated the day they said it: the meeting's real start, in the explorer's zone.
    const meeting = await selectMeeting(tx, conversationId)
    const heldAt = meetingAtOf({
      ...conversation,
      started_at: meeting?.started_at ?? null,
      ended_at: meeting?.ended_at ?? null,
    })
    // In words, as every sentence writes a date: "met 2 Mar 2026", never an ISO date.
    const date = heldAt ? dateText(heldAt, await explorerDateStyle(tx)) : null
    const person = await createPerson(tx, {
      name: data.name,
      organizationId,
      careerIds: careers.map((c) => c.id),
      connection: 'referral',
      connectionNote: `Suggested by ${referrer.name}`,
      notes: data.note ?? '',
      source: date
        ? `Referral from ${referrer.name}, met ${date}`
        : `Referral from ${referrer.name}`,
      referredById: referrer.id,
    }).catch((error: unknown) => {
      // The referrer was deleted at the same moment: say so, not "referredById".
      if (error instanceof ValidationError && error.issues.some((i) => i.path === 'referredById'))
        throw new NotFoundError('person', referrer.id)
      throw error
    })
    return { id: person.id, created: true }
  })
  return { person: await getPerson(ctx, found.id), created: found.created }
}
