import { careerCoverageLines } from '../careers/coverage.ts'
import type { Ctx } from '../context.ts'
import { cadenceClock, cadenceOfEveryone } from '../outreach/cadence-service.ts'
import { localDate } from '../rules/local-time.ts'
import { getSettings } from '../settings/service.ts'
import { buildAgenda } from './build.ts'
import { SECOND_CONTACTS_NAMED, secondContactOrganizations } from './chasing.ts'
import {
  selectAgendaConversations,
  selectAgendaMessages,
  selectAgendaPeople,
  selectUncontactedAt,
} from './repo.ts'
import { agendaSections, type Today } from './schema.ts'

/**
 * Today: meetings today and tomorrow, thank-yous due tonight, reflections,
 * confirmations, 3B7 follow-ups and second contacts, replies awaited,
 * progress updates and check-ins, and the next suggested steps — each with
 * its deadline and the one action that clears it, most urgent first.
 * Everything is derived from the records at `ctx.now()`.
 *
 * @example (await today(ctx)).items[0]?.title // 'Thank Hannah Schulz'
 */
export async function today(ctx: Ctx): Promise<Today> {
  // Only what can be due is read: active conversations, sent messages and the
  // people they went to, referrals nobody has reached, drafts and coverage —
  // never every person the explorer holds.
  // The settings once, for the clock and the coverage targets alike.
  const settings = getSettings(ctx)
  const [clock, conversations, people, messages, coverage] = await Promise.all([
    settings.then((s) => cadenceClock(ctx, s)),
    selectAgendaConversations(ctx),
    selectAgendaPeople(ctx),
    selectAgendaMessages(ctx),
    settings.then((s) => careerCoverageLines(ctx, s)),
  ])
  const { sent, drafts } = messages
  const organizationOf = new Map(
    people.filter((p) => p.contacted).map((p) => [p.id, p.organization_id]),
  )
  // The absences auto-replies named (issue 15) move the follow-ups.
  const absences = new Map(
    people.flatMap((p) => (p.absent_until ? [[p.id, p.absent_until] as const] : [])),
  )
  const cadence = cadenceOfEveryone(sent, organizationOf, clock, absences)
  // One more than named, to know whether there are others.
  const candidates = await selectUncontactedAt(
    ctx,
    secondContactOrganizations(cadence, organizationOf),
    SECOND_CONTACTS_NAMED + 1,
  )
  const zone = clock.time.zone
  const items = buildAgenda({
    clock: {
      now: clock.now,
      zone,
      today: localDate(clock.now, zone),
      style: { clock: clock.settings.clock, locale: ctx.locale },
    },
    settings: clock.settings,
    conversations,
    people,
    candidates,
    sent,
    drafts,
    cadence,
    coverage,
  })
  return {
    now: clock.now,
    today: localDate(clock.now, zone),
    timeZone: zone,
    items,
    sections: agendaSections.map((section) => ({
      key: section.key,
      title: section.title,
      count: items.filter((i) => i.section === section.key).length,
    })),
  }
}
