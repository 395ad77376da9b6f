import type { Selectable, Updateable } from 'kysely'
import { countRows } from '../../db/dialect.ts'
import {
  deleteOwnedRows,
  selectEveryOwnedRow,
  selectOwnedColumns,
  selectOwnedRow,
  selectOwnedValue,
  selectOwnersRow,
  writeOwnedRow,
} from '../../db/owned-rows.ts'
import type {
  MessagesTable,
  MessageTemplatesTable,
  PeopleTable,
  SmtpAccountsTable,
} from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type MessageRow = Selectable<MessagesTable>
export type TemplateRow = Selectable<MessageTemplatesTable>
/** What a stored template holds: its text. */
export type TemplateText = Pick<TemplateRow, 'key' | 'subject' | 'body'>
export type SmtpAccountRow = Selectable<SmtpAccountsTable>
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

/** How many messages match the filter. */
export async function countMessages(ctx: Ctx, filter: MessageFilter): Promise<number> {
  return countRows(filtered(ctx, filter))
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

/** One message of the explorer, by id. */
export async function selectMessage(ctx: Ctx, id: string): Promise<MessageRow | undefined> {
  return selectOwnedRow(ctx, 'messages', 'id', id)
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

/** Writes a new message (a draft). */
export async function insertMessage(ctx: Ctx, row: MessageRow): Promise<void> {
  await ctx.db.insertInto('messages').values(row).execute()
}

/** Writes every column of a message back. */
export async function updateMessageRow(ctx: Ctx, row: MessageRow): Promise<void> {
  await writeOwnedRow(ctx, 'messages', row)
}

/** Deletes one message. */
export async function deleteMessageRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'messages', 'id', id)
}

/** Marks a draft sent; false when it is no longer a draft (another request got there first). */
export async function updateDraftToSent(
  ctx: Ctx,
  id: string,
  sent: Pick<
    MessageRow,
    'channel' | 'sent_at' | 'smtp_message_id' | 'conversation_id' | 'sent_effect' | 'updated_at'
  >,
): Promise<boolean> {
  return updateMessageIfStatus(ctx, id, 'draft', { status: 'sent', ...sent })
}

/** Makes a sent message a draft again; false when it is no longer sent (taken back already). */
export async function updateSentToDraft(
  ctx: Ctx,
  id: string,
  draft: Pick<MessageRow, 'conversation_id' | 'updated_at'>,
): Promise<boolean> {
  return updateMessageIfStatus(ctx, id, 'sent', {
    status: 'draft',
    channel: null,
    sent_at: null,
    smtp_message_id: null,
    sent_effect: null,
    ...draft,
  })
}

/** Changes a message only while its status is still `status`; whether it did. */
async function updateMessageIfStatus(
  ctx: Ctx,
  id: string,
  status: string,
  changes: Updateable<MessagesTable>,
): Promise<boolean> {
  const result = await ctx.db
    .updateTable('messages')
    .set(changes)
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .where('status', '=', status)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Whether a conversation holds more than this message (a plan, meeting, reflection, pay…). */
export async function selectConversationHoldsMore(
  ctx: Ctx,
  conversationId: string,
  messageId: string,
): Promise<boolean> {
  const counts = await Promise.all(
    (['plan_items', 'meetings', 'reflections', 'pay_entries', 'calendar_events'] as const).map(
      (table) =>
        ctx.db
          .selectFrom(table)
          .select('conversation_id')
          .where('owner_id', '=', ctx.ownerId)
          .where('conversation_id', '=', conversationId)
          .limit(1)
          .execute(),
    ),
  )
  const messages = await ctx.db
    .selectFrom('messages')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .where('conversation_id', '=', conversationId)
    .where('id', '!=', messageId)
    .limit(1)
    .execute()
  return !(counts.every((rows) => rows.length === 0) && messages.length === 0)
}

/** Every person's organization id, for the cadence's second contact at the same organization. */
export async function selectPersonOrganizations(
  ctx: Ctx,
): Promise<Array<Pick<Selectable<PeopleTable>, 'id' | 'organization_id'>>> {
  return selectEveryOwnedRow(ctx, 'people', ['id', 'organization_id'])
}

/** The status of a conversation, or null when there is none with this id. */
export async function selectConversationStatus(ctx: Ctx, id: string): Promise<string | null> {
  return (await selectOwnedValue(ctx, 'conversations', 'status', 'id', id)) ?? null
}

/** The explorer's own versions of the templates (those they never changed have none). */
export async function selectTemplateRows(ctx: Ctx): Promise<TemplateText[]> {
  return selectEveryOwnedRow(ctx, 'message_templates', ['key', 'subject', 'body'])
}

/** The explorer's own version of one template, if they have one. */
export async function selectTemplateRow(ctx: Ctx, key: string): Promise<TemplateText | undefined> {
  return selectOwnedColumns(ctx, 'message_templates', ['key', 'subject', 'body'], 'key', key)
}

/** Writes the explorer's version of a template, replacing the one they had. */
export async function upsertTemplateRow(ctx: Ctx, row: TemplateRow): Promise<void> {
  const { subject, body, updated_at } = row
  await ctx.db
    .insertInto('message_templates')
    .values(row)
    .onConflict((oc) => oc.columns(['owner_id', 'key']).doUpdateSet({ subject, body, updated_at }))
    .execute()
}

/** Deletes the explorer's version of a template (the default comes back). */
export async function deleteTemplateRow(ctx: Ctx, key: string): Promise<void> {
  await deleteOwnedRows(ctx, 'message_templates', 'key', key)
}

/** The explorer's SMTP account, its password still encrypted. */
export async function selectSmtpAccount(ctx: Ctx): Promise<SmtpAccountRow | undefined> {
  return selectOwnersRow(ctx, 'smtp_accounts')
}

/** Who the explorer's messages come from, as their SMTP account says. */
export async function selectSmtpSender(
  ctx: Ctx,
): Promise<Pick<SmtpAccountRow, 'from_name' | 'from_address'> | undefined> {
  return ctx.db
    .selectFrom('smtp_accounts')
    .select(['from_name', 'from_address'])
    .where('owner_id', '=', ctx.ownerId)
    .executeTakeFirst()
}

/** Writes the explorer's SMTP account, replacing the one they had. */
export async function upsertSmtpAccountRow(ctx: Ctx, row: SmtpAccountRow): Promise<void> {
  const { owner_id, ...changes } = row
  await ctx.db
    .insertInto('smtp_accounts')
    .values(row)
    .onConflict((oc) => oc.column('owner_id').doUpdateSet(changes))
    .execute()
}

/** Deletes the explorer's SMTP account. */
export async function deleteSmtpAccountRow(ctx: Ctx): Promise<void> {
  await ctx.db.deleteFrom('smtp_accounts').where('owner_id', '=', ctx.ownerId).execute()
}
