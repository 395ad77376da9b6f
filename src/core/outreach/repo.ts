import type { Selectable } from 'kysely'
import { toCount } from '../../db/dialect.ts'
import type { MessagesTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type MessageRow = Selectable<MessagesTable>
export type MessageListRow = MessageRow & {
  person_name: string
  organization_name: string | null
  referrer_name: string | null
}

export interface MessageFilter {
  ids?: string[] | undefined
  personId?: string | undefined
  conversationId?: string | undefined
  status?: string | undefined
  kind?: string | undefined
}

function filtered(ctx: Ctx, filter: MessageFilter) {
  let query = ctx.db.selectFrom('messages as m').where('m.owner_id', '=', ctx.ownerId)
  if (filter.ids) query = query.where('m.id', 'in', filter.ids.length > 0 ? filter.ids : [''])
  if (filter.personId) query = query.where('m.person_id', '=', filter.personId)
  if (filter.conversationId) query = query.where('m.conversation_id', '=', filter.conversationId)
  if (filter.status) query = query.where('m.status', '=', filter.status)
  if (filter.kind) query = query.where('m.kind', '=', filter.kind)
  return query
}

export async function countMessages(ctx: Ctx, filter: MessageFilter): Promise<number> {
  const row = await filtered(ctx, filter)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirst()
  return toCount(row?.n)
}

/** Messages, newest first (by when they were sent, else written). */
export async function selectMessages(
  ctx: Ctx,
  filter: MessageFilter,
  page?: { limit: number; offset: number },
): Promise<MessageListRow[]> {
  let query = filtered(ctx, filter)
    .innerJoin('people as p', 'p.id', 'm.person_id')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .selectAll('m')
    .select(['p.name as person_name', 'o.name as organization_name', 'r.name as referrer_name'])
    .orderBy((eb) => eb.fn.coalesce('m.sent_at', 'm.created_at'), 'desc')
    .orderBy('m.id', 'desc')
  if (page) query = query.limit(page.limit).offset(page.offset)
  return query.execute()
}

export async function selectMessage(ctx: Ctx, id: string): Promise<MessageRow | undefined> {
  return ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** Every sent (or answered) message of the explorer, oldest first: what the cadence and the agenda read. */
export async function selectSentMessages(
  ctx: Ctx,
  filter: { personIds?: string[] } = {},
): Promise<MessageRow[]> {
  let query = ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where('status', 'in', ['sent', 'replied'])
  if (filter.personIds) {
    query = query.where('person_id', 'in', filter.personIds.length > 0 ? filter.personIds : [''])
  }
  return query.orderBy('sent_at').orderBy('id').execute()
}

/** Drafts of one kind for a person, newest first. */
export async function selectDrafts(
  ctx: Ctx,
  personId: string,
  kind: string,
): Promise<MessageRow[]> {
  return ctx.db
    .selectFrom('messages')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where('person_id', '=', personId)
    .where('kind', '=', kind)
    .where('status', '=', 'draft')
    .orderBy('created_at', 'desc')
    .execute()
}

export async function insertMessage(ctx: Ctx, row: MessageRow): Promise<void> {
  await ctx.db.insertInto('messages').values(row).execute()
}

export async function updateMessageRow(ctx: Ctx, row: MessageRow): Promise<void> {
  const { id, owner_id, ...changes } = row
  await ctx.db
    .updateTable('messages')
    .set(changes)
    .where('owner_id', '=', owner_id)
    .where('id', '=', id)
    .execute()
}

export async function deleteMessageRow(ctx: Ctx, id: string): Promise<void> {
  await ctx.db
    .deleteFrom('messages')
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .execute()
}
