import type { Command } from 'commander'
import type { Ctx } from '../core/context.ts'
import { explorerDateStyle } from '../core/settings/service.ts'
import { type DateStyle, localeFromEnv } from '../core/shared/date-words.ts'
import { openRuntime, type Runtime } from '../runtime.ts'
import type { CliIO } from './io.ts'

/** The explorer's date style, with the run's `now` ("today", "overdue") from `ctx.now()`. */
export type CliDateStyle = DateStyle & { now: Date }

/**
 * One CLI run: its streams, and the data it opens at most once (closed by
 * the runner when the command ends).
 */
export class CliSession {
  readonly io: CliIO
  #runtime: Runtime | undefined

  constructor(io: CliIO) {
    this.io = io
  }

  /** Opens the data directory named by `--data` (or the environment) and migrates it. */
  async runtime(command: Command): Promise<Runtime> {
    if (!this.#runtime) {
      const { data } = command.optsWithGlobals<{ data?: string }>()
      this.#runtime = await openRuntime({ dataDir: data, env: this.io.env })
    }
    return this.#runtime
  }

  /** The explorer's context, with the terminal's locale for the dates it writes. */
  async ctx(command: Command): Promise<Ctx> {
    const ctx = (await this.runtime(command)).ctx
    const locale = localeFromEnv(this.io.env)
    return locale ? { ...ctx, locale } : ctx
  }

  /** How to write dates for this explorer: the terminal's locale, their zone and clock, and now. */
  async dateStyle(command: Command): Promise<CliDateStyle> {
    const ctx = await this.ctx(command)
    return { ...(await explorerDateStyle(ctx)), now: ctx.now() }
  }

  wantsJson(command: Command): boolean {
    return Boolean(command.optsWithGlobals<{ json?: boolean }>().json)
  }

  async close(): Promise<void> {
    await this.#runtime?.close()
    this.#runtime = undefined
  }
}
