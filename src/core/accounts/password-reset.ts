import { transaction } from '../../db/transaction.ts'
import { invalid } from '../errors.ts'
import { parseInput } from '../validate.ts'
import { selectSignedUpAccountByEmail, updateAccountPassword } from './repo/accounts.ts'
import {
  insertPasswordReset,
  selectUsableReset,
  updateOpenResetsUsed,
  updateResetUsed,
} from './repo/password-resets.ts'
import { PasswordReset } from './schema.ts'
import { hashPassword, hashToken, newToken } from './secrets.ts'
import { endAllSessions, type InstanceCtx } from './sessions.ts'

const HOUR = 60 * 60 * 1000
const NOT_VALID = 'this reset link is not valid any more; ask for a new one'

/**
 * Makes a one-time reset link for an account, valid for an hour, and hands
 * it to `send`. Says nothing about whether the email has an account. A new
 * link ends every older one, so only the latest email works.
 */
export async function requestPasswordReset(
  ctx: InstanceCtx,
  email: string,
  send: (to: string, token: string) => Promise<void>,
): Promise<void> {
  const account = await selectSignedUpAccountByEmail(ctx, email.trim().toLowerCase())
  if (!account?.email || account.disabled_at) return
  const { token, tokenHash } = newToken()
  await transaction(ctx, async (tx) => {
    await endResetLinks(tx, account.id)
    await insertPasswordReset(tx, {
      token_hash: tokenHash,
      account_id: account.id,
      created_at: tx.now().toISOString(),
      expires_at: new Date(tx.now().getTime() + HOUR).toISOString(),
      used_at: null,
    })
  })
  await send(account.email, token)
}

/**
 * Sets a new password from a reset link. The link is used up by one
 * statement (`… where used_at is null returning`) in the transaction that
 * changes the password, so of any number of simultaneous uses exactly one
 * succeeds; every other link of the account and every session end with it.
 */
export async function resetPassword(ctx: InstanceCtx, input: unknown): Promise<void> {
  const data = parseInput(PasswordReset, input)
  const tokenHash = hashToken(data.token)
  const usable = () => selectUsableReset(ctx, tokenHash, ctx.now().toISOString())
  // A link that is plainly used up or unknown costs no password hash.
  if (!(await usable())) throw invalid('token', NOT_VALID)
  const passwordHash = await hashPassword(data.newPassword)
  await transaction(ctx, async (tx) => {
    const now = tx.now().toISOString()
    const used = await updateResetUsed(tx, tokenHash, now)
    if (!used) throw invalid('token', NOT_VALID)
    await updateAccountPassword(tx, used.account_id, passwordHash)
    await endResetLinks(tx, used.account_id)
    await endAllSessions(tx, used.account_id)
  })
}

/** Ends every reset link of an account that is still open (a reset, a password change, a newer link). */
export async function endResetLinks(ctx: InstanceCtx, accountId: string): Promise<void> {
  await updateOpenResetsUsed(ctx, accountId, ctx.now().toISOString())
}
