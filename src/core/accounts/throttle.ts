import { sql } from 'kysely'
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
  const over = sql<boolean>`sign_in_throttle.window_started_at < ${windowStart}`
  const row = await ctx.db
    .insertInto('sign_in_throttle')
    .values({ key, window_started_at: now.toISOString(), failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when ${over} then 1 else sign_in_throttle.failures + 1 end`,
        window_started_at: sql`case when ${over} then ${now.toISOString()} else sign_in_throttle.window_started_at end`,
      }),
    )
    .returning(['failures', 'window_started_at'])
    .executeTakeFirstOrThrow()
  if (Number(row.failures) <= rule.failures) return 0
  const endsAt = new Date(row.window_started_at).getTime() + rule.windowMinutes * 60_000
  return Math.max(1, Math.ceil((endsAt - now.getTime()) / 60_000))
}

/** Returns an attempt that did not fail (the password was right, or it was never checked). */
export async function giveBack(ctx: InstanceCtx, key: string): Promise<void> {
  await ctx.db
    .updateTable('sign_in_throttle')
    .set({ failures: sql`failures - 1` })
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute()
}

/** Forgets every attempt of `key` (an account that signed in with its password). */
export async function clearAttempts(ctx: InstanceCtx, key: string): Promise<void> {
  await ctx.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute()
}
