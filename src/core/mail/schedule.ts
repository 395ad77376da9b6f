import type { Ctx } from '../context.ts'
import { getSettings } from '../settings/service.ts'
import { checkMail } from './check.ts'
import { selectMailAccount, updateMailProgress } from './repo.ts'
import type { MailCheckResult } from './schema.ts'

/**
 * The periodic check (issue 15): how long until this explorer's mailbox is
 * due to be read again, every `mailCheckEveryMinutes` after the last check
 * (a "Check now" counts); null while no mailbox is connected.
 *
 * @example await nextMailCheckIn(ctx) // 0: due now; null: nothing connected
 */
export async function nextMailCheckIn(ctx: Ctx, minuteMs = 60_000): Promise<number | null> {
  const [row, settings] = await Promise.all([selectMailAccount(ctx), getSettings(ctx)])
  if (!row?.password_encrypted) return null
  const every = settings.mailCheckEveryMinutes * minuteMs
  if (!row.checked_at) return 0
  const since = ctx.now().getTime() - Date.parse(row.checked_at)
  return Math.max(0, Math.min(every, every - since))
}

/**
 * One check as the timer or a job runs it: whatever goes wrong (the server,
 * the sign-in, a missing key) is recorded as the last error, shown in
 * Settings and `mail status`, and never thrown.
 */
export async function scheduledMailCheck(ctx: Ctx): Promise<MailCheckResult> {
  try {
    return await checkMail(ctx)
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    await updateMailProgress(ctx, {
      checked_at: ctx.now().toISOString(),
      last_error: message,
    }).catch(() => undefined)
    return { found: 0, applied: 0, error: message }
  }
}
