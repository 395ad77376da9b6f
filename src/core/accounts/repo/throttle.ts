import { type Selectable, sql } from 'kysely'
import type { SignInThrottleTable } from '../../../db/tables.ts'
import type { InstanceCtx } from '../sessions.ts'

export type SignInThrottleRow = Selectable<SignInThrottleTable>

/** Counts one attempt of `key` in one statement (a new window if it began before `windowStart`). */
export function upsertSignInAttempt(
  ctx: InstanceCtx,
  key: string,
  now: string,
  windowStart: string,
): Promise<Pick<SignInThrottleRow, 'failures' | 'window_started_at'>> {
  const over = sql<boolean>`sign_in_throttle.window_started_at < ${windowStart}`
  return ctx.db
    .insertInto('sign_in_throttle')
    .values({ key, window_started_at: now, failures: 1 })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql`case when ${over} then 1 else sign_in_throttle.failures + 1 end`,
        window_started_at: sql`case when ${over} then ${now} else sign_in_throttle.window_started_at end`,
      }),
    )
    .returning(['failures', 'window_started_at'])
    .executeTakeFirstOrThrow()
}

/** Takes one attempt off the count of `key`, never below zero. */
export async function updateAttemptGivenBack(ctx: InstanceCtx, key: string): Promise<void> {
  await ctx.db
    .updateTable('sign_in_throttle')
    .set({ failures: sql`failures - 1` })
    .where('key', '=', key)
    .where('failures', '>', 0)
    .execute()
}

/** Deletes the count of `key`. */
export async function deleteSignInAttempts(ctx: InstanceCtx, key: string): Promise<void> {
  await ctx.db.deleteFrom('sign_in_throttle').where('key', '=', key).execute()
}
