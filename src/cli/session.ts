import type { Command } from 'commander'
import type { Ctx } from '../core/context.ts'
import { openRuntime, type Runtime } from '../runtime.ts'
import type { CliIO } from './io.ts'

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

  async ctx(command: Command): Promise<Ctx> {
    return (await this.runtime(command)).ctx
  }

  wantsJson(command: Command): boolean {
    return Boolean(command.optsWithGlobals<{ json?: boolean }>().json)
  }

  async close(): Promise<void> {
    await this.#runtime?.close()
    this.#runtime = undefined
  }
}
