import { toCount } from '../../db/dialect.ts'
import { transaction } from '../../db/transaction.ts'
import {
  ConflictError,
  ForbiddenError,
  invalid,
  RateLimitedError,
  UnauthorizedError,
} from '../errors.ts'
import { newId } from '../ids.ts'
import { parseInput } from '../validate.ts'
import { endResetLinks } from './password-reset.ts'
import {
  AccountDeletion,
  type AccountSummary,
  Credentials,
  type Me,
  PasswordChange,
  SignUp,
  type SignUpMode,
  signUpModes,
} from './schema.ts'
import { hashPassword, hashToken, newToken, verifyPassword } from './secrets.ts'
import { endAllSessions, type InstanceCtx, type SessionPolicy, startSession } from './sessions.ts'
import { clearAttempts, giveBack, signInRules, takeAttempt } from './throttle.ts'

const WRONG = 'the email or the password is not right'
const HOUR = 60 * 60 * 1000

export async function getSignUpMode(ctx: InstanceCtx): Promise<SignUpMode> {
  const row = await ctx.db
    .selectFrom('instance_settings')
    .select('value')
    .where('key', '=', 'signUpMode')
    .executeTakeFirst()
  return signUpModes.find((m) => m === row?.value) ?? 'open'
}

export async function setSignUpMode(
  ctx: InstanceCtx,
  actingId: string,
  mode: unknown,
): Promise<SignUpMode> {
  await requireAdmin(ctx, actingId)
  const value = signUpModes.find((m) => m === mode)
  if (!value) throw invalid('signUpMode', `use ${signUpModes.join(' or ')}`)
  await ctx.db
    .insertInto('instance_settings')
    .values({ key: 'signUpMode', value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
  return value
}

/**
 * Opens an account and signs it in. The first account administers the
 * instance; later ones need an invitation when sign-up is by invitation.
 */
export async function signUp(
  ctx: InstanceCtx,
  input: unknown,
  policy: SessionPolicy,
): Promise<{ me: Me; token: string }> {
  const data = parseInput(SignUp, input)
  return transaction(ctx, async (tx) => {
    const { db } = tx
    const existing = await db
      .selectFrom('accounts')
      .select('id')
      .where('email', '=', data.email)
      .executeTakeFirst()
    if (existing)
      throw new ConflictError(
        'an account with this email already exists; sign in, or reset its password',
      )
    const first = !(await db
      .selectFrom('accounts')
      .select('id')
      .where('password_hash', 'is not', null)
      .limit(1)
      .executeTakeFirst())
    if (!first && (await getSignUpMode(tx)) === 'invitation') {
      const invitation = data.invitation
        ? await db
            .selectFrom('invitations')
            .selectAll()
            .where('token_hash', '=', hashToken(data.invitation))
            .executeTakeFirst()
        : undefined
      const usable =
        invitation &&
        !invitation.accepted_at &&
        invitation.email === data.email &&
        invitation.expires_at > tx.now().toISOString()
      if (!usable)
        throw new ForbiddenError(
          'sign-up here is by invitation; use the link from your invitation email',
        )
      await db
        .updateTable('invitations')
        .set({ accepted_at: tx.now().toISOString() })
        .where('token_hash', '=', invitation.token_hash)
        .execute()
    }
    const now = tx.now().toISOString()
    const id = newId(tx.now())
    await db
      .insertInto('accounts')
      .values({
        id,
        email: data.email,
        display_name: data.email.split('@')[0] ?? data.email,
        created_at: now,
        password_hash: await hashPassword(data.password),
        role: first ? 'admin' : 'member',
        last_sign_in_at: now,
      })
      .execute()
    const token = await startSession(tx, id, policy)
    return {
      me: { id, email: data.email, role: first ? 'admin' : 'member', createdAt: now },
      token,
    }
  })
}

/**
 * Signs in, or says the same thing for an unknown email and a wrong password.
 * Attempts are limited per account and per address across all servers, and
 * taken before the password is checked, so the limits hold for parallel requests.
 */
export async function signIn(
  ctx: InstanceCtx,
  input: unknown,
  address: string,
  policy: SessionPolicy,
): Promise<{ me: Me; token: string }> {
  const { email, password } = parseInput(Credentials, input)
  const accountKey = `account:${email}`
  const addressKey = `address:${address}`
  // The attempt is taken before the slow hash, so parallel guesses cannot all get through.
  const addressWait = await takeAttempt(ctx, addressKey, signInRules.address)
  if (addressWait > 0) throw new TooManyAttemptsError(addressWait)
  const accountWait = await takeAttempt(ctx, accountKey, signInRules.account)
  if (accountWait > 0) {
    await giveBack(ctx, addressKey)
    throw new TooManyAttemptsError(accountWait)
  }
  const account = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'password_hash', 'role', 'created_at', 'disabled_at'])
    .where('email', '=', email)
    .executeTakeFirst()
  // A wrong password keeps both attempts taken: they are its failures.
  if (!(await verifyPassword(account?.password_hash ?? null, password)) || !account) {
    throw new UnauthorizedError(WRONG)
  }
  await clearAttempts(ctx, accountKey)
  await giveBack(ctx, addressKey)
  if (account.disabled_at)
    throw new ForbiddenError('this account is disabled; ask the administrator of this coffeechat')
  await ctx.db
    .updateTable('accounts')
    .set({ last_sign_in_at: ctx.now().toISOString() })
    .where('id', '=', account.id)
    .execute()
  const token = await startSession(ctx, account.id, policy)
  return { me: toMe(account), token }
}

