import type { Ctx } from '../context.ts'

/** A conversation as the agenda reads it. */
export interface AgendaConversation {
  id: string
  person_id: string
  person_name: string
  organization_name: string | null
  status: string
  status_changed_at: string
  scheduled_at: string | null
  duration_minutes: number
  format: string | null
  place: string
  /** From the reflections table (another feature's): null until completed. */
  reflection_completed_at: string | null
}

export async function selectAgendaConversations(ctx: Ctx): Promise<AgendaConversation[]> {
  return ctx.db
    .selectFrom('conversations as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('reflections as r', 'r.conversation_id', 'c.id')
    .select([
      'c.id',
      'c.person_id',
      'p.name as person_name',
      'o.name as organization_name',
      'c.status',
      'c.status_changed_at',
      'c.scheduled_at',
      'c.duration_minutes',
      'c.format',
      'c.place',
      'r.completed_at as reflection_completed_at',
    ])
    .where('c.owner_id', '=', ctx.ownerId)
    .where('c.status', 'in', ['requested', 'scheduled', 'met', 'thanked', 'no_response'])
    .orderBy('c.scheduled_at')
    .orderBy('c.id')
    .execute()
}

/** A person as the agenda reads them, with how far reaching them has gone. */
export interface AgendaPerson {
  id: string
  name: string
  organization_id: string | null
  organization_name: string | null
  referred_by_id: string | null
  referrer_name: string | null
  /** Written to, or a conversation beyond `identified` (a cancelled one was dealt with too). */
  contacted: boolean
}

export async function selectAgendaPeople(ctx: Ctx): Promise<AgendaPerson[]> {
  const rows = await ctx.db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .select((eb) => [
      'p.id',
      'p.name',
      'p.organization_id',
      'o.name as organization_name',
      'p.referred_by_id',
      'r.name as referrer_name',
      eb
        .exists(
          eb
            .selectFrom('conversations as c')
            .select('c.id')
            .whereRef('c.person_id', '=', 'p.id')
            .where('c.status', '!=', 'identified'),
        )
        .as('in_conversation'),
      eb
        .exists(
          eb
            .selectFrom('messages as m')
            .select('m.id')
            .whereRef('m.person_id', '=', 'p.id')
            .where('m.status', 'in', ['sent', 'replied']),
        )
        .as('written_to'),
    ])
    .where('p.owner_id', '=', ctx.ownerId)
    .orderBy('p.name_key')
    .execute()
  return rows.map(({ in_conversation, written_to, ...person }) => ({
    ...person,
    contacted: Boolean(in_conversation) || Boolean(written_to),
  }))
}

/** Careers being explored with how many people (and from how many organizations) speak to them. */
export interface CareerCoverage {
  id: string
  name: string
  people: number
  organizations: number
}

export async function selectCareerCoverage(ctx: Ctx): Promise<CareerCoverage[]> {
  const [careers, links] = await Promise.all([
    ctx.db
      .selectFrom('careers')
      .select(['id', 'name'])
      .where('owner_id', '=', ctx.ownerId)
      .where('status', '!=', 'dropped')
      .orderBy('name_key')
      .execute(),
    ctx.db
      .selectFrom('person_careers as pc')
      .innerJoin('people as p', 'p.id', 'pc.person_id')
      .select(['pc.career_id', 'pc.person_id', 'p.organization_id'])
      .where('pc.owner_id', '=', ctx.ownerId)
      .execute(),
  ])
  return careers.map((career) => {
    const mine = links.filter((l) => l.career_id === career.id)
    return {
      id: career.id,
      name: career.name,
      people: new Set(mine.map((l) => l.person_id)).size,
      organizations: new Set(mine.flatMap((l) => l.organization_id ?? [])).size,
    }
  })
}

/** Drafts waiting to be finished, so the agenda can point at them instead of a new one. */
export async function selectDraftRefs(
  ctx: Ctx,
): Promise<Array<{ id: string; kind: string; person_id: string; conversation_id: string | null }>> {
  return ctx.db
    .selectFrom('messages')
    .select(['id', 'kind', 'person_id', 'conversation_id'])
    .where('owner_id', '=', ctx.ownerId)
    .where('status', '=', 'draft')
    .orderBy('created_at', 'desc')
    .execute()
}
