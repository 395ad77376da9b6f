import { DateTime } from 'luxon'
import { createCareer } from '../core/careers/service.ts'
import type { Ctx } from '../core/context.ts'
import { createConversation } from '../core/conversations/service.ts'
import { ConflictError } from '../core/errors.ts'
import { createOrganization } from '../core/organizations/service.ts'
import { createPerson } from '../core/people/service.ts'
import { effectiveTimeZone, getSettings } from '../core/settings/service.ts'
import { toInstant } from '../core/shared/time.ts'
import { demoConversations } from './conversations-data.ts'
import { demoCareers, demoOrganizations, demoPeople } from './data.ts'
import { importDemoConnections } from './imports.ts'
import { generateOutreach } from './outreach.ts'
import { generatePlans } from './plans.ts'
import { generateReferralAsks } from './referral-asks.ts'
import { generateReflections } from './reflections.ts'
import { selectFirstRecords } from './repo.ts'

export interface DemoSummary {
  careers: number
  organizations: number
  people: number
  conversations: number
}

/**
 * Fills an empty account with the lived-in sample: a mathematics PhD
 * weighing careers, with people, organizations, referrals and conversations
 * in every status, dated around today.
 */
export async function generateDemo(ctx: Ctx): Promise<DemoSummary> {
  await requireEmpty(ctx)
  const zone = effectiveTimeZone(await getSettings(ctx))
  const today = DateTime.fromJSDate(ctx.now()).setZone(zone).startOf('day')

  const careerIds = new Map<string, string>()
  for (const career of demoCareers) {
    const created = await createCareer(ctx, {
      name: career.name,
      parentId: career.parent ? careerIds.get(career.parent) : undefined,
      status: career.status,
      hypothesis: career.hypothesis,
      notes: career.notes,
    })
    careerIds.set(career.key, created.id)
  }
  const ids = (keys: string[], map: Map<string, string>) => keys.flatMap((k) => map.get(k) ?? [])

  const organizationIds = new Map<string, string>()
  for (const o of demoOrganizations) {
    const created = await createOrganization(ctx, {
      name: o.name,
      website: o.website,
      industry: o.industry,
      advocacy: o.advocacy,
      motivation: o.motivation,
      posting: o.posting,
      careerIds: ids(o.careers, careerIds),
      notes: o.notes,
    })
    organizationIds.set(o.key, created.id)
  }

  const personIds = new Map<string, string>()
  for (const p of demoPeople) {
    const created = await createPerson(ctx, {
      name: p.name,
      organizationId: organizationIds.get(p.organization),
      title: p.title,
      careerIds: ids(p.careers, careerIds),
      connection: p.connection,
      connectionNote: p.connectionNote,
      source: p.source,
      emails: p.email ? [p.email] : [],
      linkedinUrl: p.linkedin,
      tags: p.tags,
      notes: p.notes,
      referredById: p.referredBy ? personIds.get(p.referredBy) : undefined,
    })
    personIds.set(p.key, created.id)
  }

  for (const c of demoConversations) {
    const personId = personIds.get(c.person)
    if (!personId) continue
    const start =
      c.dayOffset === undefined
        ? null
        : toInstant(`${today.plus({ days: c.dayOffset }).toISODate()}T${c.time ?? '10:00'}`, zone)
    // Record each conversation as of the moment its status last changed.
    const changedAt = start
      ? DateTime.fromISO(start).plus({ minutes: c.status === 'scheduled' ? -60 * 24 * 3 : 90 })
      : today.minus({ days: c.changedDaysAgo ?? 1 }).set({ hour: 10 })
    const asOf = new Date(Math.min(changedAt.toMillis(), ctx.now().getTime()))
    await createConversation(
      { ...ctx, now: () => asOf },
      {
        personId,
        status: c.status,
        scheduledAt: start,
        timeZone: start ? zone : undefined,
        durationMinutes: c.minutes,
        format: c.format,
        place: c.place,
        notes: c.notes,
      },
    )
  }
  const plans = await generatePlans(ctx)
  const reflections = await generateReflections(ctx)
  const imported = await importDemoConnections(ctx)
  await generateOutreach(ctx)
  await generateReferralAsks(ctx)
  return {
    careers: demoCareers.length,
    organizations: demoOrganizations.length,
    people: demoPeople.length + plans.people + reflections.people + imported.created,
    conversations: demoConversations.length + plans.conversations + reflections.conversations,
  }
}

async function requireEmpty(ctx: Ctx): Promise<void> {
  const { person, career, organization } = await selectFirstRecords(ctx)
  if (person || career || organization) {
    throw new ConflictError(
      'this data directory already holds records; the demo only fills an empty one (use --data with a new directory)',
    )
  }
}
