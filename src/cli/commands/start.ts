import { fileURLToPath } from 'node:url'
import type { Command } from 'commander'
import { hostName, isLoopbackName } from '../../server/loopback.ts'
import { UsageError, wholeNumber } from '../format.ts'
import { writeLine } from '../io.ts'
import type { CliSession } from '../session.ts'
import { version } from '../version.ts'

const webDir = fileURLToPath(new URL('../../../dist/web', import.meta.url))

export function registerStart(
  program: Command,
  session: CliSession,
  keepAlive: (done: Promise<void>) => void,
): void {
  const { io } = session
  program
    .command('start')
    .description('start the web app and the API')
    .option('--port <port>', 'port to listen on', wholeNumber('--port'), 4321)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option('--hosted', 'hosted mode: accounts on PostgreSQL (needs DATABASE_URL and --base-url)')
    .option('--base-url <url>', 'hosted mode: the public address, e.g. https://careers.example.edu')
    .option(
      '--trust-proxy',
      'hosted mode: read client addresses from X-Forwarded-For (behind a reverse proxy)',
    )
    .action(async (options: StartOptions, command: Command) => {
      if (options.hosted) {
        const server = await startHosted(options)
        writeLine(
          io.stdout,
          `coffeechat ${version} (hosted) is running at ${server.url} for ${options.baseUrl ?? io.env.COFFEECHAT_BASE_URL}`,
        )
        keepAlive(untilStopped(server.close, io))
        return
      }
      if (!isLoopbackName(hostName(options.host))) {
        throw new UsageError(
          `local mode has no sign-in, so it only listens on this machine (127.0.0.1, localhost or ::1), not ${options.host}`,
        )
      }
      // Loaded here: the HTTP stack is only needed by this command.
      const { startServer } = await import('../../server/serve.ts')
      const runtime = await session.runtime(command)
      const { importLimitsFromEnv } = await import('../../core/settings/import-limits.ts')
      const server = await startServer({
        runtime,
        port: options.port,
        host: options.host,
        webDir,
        version,
        importLimits: importLimitsFromEnv(io.env),
        databaseUrl: io.env.DATABASE_URL,
      })
      writeLine(io.stdout, `coffeechat ${version} is running at ${server.url}`)
      writeLine(io.stdout, `data: ${runtime.location}   (Ctrl-C stops it)`)
      keepAlive(untilStopped(server.close, io))
    })

  async function startHosted(options: StartOptions) {
    const { readHostedConfig } = await import('../../server/hosted-config.ts')
    const { startHostedServer } = await import('../../server/serve-hosted.ts')
    const config = readHostedConfig(
      { baseUrl: options.baseUrl, trustProxy: options.trustProxy },
      io.env,
    )
    return startHostedServer({
      config,
      port: options.port,
      host: options.host,
      webDir,
      version,
      env: io.env,
    })
  }
}

interface StartOptions {
  port: number
  host: string
  hosted?: boolean
  baseUrl?: string
  trustProxy?: boolean
}

/** Resolves once Ctrl-C (SIGINT) or SIGTERM has stopped the server. */
function untilStopped(close: () => Promise<void>, io: CliSession['io']): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      writeLine(io.stdout, 'Stopping…')
      close().then(resolve, resolve)
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
}
