import type { Insertable, Selectable } from 'kysely'
import { selectOwnersRow, updateOwnedRow } from '../../db/owned-rows.ts'
import type { MailFindingsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type MailFindingRow = Selectable<MailFindingsTable> & { person_name: string }

export function selectMailAccount(ctx: Ctx) {
  return selectOwnersRow(ctx, 'mail_accounts')
}

export async function upsertMailAccount(
  ctx: Ctx,
  row: {
    host: string
    port: number
    security: string
    username: string
    password_encrypted: string | null
    auto_confirm: number
    updated_at: string
  },
): Promise<void> {
  await ctx.db
    .insertInto('mail_accounts')
    .values({ ...row, owner_id: ctx.ownerId, folders_seen: '{}' })
    // New sign-in details have not failed yet: the last error was about the old ones.
    .onConflict((oc) => oc.column('owner_id').doUpdateSet({ ...row, last_error: null }))
    .execute()
}

/** The enabled accounts of the instance with a mailbox connected (hosted mode's job). */
export async function selectConnectedMailboxes(instance: Pick<Ctx, 'db'>): Promise<string[]> {
  const rows = await instance.db
    .selectFrom('mail_accounts')
    .innerJoin('accounts', 'accounts.id', 'mail_accounts.owner_id')
    .select('mail_accounts.owner_id')
    .where('accounts.disabled_at', 'is', null)
    .where('mail_accounts.password_encrypted', 'is not', null)
    .execute()
  return rows.map((r) => r.owner_id)
}

export async function updateMailProgress(
  ctx: Ctx,
  changes: { folders_seen?: string; checked_at?: string; last_error?: string | null },
): Promise<void> {
  await ctx.db
    .updateTable('mail_accounts')
    .set(changes)
    .where('owner_id', '=', ctx.ownerId)
    .execute()
}

/** Disconnecting forgets the account and every finding. */
export async function deleteMailData(ctx: Ctx): Promise<void> {
  await ctx.db.deleteFrom('mail_findings').where('owner_id', '=', ctx.ownerId).execute()
  await ctx.db.deleteFrom('mail_accounts').where('owner_id', '=', ctx.ownerId).execute()
}

/** Every known person's addresses (lower-cased) to their id. */
export async function selectKnownAddresses(ctx: Ctx): Promise<Map<string, string>> {
  const rows = await ctx.db
    .selectFrom('people')
    .select(['id', 'emails'])
    .where('owner_id', '=', ctx.ownerId)
    .where('emails', '!=', '[]')
    .execute()
  const known = new Map<string, string>()
  for (const row of rows) {
    for (const email of JSON.parse(row.emails) as string[]) known.set(email.toLowerCase(), row.id)
  }
  return known
}

/** Our messages that a mail names by Message-ID (SMTP ids, or the ids of our .eml files). */
export async function selectMessagesByHeaderIds(ctx: Ctx, headerIds: readonly string[]) {
  if (headerIds.length === 0) return []
  const emlIds = headerIds
    .filter((id) => id.endsWith('@coffeechat.local'))
    .map((id) => id.slice(0, -'@coffeechat.local'.length))
  const smtpIds = headerIds.flatMap((id) => [id, `<${id}>`])
  return ctx.db
    .selectFrom('messages')
    .select(['id', 'person_id'])
    .where('owner_id', '=', ctx.ownerId)
    .where((eb) =>
      eb.or([
        eb('smtp_message_id', 'in', smtpIds),
        ...(emlIds.length ? [eb('id', 'in', emlIds)] : []),
      ]),
    )
    .execute()
}

/** A person's drafts, to match a message sent from another client. */
export function selectDraftsOf(ctx: Ctx, personId: string) {
  return ctx.db
    .selectFrom('messages')
    .select(['id', 'subject'])
    .where('owner_id', '=', ctx.ownerId)
    .where('person_id', '=', personId)
    .where('status', '=', 'draft')
    .execute()
}

/** Stores a finding once; a second check finding the same mail changes nothing. */
export async function insertFinding(
  ctx: Ctx,
  row: Omit<Insertable<MailFindingsTable>, 'owner_id'>,
): Promise<boolean> {
  const result = await ctx.db
    .insertInto('mail_findings')
    .values({ ...row, owner_id: ctx.ownerId })
    .onConflict((oc) => oc.columns(['owner_id', 'header_message_id', 'kind']).doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

/** Findings with the name of their person. */
function findingsWithNames(ctx: Ctx) {
  return ctx.db
    .selectFrom('mail_findings')
    .innerJoin('people', (join) =>
      join
        .onRef('people.id', '=', 'mail_findings.person_id')
        .onRef('people.owner_id', '=', 'mail_findings.owner_id'),
    )
    .selectAll('mail_findings')
    .select('people.name as person_name')
    .where('mail_findings.owner_id', '=', ctx.ownerId)
}

export function selectFindings(ctx: Ctx, filter: { personId?: string; status?: string }) {
  let query = findingsWithNames(ctx)
  if (filter.personId) query = query.where('mail_findings.person_id', '=', filter.personId)
  if (filter.status) query = query.where('mail_findings.status', '=', filter.status)
  return query.orderBy('mail_findings.mail_at', 'desc').orderBy('mail_findings.id').execute()
}

export function selectFinding(ctx: Ctx, id: string) {
  return findingsWithNames(ctx).where('mail_findings.id', '=', id).executeTakeFirst()
}

export async function setFindingStatus(
  ctx: Ctx,
  id: string,
  status: string,
  messageId?: string | null,
): Promise<void> {
  await updateOwnedRow(
    ctx,
    'mail_findings',
    'id',
    id,
    messageId === undefined ? { status } : { status, message_id: messageId },
  )
}

/**
 * The last day away auto-replies named (not dismissed), by person: what
 * shifts the 3B7 follow-up. All people, or only `personIds`.
 */
export async function selectAbsences(
  ctx: Ctx,
  personIds?: readonly string[],
): Promise<Map<string, string>> {
  if (personIds && personIds.length === 0) return new Map()
  let query = ctx.db
    .selectFrom('mail_findings')
    .select(['person_id', (eb) => eb.fn.max('absent_until').as('absent_until')])
    .where('owner_id', '=', ctx.ownerId)
    .where('kind', '=', 'auto_reply')
    .where('status', '!=', 'dismissed')
    .where('absent_until', 'is not', null)
    .groupBy('person_id')
  if (personIds) query = query.where('person_id', 'in', personIds)
  const absences = new Map<string, string>()
  for (const row of await query.execute()) {
    if (row.absent_until) absences.set(row.person_id, row.absent_until)
  }
  return absences
}

/** The addresses of one person that bounced (a bounce found and not dismissed). */
export async function selectBouncedAddresses(ctx: Ctx, personId: string): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('mail_findings')
    .select('address')
    .distinct()
    .where('owner_id', '=', ctx.ownerId)
    .where('person_id', '=', personId)
    .where('kind', '=', 'bounce')
    .where('status', '!=', 'dismissed')
    .orderBy('address')
    .execute()
  return rows.map((r) => r.address)
}