export async function me(ctx: InstanceCtx, accountId: string): Promise<Me> {
  const account = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'role', 'created_at'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  return toMe(account)
}

/** Changes the password and ends every session and reset link of the account; returns a new session. */
export async function changePassword(
  ctx: InstanceCtx,
  accountId: string,
  input: unknown,
  policy: SessionPolicy,
): Promise<string> {
  const data = parseInput(PasswordChange, input)
  const account = await ctx.db
    .selectFrom('accounts')
    .select('password_hash')
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  if (!(await verifyPassword(account.password_hash, data.currentPassword))) {
    throw invalid('currentPassword', 'this is not your current password')
  }
  const passwordHash = await hashPassword(data.newPassword)
  return transaction(ctx, async (tx) => {
    await tx.db
      .updateTable('accounts')
      .set({ password_hash: passwordHash })
      .where('id', '=', accountId)
      .execute()
    await endAllSessions(tx, accountId)
    // A reset link asked for before the change would undo it.
    await endResetLinks(tx, accountId)
    return startSession(tx, accountId, policy)
  })
}

/** Deletes the account and, by cascade, every record it owns. */
export async function deleteAccount(
  ctx: InstanceCtx,
  accountId: string,
  input: unknown,
): Promise<void> {
  const { password } = parseInput(AccountDeletion, input)
  const account = await ctx.db
    .selectFrom('accounts')
    .select(['password_hash', 'role'])
    .where('id', '=', accountId)
    .executeTakeFirstOrThrow()
  if (!(await verifyPassword(account.password_hash, password)))
    throw invalid('password', 'this is not your password')
  if (account.role === 'admin') {
    const others = await ctx.db
      .selectFrom('accounts')
      .select('id')
      .where('id', '!=', accountId)
      .where('password_hash', 'is not', null)
      .limit(1)
      .executeTakeFirst()
    if (others) throw new ConflictError('the administrator cannot leave while other accounts exist')
  }
  await ctx.db.deleteFrom('accounts').where('id', '=', accountId).execute()
}

/** Every account with counts of its records; never their content. */
export async function listAccounts(ctx: InstanceCtx, actingId: string): Promise<AccountSummary[]> {
  await requireAdmin(ctx, actingId)
  const accounts = await ctx.db
    .selectFrom('accounts')
    .select(['id', 'email', 'role', 'created_at', 'last_sign_in_at', 'disabled_at'])
    .where('password_hash', 'is not', null)
    .orderBy('created_at')
    .execute()
  const count = async (table: 'careers' | 'organizations' | 'people' | 'conversations') => {
    const rows = await ctx.db
      .selectFrom(table)
      .select(['owner_id', (eb) => eb.fn.countAll().as('n')])
      .groupBy('owner_id')
      .execute()
    return new Map(rows.map((r) => [r.owner_id, toCount(r.n)]))
  }
  const [careers, organizations, people, conversations] = await Promise.all([
    count('careers'),
    count('organizations'),
    count('people'),
    count('conversations'),
  ])
  return accounts.map((a) => ({
    ...toMe(a),
    lastSignInAt: a.last_sign_in_at,
    disabled: a.disabled_at !== null,
    counts: {
      careers: careers.get(a.id) ?? 0,
      organizations: organizations.get(a.id) ?? 0,
      people: people.get(a.id) ?? 0,
      conversations: conversations.get(a.id) ?? 0,
    },
  }))
}

/** Invites someone by email; returns the token for the link (valid 14 days). */
export async function invite(ctx: InstanceCtx, actingId: string, email: string): Promise<string> {
  await requireAdmin(ctx, actingId)
  const { token, tokenHash } = newToken()
  await ctx.db
    .insertInto('invitations')
    .values({
      token_hash: tokenHash,
      email: email.trim().toLowerCase(),
      invited_by: actingId,
      created_at: ctx.now().toISOString(),
      expires_at: new Date(ctx.now().getTime() + 14 * 24 * HOUR).toISOString(),
      accepted_at: null,
    })
    .execute()
  return token
}

export async function setDisabled(
  ctx: InstanceCtx,
  actingId: string,
  accountId: string,
  disabled: boolean,
): Promise<void> {
  await requireAdmin(ctx, actingId)
  if (accountId === actingId) throw new ConflictError('you cannot disable your own account')
  const result = await ctx.db
    .updateTable('accounts')
    .set({ disabled_at: disabled ? ctx.now().toISOString() : null })
    .where('id', '=', accountId)
    .where('password_hash', 'is not', null)
    .executeTakeFirst()
  if (Number(result.numUpdatedRows) === 0)
    throw invalid('accountId', `no account with id ${accountId}`)
  if (disabled) await endAllSessions(ctx, accountId)
}

async function requireAdmin(ctx: InstanceCtx, accountId: string): Promise<void> {
  const row = await ctx.db
    .selectFrom('accounts')
    .select('role')
    .where('id', '=', accountId)
    .executeTakeFirst()
  if (row?.role !== 'admin') throw new ForbiddenError('only the administrator can do this')
}

function toMe(row: { id: string; email: string | null; role: string; created_at: string }): Me {
  return {
    id: row.id,
    email: row.email ?? '',
    role: row.role === 'admin' ? 'admin' : 'member',
    createdAt: row.created_at,
  }
}

export class TooManyAttemptsError extends RateLimitedError {
  constructor(minutes: number) {
    super(
      `too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      minutes,
    )
  }
}
