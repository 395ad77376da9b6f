import { type ExpressionBuilder, type Kysely, sql } from 'kysely'
import {
  conversationAndPerson,
  conversationsWithPerson,
  meetingTimes,
} from '../../db/conversation-people.ts'
import { fixedListQuery, fixedQuery } from '../../db/fixed-query.ts'
import type { Database } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import type { MessageRow } from '../outreach/repo.ts'

/** A conversation as the agenda reads it. */
export interface AgendaConversation {
  id: string
  person_id: string
  person_name: string
  organization_name: string | null
  status: string
  status_changed_at: string
  scheduled_at: string | null
  /** From meeting mode: when it really started and ended (see rules/held-time.ts). */
  started_at: string | null
  ended_at: string | null
  duration_minutes: number
  format: string | null
  place: string
  /** From the reflections table (another feature's): null until completed. */
  reflection_completed_at: string | null
}

// Today's statements never change shape: each is built and compiled once
// (db/fixed-query.ts), which cost more than running most of them. They
// read nothing but the data (the clock is applied after), so SQLite
// remembers their answers until the data changes: Today is asked again
// and again between writes, and its reads were a third of its time.
const agendaConversations = fixedQuery(
  (db: Kysely<Database>, owner: string) =>
    conversationsWithPerson(db, owner)
      .leftJoin('organizations as o', 'o.id', 'p.organization_id')
      .leftJoin('reflections as r', 'r.conversation_id', 'c.id')
      .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
      .select([
        ...meetingTimes,
        ...conversationAndPerson,
        'o.name as organization_name',
        'c.status',
        'c.status_changed_at',
        'c.scheduled_at',
        'c.duration_minutes',
        'c.format',
        'c.place',
        'r.completed_at as reflection_completed_at',
      ])
      .where('c.status', 'in', ['requested', 'scheduled', 'met', 'thanked', 'no_response'])
      .orderBy('c.scheduled_at')
      .orderBy('c.id'),
  { untilDataChanges: true },
)

export async function selectAgendaConversations(ctx: Ctx): Promise<AgendaConversation[]> {
  return agendaConversations(ctx, ctx.ownerId)
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
  /** The last day away an auto-reply named (issue 15), not dismissed; null if none. */
  absent_until: string | null
}

const writtenStatuses = ['sent', 'replied'] as const

function agendaPeopleQuery(db: Kysely<Database>, owner: string) {
  return db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .select([
      'p.id',
      'p.name',
      'p.organization_id',
      'o.name as organization_name',
      'p.referred_by_id',
      'r.name as referrer_name',
      // An index probe per person (mail_findings_person): no extra round trip for Today.
      (eb) =>
        eb
          .selectFrom('mail_findings as f')
          .select((f) => f.fn.max('f.absent_until').as('absent_until'))
          .where('f.owner_id', '=', owner)
          .whereRef('f.person_id', '=', 'p.id')
          .where('f.kind', '=', 'auto_reply')
          .where('f.status', '!=', 'dismissed')
          .as('absent_until'),
    ])
    .where('p.owner_id', '=', owner)
}

/**
 * Whether nobody has reached the person `p` yet: no message sent or
 * replied, no conversation beyond `identified`. Both lookups are by
 * `(owner_id, person_id)`, so they cost an index probe per person asked about.
 */
function notContacted(owner: string) {
  return (eb: ExpressionBuilder<Database & { p: Database['people'] }, 'p'>) =>
    eb.and([
      eb.not(
        eb.exists(
          eb
            .selectFrom('conversations as c')
            .select('c.id')
            .where('c.owner_id', '=', owner)
            .whereRef('c.person_id', '=', 'p.id')
            .where('c.status', '!=', 'identified'),
        ),
      ),
      eb.not(
        eb.exists(
          eb
            .selectFrom('messages as m')
            .select('m.id')
            .where('m.owner_id', '=', owner)
            .whereRef('m.person_id', '=', 'p.id')
            .where('m.status', 'in', writtenStatuses),
        ),
      ),
    ])
}

