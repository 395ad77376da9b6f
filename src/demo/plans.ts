import { DateTime } from 'luxon'
import { resolveCareer } from '../core/careers/service.ts'
import type { Ctx } from '../core/context.ts'
import { createConversation, listConversations } from '../core/conversations/service.ts'
import { endMeeting, startMeeting, updateMeeting } from '../core/meetings/service.ts'
import { findOrCreateOrganization } from '../core/organizations/service.ts'
import { createPerson, resolvePerson } from '../core/people/service.ts'
import { addPlanItems, updatePlanItem } from '../core/plans/service.ts'
import { suggestPlan } from '../core/plans/suggest.ts'
import { listQuestions } from '../core/questions/service.ts'
import { effectiveTimeZone, getSettings } from '../core/settings/service.ts'
import { toInstant } from '../core/shared/time.ts'
import { extraPeople } from './plans-people.ts'
import { dataScienceMeetings } from './plans-script.ts'
import { moreScriptedMeetings, researchNotes } from './plans-script-more.ts'

const scriptedMeetings = [...dataScienceMeetings, ...moreScriptedMeetings]

export interface DemoPlansSummary {
  /** People added so each career has more than one voice. */
  people: number
  conversations: number
  answers: number
}

const at = (ctx: Ctx, instant: number): Ctx => ({ ...ctx, now: () => new Date(instant) })
const minute = 60_000

/**
 * Gives the demo's held conversations what happened in them — plans with
 * questions asked (and one skipped, which carries over), answers in each
 * person's words, meeting notes, the actual start and end with a small
 * overrun — and the conversations ahead research notes and a suggested plan.
 * Adds a few earlier conversations first, so several people per career
 * answer the same topics.
 */
export async function generatePlans(ctx: Ctx): Promise<DemoPlansSummary> {
  const zone = effectiveTimeZone(await getSettings(ctx))
  const today = DateTime.fromJSDate(ctx.now()).setZone(zone).startOf('day')
  for (const extra of extraPeople) {
    const careerIds = await Promise.all(
      extra.careers.map(async (c) => (await resolveCareer(ctx, c)).id),
    )
    const { organization } = await findOrCreateOrganization(ctx, extra.organization)
    const start = toInstant(
      `${today.plus({ days: extra.dayOffset }).toISODate()}T${extra.time}`,
      zone,
    )
    const asOf = at(
      ctx,
      Math.min(
        DateTime.fromISO(start ?? '')
          .plus({ hours: 4 })
          .toMillis(),
        ctx.now().getTime(),
      ),
    )
    const person = await createPerson(asOf, {
      name: extra.name,
      organizationId: organization.id,
      title: extra.title,
      careerIds,
      connection: extra.connection,
      connectionNote: extra.connectionNote,
      source: extra.source,
      notes: extra.notes,
    })
    await createConversation(asOf, {
      personId: person.id,
      status: 'thanked',
      scheduledAt: start,
      timeZone: zone,
      format: extra.format,
      place: extra.place,
    })
  }

  const bank = new Map(
    (await listQuestions(ctx, { limit: 1000 })).items.flatMap((q) =>
      q.seedKey ? [[q.seedKey, q.id]] : [],
    ),
  )
  // Oldest first, so each plan is written after the conversations it learned from.
  const held = await Promise.all(
    scriptedMeetings.map(async (script) => ({
      script,
      conversation: await conversationOf(ctx, script.person, ['met', 'thanked']),
    })),
  )
  held.sort((a, b) =>
    (a.conversation?.scheduledAt ?? '').localeCompare(b.conversation?.scheduledAt ?? ''),
  )
  let answers = 0
  for (const { script, conversation } of held) {
    if (!conversation?.scheduledAt) continue
    const begin = Date.parse(conversation.scheduledAt) + script.lateMinutes * minute
    const end = begin + (conversation.durationMinutes + script.overrunMinutes) * minute
    const plan = await addPlanItems(at(ctx, begin - 2 * 24 * 60 * minute), conversation.id, {
      items: script.questions.flatMap(([key]) => {
        const questionId = bank.get(key)
        return questionId ? [{ questionId }] : []
      }),
    })
    await startMeeting(at(ctx, begin), conversation.id)
    const asked = script.questions.filter(([key]) => bank.has(key))
    for (const [index, [, state, answer]] of asked.entries()) {
      const item = plan.items[index]
      if (!item || state === 'planned') continue
      const when = begin + Math.round(((index + 1) * (end - begin)) / (asked.length + 1))
      await updatePlanItem(at(ctx, when), item.id, { state, answer })
      if (answer) answers++
    }
    await updateMeeting(at(ctx, end), conversation.id, { freeNotes: script.freeNotes })
    await endMeeting(at(ctx, end), conversation.id)
  }

  for (const [name, notes] of Object.entries(researchNotes)) {
    const conversation = await conversationOf(ctx, name, ['scheduled'])
    if (!conversation) continue
    await updateMeeting(ctx, conversation.id, { researchNotes: notes })
    await suggestPlan(ctx, conversation.id, {
      apply: true,
      count: conversation.durationMinutes <= 20 ? 6 : 8,
    })
  }
  return { people: extraPeople.length, conversations: extraPeople.length, answers }
}

async function conversationOf(ctx: Ctx, name: string, statuses: string[]) {
  const person = await resolvePerson(ctx, name).catch(() => undefined)
  if (!person) return undefined
  const { items } = await listConversations(
    ctx,
    { personId: person.id, status: statuses.join(',') },
    { all: true },
  )
  return items[0]
}
