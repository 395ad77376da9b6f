import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import type { Hono } from 'hono'
import { ConflictError } from '../core/errors.ts'
import type { ImportLimits } from '../core/settings/import-limits.ts'
import type { Runtime } from '../runtime.ts'
import { createApp } from './app.ts'
import type { AppEnv } from './env.ts'
import { type MailTimerOptions, startMailTimer } from './mail-timer.ts'

export interface ServeOptions {
  runtime: Runtime
  port: number
  host: string
  webDir?: string | undefined
  version: string
  /** What an import may take and how many run at once (`importLimitsFromEnv`). */
  importLimits?: ImportLimits | undefined
  /** DATABASE_URL when the data is on PostgreSQL: large imports then write from a worker thread. */
  databaseUrl?: string | undefined
  /** The periodic mail check (on by default); `minuteMs` shortens its minutes (tests). */
  mailTimer?: false | { minuteMs?: number; onRun?: MailTimerOptions['onRun'] }
}

export interface RunningServer {
  url: string
  close: () => Promise<void>
}

/** Starts the local-mode server and resolves once it listens. */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const { runtime } = options
  const app = createApp({
    contextFor: () => runtime.ctx,
    dataStamp: runtime.dataStamp,
    backupDir: join(runtime.dataDir, 'backups'),
    webDir: options.webDir,
    local: true,
    version: options.version,
    importLimits: options.importLimits,
    importDatabaseUrl: runtime.engine === 'postgres' ? options.databaseUrl : undefined,
  })
  const server = await listen(app, options.port, options.host)
  const timer =
    options.mailTimer === false
      ? undefined
      : startMailTimer({ ctx: () => runtime.ctx, ...options.mailTimer })
  return {
    url: server.url,
    close: async () => {
      await timer?.stop()
      await server.close()
    },
  }
}

/**
 * How long an idle keep-alive connection stays open. Node's 5 s is shorter
 * than what clients and proxies keep theirs for (nginx's upstream
 * keep-alive, a browser's pool, 60 s behind most load balancers): a
 * request sent on a connection the server is just closing is lost to a
 * reset (`ECONNRESET`, 11 in one 30 s hosted load). The server must be
 * the one that waits longer.
 */
export const KEEP_ALIVE_MS = 65_000

/** Serves an app on a port; a port in use or not allowed is the user's to fix. */
export function listen(
  app: Hono<AppEnv>,
  port: number,
  hostname: string,
  keepAliveMs = KEEP_ALIVE_MS,
): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port, hostname }, (info: AddressInfo) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address
      resolve({
        url: `http://${host}:${info.port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            // Keep-alive connections would hold close() open for seconds.
            if ('closeAllConnections' in server) server.closeAllConnections()
          }),
      })
    })
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = keepAliveMs
      // Headers of a request on a kept connection must be allowed as long.
      server.headersTimeout = Math.max(server.headersTimeout, keepAliveMs + 1_000)
    }
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(
          new ConflictError(
            `port ${port} on ${hostname} is already in use; choose another with --port`,
          ),
        )
      } else if (error.code === 'EACCES') {
        reject(
          new ConflictError(
            `not allowed to listen on ${hostname}:${port}; choose a port above 1024`,
          ),
        )
      } else {
        reject(error)
      }
    })
  })
}
