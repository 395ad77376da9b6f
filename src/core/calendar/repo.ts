import type { Selectable } from 'kysely'
import { conversationsWithPerson } from '../../db/conversation-people.ts'
import { selectOwnedRows, selectOwnersRow } from '../../db/owned-rows.ts'
import type { CalendarEventsTable, CalendarFeedsTable } from '../../db/tables.ts'
import type { Ctx, Db } from '../context.ts'

export type CalendarFeedRow = Selectable<CalendarFeedsTable>
export type CalendarEventRow = Selectable<CalendarEventsTable>

/** A conversation with what its calendar entry says about the person. */
export interface CalendarConversationRow {
  id: string
  status: string
  scheduled_at: string | null
  duration_minutes: number
  format: string | null
  place: string
  notes: string
  person_name: string
  person_title: string
  connection: string
  connection_note: string
  organization_name: string | null
  referrer_name: string | null
}

export interface CalendarFilter {
  ids?: readonly string[] | undefined
  /** Only conversations starting at or after this instant. */
  since?: string | undefined
  statuses?: readonly string[] | undefined
}

// Long id lists go to the database in slices, well under either engine's parameter limit.
const slice = 500

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += slice) out.push(items.slice(i, i + slice))
  return out
}

/** Conversations that have a start time, earliest first. */
export async function selectCalendarConversations(
  ctx: Ctx,
  filter: CalendarFilter,
): Promise<CalendarConversationRow[]> {
  let query = conversationsWithPerson(ctx.db, ctx.ownerId)
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .select([
      'c.id',
      'c.status',
      'c.scheduled_at',
      'c.duration_minutes',
      'c.format',
      'c.place',
      'c.notes',
      'p.name as person_name',
      'p.title as person_title',
      'p.connection',
      'p.connection_note',
      'o.name as organization_name',
      'r.name as referrer_name',
    ])
    .where('c.scheduled_at', 'is not', null)
  if (filter.ids) query = query.where('c.id', 'in', filter.ids.length > 0 ? [...filter.ids] : [''])
  if (filter.since) query = query.where('c.scheduled_at', '>=', filter.since)
  if (filter.statuses) query = query.where('c.status', 'in', [...filter.statuses])
  return query.orderBy('c.scheduled_at').orderBy('c.id').execute()
}

/** The questions of each conversation's plan, in order, without the skipped ones. */
export async function selectPlanQuestions(
  ctx: Ctx,
  conversationIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byConversation = new Map<string, string[]>()
  for (const ids of chunks(conversationIds)) {
    const rows = await ctx.db
      .selectFrom('plan_items')
      .select(['conversation_id', 'text'])
      .where('owner_id', '=', ctx.ownerId)
      .where('conversation_id', 'in', ids)
      .where('state', '<>', 'skipped')
      .orderBy('conversation_id')
      .orderBy('position')
      .orderBy('created_at')
      .orderBy('id')
      .execute()
    for (const row of rows) {
      const list = byConversation.get(row.conversation_id) ?? []
      list.push(row.text)
      byConversation.set(row.conversation_id, list)
    }
  }
  return byConversation
}

export async function selectCalendarEvents(
  ctx: Ctx,
  conversationIds: readonly string[],
): Promise<Map<string, CalendarEventRow>> {
  const found = new Map<string, CalendarEventRow>()
  for (const ids of chunks(conversationIds)) {
    const rows = await selectOwnedRows(ctx, 'calendar_events', 'conversation_id', ids)
    for (const row of rows) found.set(row.conversation_id, row)
  }
  return found
}

/** Records a first publication; a concurrent one that got there first wins. */
export async function insertCalendarEvent(ctx: Ctx, row: CalendarEventRow): Promise<void> {
  await ctx.db
    .insertInto('calendar_events')
    .values(row)
    .onConflict((oc) => oc.column('conversation_id').doNothing())
    .execute()
}

/**
 * Raises the SEQUENCE of an event whose content changed. The fingerprint
 * check makes a concurrent publication of the same change count once.
 */
export async function bumpCalendarEvent(
  ctx: Ctx,
  conversationId: string,
  fingerprint: string,
  changedAt: string,
): Promise<void> {
  await ctx.db
    .updateTable('calendar_events')
    .set((eb) => ({ sequence: eb('sequence', '+', 1), fingerprint, changed_at: changedAt }))
    .where('owner_id', '=', ctx.ownerId)
    .where('conversation_id', '=', conversationId)
    .where('fingerprint', '<>', fingerprint)
    .execute()
}

export async function selectFeed(ctx: Ctx): Promise<CalendarFeedRow | undefined> {
  return selectOwnersRow(ctx, 'calendar_feeds')
}

/**
 * The feed whose token has this hash, whoever owns it: the token is the
 * credential, so this is the one query that does not start from an owner.
 * A disabled account's feed is not served.
 */
export async function selectFeedByHash(
  db: Db,
  tokenHash: string,
): Promise<CalendarFeedRow | undefined> {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('accounts as a', 'a.id', 'f.owner_id')
    .selectAll('f')
    .where('f.token_hash', '=', tokenHash)
    .where('a.disabled_at', 'is', null)
    .executeTakeFirst()
}

/** Sets the explorer's feed secret, replacing the old one (whose URL then stops working). */
export async function upsertFeed(ctx: Ctx, row: CalendarFeedRow): Promise<void> {
  await ctx.db
    .insertInto('calendar_feeds')
    .values(row)
    .onConflict((oc) =>
      oc.column('owner_id').doUpdateSet({
        token_hash: row.token_hash,
        token_prefix: row.token_prefix,
        created_at: row.created_at,
      }),
    )
    .execute()
}

export async function deleteFeedRow(ctx: Ctx): Promise<number> {
  const result = await ctx.db
    .deleteFrom('calendar_feeds')
    .where('owner_id', '=', ctx.ownerId)
    .executeTakeFirst()
  return Number(result.numDeletedRows)
}
