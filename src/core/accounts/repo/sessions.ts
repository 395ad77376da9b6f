import type { Insertable, Selectable } from 'kysely'
import { updateInstanceRow } from '../../../db/instance-rows.ts'
import type { SessionsTable } from '../../../db/tables.ts'
import type { InstanceCtx } from '../sessions.ts'
import type { AccountRow } from './accounts.ts'

export type SessionRow = Selectable<SessionsTable>

/** A session with what deciding whether it still holds needs of its account. */
export type SessionCheckRow = Pick<SessionRow, 'account_id' | 'last_seen_at' | 'expires_at'> &
  Pick<AccountRow, 'disabled_at' | 'role'>

/** Keeps a new session (its token only hashed). */
export async function insertSession(
  ctx: InstanceCtx,
  row: Insertable<SessionsTable>,
): Promise<void> {
  await ctx.db.insertInto('sessions').values(row).execute()
}

/** The session with this token hash and its account's standing, if any. */
export function selectSessionByHash(
  ctx: InstanceCtx,
  tokenHash: string,
): Promise<SessionCheckRow | undefined> {
  return ctx.db
    .selectFrom('sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .select(['s.account_id', 's.last_seen_at', 's.expires_at', 'a.disabled_at', 'a.role'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Records that the session was used at `at`. */
export async function updateSessionSeen(
  ctx: InstanceCtx,
  tokenHash: string,
  at: string,
): Promise<void> {
  await updateInstanceRow(ctx, 'sessions', 'token_hash', tokenHash, { last_seen_at: at })
}

/** Deletes the session with this token hash. */
export async function deleteSession(ctx: InstanceCtx, tokenHash: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute()
}

/** Deletes every session of the account. */
export async function deleteAccountSessions(ctx: InstanceCtx, accountId: string): Promise<void> {
  await ctx.db.deleteFrom('sessions').where('account_id', '=', accountId).execute()
}
