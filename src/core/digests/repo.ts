import type { Selectable } from 'kysely'
import type { AccountsTable, DigestsTable } from '../../db/tables.ts'
import type { InstanceCtx } from '../accounts/sessions.ts'

export type DigestRow = Selectable<DigestsTable>

/** The signed-up accounts that are not disabled: those a digest may go to. */
export async function selectDigestAccountIds(ctx: InstanceCtx): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('accounts')
    .select('id')
    .where('password_hash', 'is not', null)
    .where('disabled_at', 'is', null)
    .execute()
  return rows.map((r) => r.id)
}

/** Runs `work` in one transaction, once: it sends mail, so it is never retried. */
export function inDigestTransaction<T>(
  ctx: InstanceCtx,
  work: (tx: InstanceCtx) => Promise<T>,
): Promise<T> {
  return ctx.db.transaction().execute((db) => work({ ...ctx, db }))
}

/** Claims the account's digest of the day; false when it was claimed already. */
export async function insertDigestClaim(ctx: InstanceCtx, row: DigestRow): Promise<boolean> {
  const claimed = await ctx.db
    .insertInto('digests')
    .values(row)
    .onConflict((oc) => oc.columns(['account_id', 'day']).doNothing())
    .returning('account_id')
    .executeTakeFirst()
  return claimed !== undefined
}

/** Where the account's digest would go, and whether it is disabled, if the account exists. */
export function selectDigestRecipient(
  ctx: InstanceCtx,
  accountId: string,
): Promise<Pick<Selectable<AccountsTable>, 'email' | 'disabled_at'> | undefined> {
  return ctx.db
    .selectFrom('accounts')
    .select(['email', 'disabled_at'])
    .where('id', '=', accountId)
    .executeTakeFirst()
}

/** Records how many items the account's digest of `day` held. */
export async function updateDigestItems(
  ctx: InstanceCtx,
  accountId: string,
  day: string,
  items: number,
): Promise<void> {
  await ctx.db
    .updateTable('digests')
    .set({ items })
    .where('account_id', '=', accountId)
    .where('day', '=', day)
    .execute()
}
