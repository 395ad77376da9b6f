import type { TokenScope } from '../core/access-tokens/schema.ts'
import type { Ctx } from '../core/context.ts'
import type { HostedOptions } from './hosted.ts'

/** What every request handler finds on `c.var`. */
export interface AppEnv {
  Variables: {
    /** The explorer this request acts for. */
    ctx: Ctx
    /** Set in hosted mode only. */
    hosted: HostedOptions | undefined
    /** The signed-in account's session token (hosted mode). */
    sessionToken: string | undefined
    /** Set when a personal access token authenticated the request (hosted mode). */
    tokenScope: TokenScope | undefined
  }
}
