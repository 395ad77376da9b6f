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
    .action(async (options: { port: number; host: string }, command: Command) => {
      if (!isLoopbackName(hostName(options.host))) {
        throw new UsageError(
          `local mode has no sign-in, so it only listens on this machine (127.0.0.1, localhost or ::1), not ${options.host}`,
        )
      }
      // Loaded here: the HTTP stack is only needed by this command.
      const { startServer } = await import('../../server/serve.ts')
      const runtime = await session.runtime(command)
      const server = await startServer({
        runtime,
        port: options.port,
        host: options.host,
        webDir,
        version,
      })
      writeLine(io.stdout, `coffeechat ${version} is running at ${server.url}`)
      writeLine(io.stdout, `data: ${runtime.location}   (Ctrl-C stops it)`)
      keepAlive(
        new Promise<void>((resolve) => {
          const stop = () => {
            process.off('SIGINT', stop)
            process.off('SIGTERM', stop)
            writeLine(io.stdout, 'Stopping…')
            server.close().then(resolve, resolve)
          }
          process.on('SIGINT', stop)
          process.on('SIGTERM', stop)
        }),
      )
    })
}
