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
 * Minutes to wait before this key may try again, or 0. The counters live in
 * the database, so the limit holds across every app server.
 */
export async function minutesLocked(
  ctx: InstanceCtx,
  key: string,
  rule: ThrottleRule,
): Promise<number> {
  const row = await ctx.db
    .selectFrom('sign_in_throttle')
    .select(['window_started_at', 'failures'])
    .where('key', '=', key)
    .executeTakeFirst()
  if (!row || row.failures < rule.failures) return 0
  const endsAt = new Date(row.window_started_at).getTime() + rule.windowMinutes * 60_000
  const left = endsAt - ctx.now().getTime()
  return left > 0 ? Math.ceil(left / 60_000) : 0
}

/** Counts one failure for `key`, starting a new window when the last one is over. */
export async function recordFailure(
  ctx: InstanceCtx,
  key: string,
  rule: ThrottleRule,
): Promise<void> {
  const now = ctx.now()
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000).toISOString()
  // One statement, so two servers counting at once cannot lose a failure.
  await ctx.db
    .insertInto('sign_in_throttle')
    .values({ key, window_started_at: now.toISOString(), failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when sign_in_throttle.window_started_at < ${windowStart} then 1 else sign_in_throttle.failures + 1 end`,
        window_started_at: sql`case when sign_in_throttle.window_started_at < ${windowStart} then ${now.toISOString()} else sign_in_throttle.window_started_at end`,
      }),
    )
    .execute()
}

export async function clearFailures(ctx: InstanceCtx, key: string): Promise<void> {
  await ctx.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute()
}