/**
 * The only people Today can name: those written to (3B7 can make them due;
 * their number grows with the messages sent, not with the people imported)
 * and referred people nobody has reached yet (read through the partial index
 * `people(owner_id, referred_by_id)`). One statement, two index paths.
 */
const agendaPeople = fixedQuery(
  (db: Kysely<Database>, owner: string) => {
    const writtenTo = agendaPeopleQuery(db, owner)
      .select(sql<number>`1`.as('contacted'))
      .where('p.id', 'in', (eb) =>
        eb
          .selectFrom('messages as m')
          .select('m.person_id')
          .where('m.owner_id', '=', owner)
          .where('m.status', 'in', writtenStatuses),
      )
    const referrals = agendaPeopleQuery(db, owner)
      .select(sql<number>`0`.as('contacted'))
      .where('p.referred_by_id', 'is not', null)
      .where(notContacted(owner))
    return writtenTo.unionAll(referrals)
  },
  { untilDataChanges: true },
)

export async function selectAgendaPeople(ctx: Ctx): Promise<AgendaPerson[]> {
  const rows = await agendaPeople(ctx, ctx.ownerId)
  return rows.map((row) => ({ ...row, contacted: Number(row.contacted) === 1 }))
}

const uncontactedAt = fixedListQuery(
  (db: Kysely<Database>, organizationIds: readonly string[], owner: string, most: number) => {
    const ranked = agendaPeopleQuery(db, owner)
      .select(
        sql<number>`row_number() over (partition by p.organization_id order by p.name_key, p.id)`.as(
          'place',
        ),
      )
      .where('p.organization_id', 'in', organizationIds)
      .where(notContacted(owner))
    return db
      .selectFrom(ranked.as('ranked'))
      .selectAll()
      .where('place', '<=', most)
      .orderBy('place')
  },
  100,
  { untilDataChanges: true },
)

/**
 * Up to `perOrganization` people not contacted yet at each of these
 * organizations, by name: whom to suggest as the second contact there.
 */
export async function selectUncontactedAt(
  ctx: Ctx,
  organizationIds: readonly string[],
  perOrganization: number,
): Promise<AgendaPerson[]> {
  if (organizationIds.length === 0) return []
  const rows = await uncontactedAt(ctx, organizationIds, ctx.ownerId, perOrganization)
  return rows.map(({ place: _place, ...row }) => ({ ...row, contacted: false }))
}

/** Careers being explored with their coverage: one definition, in careers/coverage.ts. */
export type { CareerCoverageLine as CareerCoverage } from '../careers/coverage.ts'

const agendaMessages = fixedQuery(
  (db: Kysely<Database>, owner: string) =>
    db
      .selectFrom('messages')
      .selectAll()
      .where('owner_id', '=', owner)
      .where('status', 'in', [...writtenStatuses, 'draft']),
  { untilDataChanges: true },
)

/**
 * The messages Today reads, in one statement: those sent or replied to (for
 * 3B7 and what was already sent), oldest first as `selectSentMessages` gives
 * them, and the drafts waiting to be finished, newest first, so the agenda
 * can point at a draft instead of a new one.
 */
export async function selectAgendaMessages(ctx: Ctx): Promise<{
  sent: MessageRow[]
  drafts: Array<{ id: string; kind: string; person_id: string; conversation_id: string | null }>
}> {
  const rows = await agendaMessages(ctx, ctx.ownerId)
  const sent = rows
    .filter((m) => m.status !== 'draft')
    .sort((a, b) => byText(a.sent_at ?? '', b.sent_at ?? '') || byText(a.id, b.id))
  const drafts = rows
    .filter((m) => m.status === 'draft')
    .sort((a, b) => byText(b.created_at, a.created_at))
    .map(({ id, kind, person_id, conversation_id }) => ({ id, kind, person_id, conversation_id }))
  return { sent, drafts }
}

// Code unit order, as both engines sort these ISO instants and ids.
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)
