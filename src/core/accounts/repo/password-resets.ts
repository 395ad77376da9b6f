import type { Insertable, Selectable } from 'kysely'
import type { PasswordResetsTable } from '../../../db/tables.ts'
import type { InstanceCtx } from '../sessions.ts'

export type PasswordResetRow = Selectable<PasswordResetsTable>

/** Keeps a new reset link (its token only hashed). */
export async function insertPasswordReset(
  ctx: InstanceCtx,
  row: Insertable<PasswordResetsTable>,
): Promise<void> {
  await ctx.db.insertInto('password_resets').values(row).execute()
}

/** The reset link with this hash if it is unused and not expired at `now`. */
export function selectUsableReset(
  ctx: InstanceCtx,
  tokenHash: string,
  now: string,
): Promise<Pick<PasswordResetRow, 'account_id'> | undefined> {
  return ctx.db
    .selectFrom('password_resets')
    .select('account_id')
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst()
}

/** Uses up the usable reset link with this hash in one statement; its account, for one use only. */
export function updateResetUsed(
  ctx: InstanceCtx,
  tokenHash: string,
  now: string,
): Promise<Pick<PasswordResetRow, 'account_id'> | undefined> {
  return ctx.db
    .updateTable('password_resets')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('account_id')
    .executeTakeFirst()
}

/** Marks every unused reset link of the account used at `at`. */
export async function updateOpenResetsUsed(
  ctx: InstanceCtx,
  accountId: string,
  at: string,
): Promise<void> {
  await ctx.db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('account_id', '=', accountId)
    .where('used_at', 'is', null)
    .execute()
}
