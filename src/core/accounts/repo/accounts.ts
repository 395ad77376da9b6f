import type { Insertable, Selectable } from 'kysely'
import { toCount } from '../../../db/dialect.ts'
import { selectInstanceValue, updateInstanceRow } from '../../../db/instance-rows.ts'
import type { AccountsTable } from '../../../db/tables.ts'
import type { Db } from '../../context.ts'
import type { InstanceCtx } from '../sessions.ts'

export type AccountRow = Selectable<AccountsTable>

/** What signing in needs of an account. */
export type SignInRow = Pick<
  AccountRow,
  'id' | 'email' | 'password_hash' | 'role' | 'created_at' | 'disabled_at'
>

/** The account with this email, if any. */
export function selectAccountByEmail(
  ctx: InstanceCtx,
  email: string,
): Promise<SignInRow | undefined> {
  return ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'password_hash', 'role', 'created_at', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst()
}

/** The signed-up account (one with a password) with this email, if any. */
export function selectSignedUpAccountByEmail(
  ctx: InstanceCtx,
  email: string,
): Promise<Pick<AccountRow, 'id' | 'email' | 'disabled_at'> | undefined> {
  return ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'disabled_at'])
    .where('email', '=', email)
    .where('password_hash', 'is not', null)
    .executeTakeFirst()
}

/** One signed-up account other than `exceptId`, or undefined when there is none. */
export function selectAnySignedUpAccount(
  ctx: InstanceCtx,
  exceptId?: string,
): Promise<Pick<AccountRow, 'id'> | undefined> {
  let query = ctx.db.selectFrom('accounts').select('id')
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId)
  return query.where('password_hash', 'is not', null).limit(1).executeTakeFirst()
}

/** Every signed-up account, oldest first. */
export function selectSignedUpAccounts(
  ctx: InstanceCtx,
): Promise<
  Pick<AccountRow, 'id' | 'email' | 'role' | 'created_at' | 'last_sign_in_at' | 'disabled_at'>[]
> {
  return ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'role', 'created_at', 'last_sign_in_at', 'disabled_at'])
    .where('password_hash', 'is not', null)
    .orderBy('created_at')
    .execute()
}

/** The account with this id; throws when there is none (its caller holds its session). */
export function selectAccount(ctx: InstanceCtx, id: string): Promise<AccountRow> {
  return ctx.db.selectFrom('accounts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
}

/** The role of the account with this id, or undefined when there is none. */
export async function selectAccountRole(ctx: InstanceCtx, id: string): Promise<string | undefined> {
  return selectInstanceValue(ctx, 'accounts', 'role', 'id', id)
}

/** How many rows of `table` each account owns, by account id. */
export async function countRecordsPerOwner(
  ctx: InstanceCtx,
  table: 'careers' | 'organizations' | 'people' | 'conversations',
): Promise<Map<string, number>> {
  const rows = await ctx.db
    .selectFrom(table)
    .select(['owner_id', (eb) => eb.fn.countAll().as('n')])
    .groupBy('owner_id')
    .execute()
  return new Map(rows.map((r) => [r.owner_id, toCount(r.n)]))
}

/** Opens an account (a sign-up). */
export async function insertAccount(
  ctx: InstanceCtx,
  row: Insertable<AccountsTable>,
): Promise<void> {
  await ctx.db.insertInto('accounts').values(row).execute()
}

/** Inserts the account unless one with its id exists (the local owner, at every start). */
export async function insertAccountIfMissing(
  db: Db,
  row: Insertable<AccountsTable>,
): Promise<void> {
  await db
    .insertInto('accounts')
    .values(row)
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

/** Records when the account last signed in. */
export async function updateLastSignIn(ctx: InstanceCtx, id: string, at: string): Promise<void> {
  await updateInstanceRow(ctx, 'accounts', 'id', id, { last_sign_in_at: at })
}

/** Sets the account's password hash (argon2id). */
export async function updateAccountPassword(
  ctx: InstanceCtx,
  id: string,
  passwordHash: string,
): Promise<void> {
  await updateInstanceRow(ctx, 'accounts', 'id', id, { password_hash: passwordHash })
}

/** Disables (at `disabledAt`) or enables a signed-up account; false when there is none. */
export async function updateAccountDisabled(
  ctx: InstanceCtx,
  id: string,
  disabledAt: string | null,
): Promise<boolean> {
  const result = await ctx.db
    .updateTable('accounts')
    .set({ disabled_at: disabledAt })
    .where('id', '=', id)
    .where('password_hash', 'is not', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

/** Deletes the account and, by cascade, every record it owns. */
export async function deleteAccountRow(ctx: InstanceCtx, id: string): Promise<void> {
  await ctx.db.deleteFrom('accounts').where('id', '=', id).execute()
}
