import { defaultSessionPolicy } from '../core/accounts/sessions.ts'
import { clockFromEnv } from '../core/clock.ts'
import type { ComposeDigest } from '../core/digests/service.ts'
import { secretKeyLoader } from '../core/outreach/secret-key.ts'
import { importLimitsFromEnv } from '../core/settings/import-limits.ts'
import { openDatabase } from '../db/connect.ts'
import { createApp } from './app.ts'
import { digestComposer } from './digest.ts'
import type { HostedOptions } from './hosted.ts'
import type { HostedConfig } from './hosted-config.ts'
import { startJobs } from './jobs.ts'
import { createMailer, type SendMail } from './mailer.ts'
import { listen, type RunningServer } from './serve.ts'

export interface HostedServeOptions {
  config: HostedConfig
  port: number
  host: string
  webDir?: string | undefined
  version: string
  env: Record<string, string | undefined>
  /** The morning email; by default the Today agenda with links to the public address. */
  composeDigest?: ComposeDigest
  /** Replaces the SMTP mailer (tests). */
  sendMail?: SendMail
  /** Run the scheduled jobs on this server (default true). */
  jobs?: boolean
}

export interface RunningHostedServer extends RunningServer {
  hosted: HostedOptions
  fanOutDigests: () => Promise<number>
  /** Queues the mail checks that are due now (what the schedule does each minute). */
  fanOutMail: () => Promise<number>
}

/**
 * Starts one hosted-mode app server. It keeps no state of its own: sessions,
 * rate-limit counters and scheduled work live in PostgreSQL, so several run
 * side by side behind one load balancer.
 */
export async function startHostedServer(options: HostedServeOptions): Promise<RunningHostedServer> {
  const { config } = options
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    maxConnections: config.databasePool,
  })
  const baseUrl = new URL(config.baseUrl)
  const instance = {
    db: database.db,
    engine: database.engine,
    now: clockFromEnv(options.env),
    // With COFFEECHAT_SECRET set (required here), no key file is read.
    secretKey: secretKeyLoader({ env: { COFFEECHAT_SECRET: config.secret }, dataDir: '' }),
  }
  const sendMail = options.sendMail ?? createMailer(config.smtpUrl, config.mailFrom, baseUrl)
  const hosted: HostedOptions = {
    instance,
    baseUrl,
    policy: { ...defaultSessionPolicy, idleDays: config.sessionIdleDays },
    trustProxy: config.trustProxy,
    sendMail,
  }
  const jobs =
    options.jobs === false
      ? undefined
      : await startJobs({
          databaseUrl: config.databaseUrl,
          instance,
          sendMail,
          composeDigest: options.composeDigest ?? digestComposer(baseUrl),
          digestHour: config.digestHour,
        })
  try {
    const app = createApp({
      local: false,
      hosted,
      webDir: options.webDir,
      version: options.version,
      importLimits: importLimitsFromEnv(options.env),
      importDatabaseUrl: config.databaseUrl,
    })
    const server = await listen(app, options.port, options.host)
    return {
      ...server,
      hosted,
      fanOutDigests: () => jobs?.fanOut() ?? Promise.resolve(0),
      fanOutMail: () => jobs?.fanOutMail() ?? Promise.resolve(0),
      close: async () => {
        await server.close()
        await jobs?.stop()
        await database.close()
      },
    }
  } catch (error) {
    await jobs?.stop()
    await database.close()
    throw error
  }
}
