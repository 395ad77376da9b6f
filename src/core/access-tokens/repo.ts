import type { Insertable, Selectable } from 'kysely'
import { toCount } from '../../db/dialect.ts'
import type { AccessTokensTable } from '../../db/tables.ts'
import type { InstanceCtx } from '../accounts/sessions.ts'
import type { Ctx } from '../context.ts'

export type AccessTokenRow = Selectable<AccessTokensTable>

/** The explorer's tokens, newest first. */
export function selectTokens(ctx: Ctx): Promise<AccessTokenRow[]> {
  return ctx.db
    .selectFrom('access_tokens')
    .selectAll()
    .where('account_id', '=', ctx.ownerId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute()
}

export async function countTokens(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom('access_tokens')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('account_id', '=', ctx.ownerId)
    .executeTakeFirst()
  return toCount(row?.n)
}

/**
 * Takes the account's row lock for the rest of the transaction (a no-op
 * update: a row lock on PostgreSQL, the write lock on SQLite), so that
 * parallel creations count one after the other.
 */
export async function lockAccount(ctx: Ctx): Promise<void> {
  await ctx.db
    .updateTable('accounts')
    .set({ id: ctx.ownerId })
    .where('id', '=', ctx.ownerId)
    .execute()
}

export async function insertToken(ctx: Ctx, row: Insertable<AccessTokensTable>): Promise<void> {
  await ctx.db.insertInto('access_tokens').values(row).execute()
}

/** Deletes one of the explorer's tokens; false when it has none with this id. */
export async function deleteToken(ctx: Ctx, id: string): Promise<boolean> {
  const result = await ctx.db
    .deleteFrom('access_tokens')
    .where('id', '=', id)
    .where('account_id', '=', ctx.ownerId)
    .executeTakeFirst()
  return Number(result.numDeletedRows) > 0
}

/** The token with this hash and whether its account may still act (instance-wide: no owner yet). */
export function selectTokenByHash(ctx: InstanceCtx, tokenHash: string) {
  return ctx.db
    .selectFrom('access_tokens as t')
    .innerJoin('accounts as a', 'a.id', 't.account_id')
    .select([
      't.id',
      't.account_id',
      't.scope',
      't.token_hash',
      't.last_used_at',
      't.expires_at',
      'a.disabled_at',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst()
}

export async function touchToken(ctx: InstanceCtx, id: string, at: string): Promise<void> {
  await ctx.db.updateTable('access_tokens').set({ last_used_at: at }).where('id', '=', id).execute()
}
