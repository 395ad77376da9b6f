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
