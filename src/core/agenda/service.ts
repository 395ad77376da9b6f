import type { Ctx } from '../context.ts'
import { cadenceClock, cadenceOfEveryone } from '../outreach/cadence-service.ts'
import { selectSentMessages } from '../outreach/repo.ts'
import { localDate } from '../rules/local-time.ts'
import { buildAgenda } from './build.ts'
import {
  selectAgendaConversations,
  selectAgendaPeople,
  selectCareerCoverage,
  selectDraftRefs,
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
  const clock = await cadenceClock(ctx)
  const [conversations, people, sent, drafts, coverage] = await Promise.all([
    selectAgendaConversations(ctx),
    selectAgendaPeople(ctx),
    selectSentMessages(ctx),
    selectDraftRefs(ctx),
    selectCareerCoverage(ctx),
  ])
  const organizationOf = new Map(people.map((p) => [p.id, p.organization_id]))
  const zone = clock.time.zone
  const items = buildAgenda({
    clock: { now: clock.now, zone, today: localDate(clock.now, zone) },
    settings: clock.settings,
    conversations,
    people,
    sent,
    drafts,
    cadence: cadenceOfEveryone(sent, organizationOf, clock),
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
