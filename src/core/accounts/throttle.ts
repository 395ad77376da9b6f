import {
  deleteSignInAttempts,
  updateAttemptGivenBack,
  upsertSignInAttempt,
} from './repo/throttle.ts'
import type { InstanceCtx } from './sessions.ts'

export interface ThrottleRule {
  /** Failed sign-ins allowed per window. */
  failures: number
  windowMinutes: number
}

export const signInRules = {
  account: { failures: 5, windowMinutes: 15 },
  address: { failures: 30, windowMinutes: 15 },
} satisfies Record<string, ThrottleRule>

/**
 * Takes one attempt for `key` before the password is checked, and returns
 * the minutes to wait when the window has no attempt left (0: go ahead).
 * Taking it is one statement — count and read together — so however many
 * requests arrive at once, on however many app servers, no more than
 * `rule.failures` of them get to the slow password check in a window. A
 * taken attempt counts as a failure until `giveBack` or `clearAttempts`.
 *
 * @example const wait = await takeAttempt(ctx, 'account:ada@example.org', signInRules.account)
 */
export async function takeAttempt(
  ctx: InstanceCtx,
  key: string,
  rule: ThrottleRule,
): Promise<number> {
  const now = ctx.now()
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString()
  const row = await upsertSignInAttempt(ctx, key, now.toISOString(), windowStart)
  if (Number(row.failures) <= rule.failures) return 0
  const endsAt = new Date(row.window_started_at).getTime() + rule.windowMinutes * 60_000
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 60_000))
}

/** Returns an attempt that did not fail (the password was right, or it was never checked). */
export async function giveBack(ctx: InstanceCtx, key: string): Promise<void> {
  await updateAttemptGivenBack(ctx, key)
}

/** Forgets every attempt of `key` (an account that signed in with its password). */
export async function clearAttempts(ctx: InstanceCtx, key: string): Promise<void> {
  await deleteSignInAttempts(ctx, key)
}
