import type { Selectable } from 'kysely'
import { linkedToCareer } from '../../db/career-links.ts'
import { meetingTimes } from '../../db/conversation-people.ts'
import { countRows } from '../../db/dialect.ts'
import {
  deleteOwnedRows,
  replaceOwnedLinks,
  selectOwnedRow,
  writeOwnedRow,
} from '../../db/owned-rows.ts'
import type { ConversationsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import { groupBy } from '../shared/group-by.ts'

export type ConversationRow = Selectable<ConversationsTable>
export type ConversationListRow = ConversationRow & {
  person_name: string
  organization_name: string | null
  /** From meeting mode (the meetings table): when it really started and ended. */
  started_at: string | null
  ended_at: string | null
}

export interface ConversationFilter {
  statuses?: string[] | undefined
  personId?: string | undefined
  careerId?: string | undefined
  ids?: string[] | undefined
}

function filtered(ctx: Ctx, filter: ConversationFilter) {
  let query = ctx.db.selectFrom('conversations as c').where('c.owner_id', '=', ctx.ownerId)
  if (filter.statuses && filter.statuses.length > 0)
    query = query.where('c.status', 'in', filter.statuses)
  if (filter.personId) query = query.where('c.person_id', '=', filter.personId)
  if (filter.ids) query = query.where('c.id', 'in', filter.ids.length > 0 ? filter.ids : [''])
  if (filter.careerId) query = query.where(linkedToCareer('conversations', 'c.id', filter.careerId))
  return query
}

export async function countConversations(ctx: Ctx, filter: ConversationFilter): Promise<number> {
  return countRows(filtered(ctx, filter))
}

export async function selectConversations(
  ctx: Ctx,
  filter: ConversationFilter,
  sort: 'recent' | 'upcoming',
  page: { limit: number; offset: number } | undefined,
): Promise<ConversationListRow[]> {
  let query = filtered(ctx, filter)
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('meetings as m', 'm.conversation_id', 'c.id')
    .selectAll('c')
    .select(['p.name as person_name', 'o.name as organization_name', ...meetingTimes])
  query =
    sort === 'upcoming'
      ? query.orderBy('c.scheduled_at', (ob) => ob.asc().nullsLast())
      : query.orderBy('c.updated_at', 'desc')
  query = query.orderBy('c.id')
  if (page) query = query.limit(page.limit).offset(page.offset)
  return query.execute()
}

export async function selectConversation(
  ctx: Ctx,
  id: string,
): Promise<ConversationRow | undefined> {
  return selectOwnedRow(ctx, 'conversations', 'id', id)
}

export async function selectConversationCareers(
  ctx: Ctx,
  ids: string[] | undefined,
): Promise<Map<string, Array<{ id: string; name: string }>>> {
  let query = ctx.db
    .selectFrom('conversation_careers as cc')
    .innerJoin('careers as k', 'k.id', 'cc.career_id')
    .select(['cc.conversation_id', 'k.id', 'k.name'])
    .where('cc.owner_id', '=', ctx.ownerId)
  if (ids) query = query.where('cc.conversation_id', 'in', ids.length > 0 ? ids : [''])
  const rows = await query.orderBy('k.name_key').execute()
  return groupBy(
    rows,
    (row) => row.conversation_id,
    ({ id, name }) => ({ id, name }),
  )
}

export async function insertConversation(ctx: Ctx, row: ConversationRow): Promise<void> {
  await ctx.db.insertInto('conversations').values(row).execute()
}

export async function updateConversationRow(ctx: Ctx, row: ConversationRow): Promise<void> {
  await writeOwnedRow(ctx, 'conversations', row)
}

export async function replaceConversationCareers(
  ctx: Ctx,
  id: string,
  careerIds: string[],
): Promise<void> {
  await replaceOwnedLinks(
    ctx,
    'conversation_careers',
    'conversation_id',
    id,
    'career_id',
    careerIds,
  )
}

export async function deleteConversationRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'conversations', 'id', id)
}
