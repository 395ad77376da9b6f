import type { Ctx } from '../core/context.ts'
import { nextMailCheckIn, scheduledMailCheck } from '../core/mail/schedule.ts'
import type { MailCheckResult } from '../core/mail/schema.ts'

export interface MailTimerOptions {
  /** The explorer's context, read afresh each time (local mode has one explorer). */
  ctx: () => Ctx
  /** How long a minute of `mailCheckEveryMinutes` lasts; tests shorten it. */
  minuteMs?: number
  /** The check to run; the real one by default. */
  check?: (ctx: Ctx) => Promise<MailCheckResult>
  /** Told after each run, for logs and tests. */
  onRun?: (result: MailCheckResult) => void
}

export interface MailTimer {
  /** Stops the timer and waits for a run in progress to end. */
  stop: () => Promise<void>
}

/**
 * The local server's mail check: every `mailCheckEveryMinutes` while a
 * mailbox is connected, looking again each minute while none is. The next
 * run is planned only once the last one ended, so two never overlap; a
 * failed run records its error and the timer goes on.
 */
export function startMailTimer(options: MailTimerOptions): MailTimer {
  const minute = options.minuteMs ?? 60_000
  const check = options.check ?? scheduledMailCheck
  let stopped = false
  let timer: NodeJS.Timeout | undefined
  let running: Promise<void> = Promise.resolve()

  const plan = (ms: number) => {
    if (stopped) return
    timer = setTimeout(() => {
      running = tick()
    }, ms)
    // The timer alone does not keep the process alive.
    timer.unref()
  }

  const tick = async (): Promise<void> => {
    let wait = minute
    try {
      const ctx = options.ctx()
      const due = await nextMailCheckIn(ctx, minute)
      if (due === 0 && !stopped) {
        const result = await check(ctx)
        options.onRun?.(result)
        wait = (await nextMailCheckIn(ctx, minute)) ?? minute
      } else if (due !== null) {
        wait = due
      }
    } catch (error) {
      // The database itself failed: say so, try again in a minute.
      console.error(
        `[coffeechat] mail check: ${error instanceof Error ? error.message : String(error)}`,
      )
    }
    // Not connected: look again in a minute; connected: when the next check is due.
    plan(Math.max(wait, Math.min(minute, 1000)))
  }

  plan(0)
  return {
    stop: async () => {
      stopped = true
      clearTimeout(timer)
      await running
    },
  }
}
