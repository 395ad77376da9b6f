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
import { acceptInvitation, getSignUpMode } from './invitations.ts'
import { endResetLinks } from './password-reset.ts'
import {
  deleteAccountRow,
  insertAccount,
  selectAccount,
  selectAccountByEmail,
  selectAnySignedUpAccount,
  updateAccountPassword,
  updateLastSignIn,
} from './repo/accounts.ts'
import { AccountDeletion, Credentials, type Me, PasswordChange, SignUp } from './schema.ts'
import { hashPassword, verifyPassword } from './secrets.ts'
import { endAllSessions, type InstanceCtx, type SessionPolicy, startSession } from './sessions.ts'
import { clearAttempts, giveBack, signInRules, takeAttempt } from './throttle.ts'

const WRONG = 'the email or the password is not right'

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
    const existing = await selectAccountByEmail(tx, data.email)
    if (existing)
      throw new ConflictError(
        'an account with this email already exists; sign in, or reset its password',
      )
    const first = !(await selectAnySignedUpAccount(tx))
    if (!first && (await getSignUpMode(tx)) === 'invitation') {
      await acceptInvitation(tx, data.email, data.invitation)
    }
    const now = tx.now().toISOString()
    const id = newId(tx.now())
    await insertAccount(tx, {
      id,
      email: data.email,
      display_name: data.email.split('@')[0] ?? data.email,
      created_at: now,
      password_hash: await hashPassword(data.password),
      role: first ? 'admin' : 'member',
      last_sign_in_at: now,
    })
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
  const account = await selectAccountByEmail(ctx, email)
  // A wrong password keeps both attempts taken: they are its failures.
  if (!(await verifyPassword(account?.password_hash ?? null, password)) || !account) {
    throw new UnauthorizedError(WRONG)
  }
  await clearAttempts(ctx, accountKey)
  await giveBack(ctx, addressKey)
  if (account.disabled_at)
    throw new ForbiddenError('this account is disabled; ask the administrator of this coffeechat')
  await updateLastSignIn(ctx, account.id, ctx.now().toISOString())
  const token = await startSession(ctx, account.id, policy)
  return { me: toMe(account), token }
}

export async function me(ctx: InstanceCtx, accountId: string): Promise<Me> {
  return toMe(await selectAccount(ctx, accountId))
}

/** Changes the password and ends every session and reset link of the account; returns a new session. */
export async function changePassword(
  ctx: InstanceCtx,
  accountId: string,
  input: unknown,
  policy: SessionPolicy,
): Promise<string> {
  const data = parseInput(PasswordChange, input)
  const account = await selectAccount(ctx, accountId)
  if (!(await verifyPassword(account.password_hash, data.currentPassword))) {
    throw invalid('currentPassword', 'this is not your current password')
  }
  const passwordHash = await hashPassword(data.newPassword)
  return transaction(ctx, async (tx) => {
    await updateAccountPassword(tx, accountId, passwordHash)
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
  const account = await selectAccount(ctx, accountId)
  if (!(await verifyPassword(account.password_hash, password)))
    throw invalid('password', 'this is not your password')
  if (account.role === 'admin') {
    const others = await selectAnySignedUpAccount(ctx, accountId)
    if (others) throw new ConflictError('the administrator cannot leave while other accounts exist')
  }
  await deleteAccountRow(ctx, accountId)
}

/** What the web app is told of the signed-in account. */
export function toMe(row: {
  id: string
  email: string | null
  role: string
  created_at: string
}): Me {
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
