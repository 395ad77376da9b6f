import type { Ctx } from '../context.ts'
import {
  deleteAccountSessions,
  deleteSession,
  insertSession,
  selectSessionByHash,
  updateSessionSeen,
} from './repo/sessions.ts'
import { hashToken, newToken } from './secrets.ts'

/** The whole instance's database and clock, acting for no one explorer. */
export type InstanceCtx = Pick<Ctx, 'db' | 'engine' | 'now' | 'secretKey'>

export interface SessionPolicy {
  /** A session unused this long ends. */
  idleDays: number
  /** A session ends this long after sign-in, used or not. */
  maxDays: number
}

export const defaultSessionPolicy: SessionPolicy = { idleDays: 14, maxDays: 90 }

const DAY = 24 * 60 * 60 * 1000
// Writing last_seen_at on every request would make each read a write.
const TOUCH_EVERY_MS = 60 * 1000

/** Starts a session for an account; the token goes in the cookie, its hash in the table. */
export async function startSession(
  ctx: InstanceCtx,
  accountId: string,
  policy: SessionPolicy,
): Promise<string> {
  const { token, tokenHash } = newToken()
  const now = ctx.now()
  await insertSession(ctx, {
    token_hash: tokenHash,
    account_id: accountId,
    created_at: now.toISOString(),
    last_seen_at: now.toISOString(),
    expires_at: new Date(now.getTime() + policy.maxDays * DAY).toISOString(),
  })
  return token
}

/**
 * The account a session token belongs to, or null when the token is unknown,
 * expired, idle too long, or its account is disabled. Touches the session.
 */
export async function accountOfSession(
  ctx: InstanceCtx,
  token: string,
  policy: SessionPolicy,
): Promise<{ accountId: string; role: string } | null> {
  const tokenHash = hashToken(token)
  const row = await selectSessionByHash(ctx, tokenHash)
  if (!row) return null
  const now = ctx.now().getTime()
  const idleSince = new Date(row.last_seen_at).getTime()
  if (
    row.disabled_at ||
    now >= new Date(row.expires_at).getTime() ||
    now - idleSince >= policy.idleDays * DAY
  ) {
    await endSession(ctx, token)
    return null
  }
  if (now - idleSince >= TOUCH_EVERY_MS) {
    await updateSessionSeen(ctx, tokenHash, ctx.now().toISOString())
  }
  return { accountId: row.account_id, role: row.role }
}

export async function endSession(ctx: InstanceCtx, token: string): Promise<void> {
  await deleteSession(ctx, hashToken(token))
}

export async function endAllSessions(ctx: InstanceCtx, accountId: string): Promise<void> {
  await deleteAccountSessions(ctx, accountId)
}
