import type { Command } from 'commander'
import type { Ctx } from '../core/context.ts'
import { machineTimeZone } from '../core/rules/time-zones.ts'
import { explorerDateStyle } from '../core/settings/service.ts'
import { type DateStyle, localeFromEnv } from '../core/shared/date-words.ts'
import { openRuntime, type Runtime } from '../runtime.ts'
import { UsageError } from './format.ts'
import { type CliIO, printJson, writeLine } from './io.ts'
import { type RemoteOptions, type RemoteTarget, remoteTarget } from './remote.ts'
import type { CliSource } from './source.ts'

/** The explorer's date style, with the run's `now` ("today", "overdue") from `ctx.now()`. */
export type CliDateStyle = DateStyle & { now: Date }

/** `coffeechat people show` for a command: its words from the program down. */
function commandPath(command: Command): string {
  const names: string[] = []
  for (let at: Command | null = command; at?.parent; at = at.parent) names.unshift(at.name())
  return names.join(' ')
}

/**
 * One CLI run: its streams, and the data it opens at most once (closed by
 * the runner when the command ends): the data directory, or with `--server`
 * a coffeechat server's API.
 */
export class CliSession {
  readonly io: CliIO
  #runtime: Runtime | undefined
  #target: Promise<RemoteTarget | undefined> | undefined
  #source: Promise<CliSource> | undefined

  constructor(io: CliIO) {
    this.io = io
  }

  /** The server a remote run talks to (`--server` or COFFEECHAT_SERVER), else undefined. */
  remote(command: Command): Promise<RemoteTarget | undefined> {
    this.#target ??= remoteTarget(
      command.optsWithGlobals<RemoteOptions & { data?: string }>(),
      this.io,
    )
    return this.#target
  }

  /** Opens the data directory named by `--data` (or the environment) and migrates it. */
  async runtime(command: Command): Promise<Runtime> {
    if (await this.remote(command)) {
      throw new UsageError(
        `\`${commandPath(command)}\` works on a local data directory only; run it on the server (without --server)`,
      )
    }
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

  /**
   * Where this command's records come from: the data directory, or the
   * server of a remote run. Commands written against it work both ways.
   */
  source(command: Command): Promise<CliSource> {
    this.#source ??= (async () => {
      const target = await this.remote(command)
      if (!target) return (await import('./source.ts')).localSource(await this.ctx(command))
      const [{ RemoteApi }, { remoteSource }] = await Promise.all([
        import('./remote.ts'),
        import('./remote-source.ts'),
      ])
      return remoteSource(new RemoteApi(target))
    })()
    return this.#source
  }

  /** How to write dates for this explorer: the terminal's locale, their zone and clock, and now. */
  async dateStyle(command: Command): Promise<CliDateStyle> {
    if (await this.remote(command)) {
      const settings = await (await this.source(command)).settings()
      const { clockFromEnv } = await import('../core/clock.ts')
      return {
        locale: localeFromEnv(this.io.env),
        timeZone: settings.timeZone ?? machineTimeZone(),
        clock: settings.clock,
        now: clockFromEnv(this.io.env)(),
      }
    }
    const ctx = await this.ctx(command)
    return { ...(await explorerDateStyle(ctx)), now: ctx.now() }
  }

  wantsJson(command: Command): boolean {
    return Boolean(command.optsWithGlobals<{ json?: boolean }>().json)
  }

  /** Writes one line of the command's answer on stdout. */
  say(text: string): void {
    writeLine(this.io.stdout, text)
  }

  /** Prints `value` as JSON with `--json`, else the text `text` makes of it. */
  async reply<T>(
    command: Command,
    value: T,
    text: (value: T) => string | Promise<string>,
  ): Promise<void> {
    if (this.wantsJson(command)) return printJson(this.io, value)
    this.say(await text(value))
  }

  /**
   * Prints a list: `json` (the items themselves by default) with `--json`,
   * else `empty` when there are none, else the text `text` makes of them.
   */
  async replyList<T>(
    command: Command,
    items: readonly T[],
    empty: string,
    text: (items: readonly T[]) => string | Promise<string>,
    json: unknown = items,
  ): Promise<void> {
    if (this.wantsJson(command)) return printJson(this.io, json)
    this.say(items.length === 0 ? empty : await text(items))
  }

  async close(): Promise<void> {
    await this.#runtime?.close()
    this.#runtime = undefined
  }
}
