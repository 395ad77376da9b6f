import { DateTime } from 'luxon'
import { resolveCareer } from '../core/careers/service.ts'
import type { Ctx } from '../core/context.ts'
import { createConversation, updateConversation } from '../core/conversations/service.ts'
import { endMeeting, startMeeting, updateMeeting } from '../core/meetings/service.ts'
import { findOrCreateOrganization } from '../core/organizations/service.ts'
import { createPerson } from '../core/people/service.ts'
import { addPlanItems, updatePlanItem } from '../core/plans/service.ts'
import { listQuestions } from '../core/questions/service.ts'
import { saveReflection } from '../core/reflections/service.ts'
import { effectiveTimeZone, getSettings } from '../core/settings/service.ts'
import { toInstant } from '../core/shared/time.ts'
import { earlierQuant, scriptedReflections } from './reflections-script.ts'
import { selectHeldConversationTimes } from './repo.ts'

export interface DemoReflectionsSummary {
  people: number
  conversations: number
  reflections: number
}

const at = (ctx: Ctx, instant: number): Ctx => ({ ...ctx, now: () => new Date(instant) })

/**
 * Writes the explorer's reflections on the demo's held conversations, each
 * as of a few hours after its meeting (today's only half done, so it is still
 * due). Adds one earlier quant conversation first, so the dropped career has
 * a trend too.
 */
export async function generateReflections(ctx: Ctx): Promise<DemoReflectionsSummary> {
  const zone = effectiveTimeZone(await getSettings(ctx))
  const today = DateTime.fromJSDate(ctx.now()).setZone(zone).startOf('day')
  const start = toInstant(
    `${today.plus({ days: earlierQuant.dayOffset }).toISODate()}T${earlierQuant.time}`,
    zone,
  )
  const asOf = at(ctx, Math.min(Date.parse(start ?? '') - 7 * 86_400_000, ctx.now().getTime()))
  const quant = await resolveCareer(ctx, earlierQuant.career)
  const { organization } = await findOrCreateOrganization(asOf, earlierQuant.organization)
  const aiko = await createPerson(asOf, {
    name: earlierQuant.name,
    organizationId: organization.id,
    title: earlierQuant.title,
    careerIds: [quant.id],
    connection: 'event',
    connectionNote: earlierQuant.connectionNote,
    source: 'Careers evening',
    notes: earlierQuant.notes,
  })
  const call = await createConversation(asOf, {
    personId: aiko.id,
    status: 'scheduled',
    scheduledAt: start,
    timeZone: zone,
    format: 'phone',
    durationMinutes: earlierQuant.minutes,
  })
  await recordEarlierQuantMeeting(ctx, call.id, Date.parse(start ?? ''))

  const held = await selectHeldConversationTimes(ctx)
  let written = 0
  for (const script of scriptedReflections) {
    const conversation = held.find((c) => c.name === script.person)
    if (!conversation) continue
    const ended = Date.parse(conversation.ended_at ?? conversation.scheduled_at ?? '')
    const writtenAt = Number.isNaN(ended)
      ? ctx.now().getTime()
      : Math.min(ended + script.writtenAfterHours * 3_600_000, ctx.now().getTime())
    const { person: _person, writtenAfterHours: _after, ...fields } = script
    await saveReflection(at(ctx, writtenAt), conversation.id, fields)
    written++
  }
  return { people: 1, conversations: 1, reflections: written }
}

/** Aiko's call as it went, like the other held conversations: a plan, answers, start and end. */
async function recordEarlierQuantMeeting(ctx: Ctx, conversationId: string, begin: number) {
  const bank = new Map(
    (await listQuestions(ctx, { limit: 1000 })).items.flatMap((q) =>
      q.seedKey ? [[q.seedKey, q.id]] : [],
    ),
  )
  const answers = earlierQuant.answers.filter(([key]) => bank.has(key))
  const plan = await addPlanItems(at(ctx, begin - 86_400_000), conversationId, {
    items: answers.map(([key]) => ({ questionId: bank.get(key) })),
  })
  await startMeeting(at(ctx, begin), conversationId)
  const end = begin + (earlierQuant.minutes + earlierQuant.overrunMinutes) * 60_000
  for (const [index, [, answer]] of answers.entries()) {
    const item = plan.items[index]
    if (!item) continue
    const when = begin + Math.round(((index + 1) * (end - begin)) / (answers.length + 1))
    await updatePlanItem(at(ctx, when), item.id, { state: 'asked', answer })
  }
  await updateMeeting(at(ctx, end), conversationId, { freeNotes: earlierQuant.freeNotes })
  await endMeeting(at(ctx, end), conversationId)
  await updateConversation(at(ctx, end), conversationId, { status: 'met' })
  await updateConversation(at(ctx, end + 3 * 3_600_000), conversationId, { status: 'thanked' })
}
