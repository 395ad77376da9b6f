import type { Ctx } from '../core/context.ts'

/** What every request handler finds on `c.var`. */
export interface AppEnv {
  Variables: {
    ctx: Ctx
  }
}
