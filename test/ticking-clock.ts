import type { Ctx } from '../src/core/context.ts'

/**
 * The context with a clock one second later at each reading, so records
 * made one after another are stamped (and their ids ordered) in that order.
 *
 * @example const ctx = ticking(await h.newCtx())
 */
export function ticking(ctx: Ctx): Ctx {
  let at = ctx.now().getTime()
  return {
    ...ctx,
    now: () => {
      at += 1000
      return new Date(at)
    },
  }
}

/**
 * The same explorer at another moment: the context with its clock stopped
 * at `instant`.
 *
 * @example await recordReply(at(ctx, '2026-03-11T10:00:00Z'), { personId })
 */
export function at(ctx: Ctx, instant: string): Ctx {
  return { ...ctx, now: () => new Date(instant) }
}
