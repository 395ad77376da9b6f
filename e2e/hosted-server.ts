import { randomBytes } from 'node:crypto'
import { inject } from 'vitest'
import { composeDigest } from '../src/server/digest.ts'
import { readHostedConfig } from '../src/server/hosted-config.ts'
import { type RunningHostedServer, startHostedServer } from '../src/server/serve-hosted.ts'
import { createPostgresDatabase } from '../test/engines.ts'
import { freePort } from '../test/ports.ts'
import { type BrowserWorld, browserWorld, type launchChromium, webDir } from './support.ts'

export interface Mail {
  to: string
  subject: string
  text: string
}

export interface HostedTestServer {
  url: string
  /** Every email the server sent (reset links, invitations), oldest first. */
  mail: Mail[]
  server: RunningHostedServer
  stop: () => Promise<void>
}

/** Whether hosted mode can be tried here; under CI=true a missing PostgreSQL is a failure. */
export function postgresAvailable(postgresUrl: string | null): boolean {
  if (postgresUrl) return true
  if (process.env.CI === 'true') {
    throw new Error('CI=true but PostgreSQL is missing: install it (apt-get install postgresql)')
  }
  console.warn('\n*** no PostgreSQL: the hosted-mode browser tests are SKIPPED ***\n')
  return false
}

/**
 * Starts a hosted-mode server in this process with the built web app, on
 * a free port whose address is also its base URL (writes must come from
 * the base URL's origin, and the browser's origin is what it opens). Its
 * emails are kept in `mail` instead of sent.
 *
 * @example const hosted = await startHostedTestServer(await createPostgresDatabase(adminUrl))
 */
export async function startHostedTestServer(databaseUrl: string): Promise<HostedTestServer> {
  // Free now, so the base URL can name the port before the server starts.
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const env = { DATABASE_URL: databaseUrl, COFFEECHAT_SECRET: randomBytes(24).toString('base64') }
  const mail: Mail[] = []
  const server = await startHostedServer({
    config: readHostedConfig({ baseUrl: url }, env),
    port,
    host: '127.0.0.1',
    webDir,
    version: 'e2e',
    env,
    composeDigest,
    jobs: false,
    sendMail: async (message) => {
      mail.push(message)
    },
  })
  return { url, mail, server, stop: () => server.close() }
}

/** The first link to this server in an email's text. */
export function linkIn(message: Mail | undefined, baseUrl: string): string {
  const link = message?.text.split(/\s+/).find((word) => word.startsWith(baseUrl))
  if (!link) throw new Error(`no link to ${baseUrl} in the email: ${message?.text ?? '(no email)'}`)
  return link
}

/**
 * chromiumWorld's hosted twin: a hosted-mode server on a fresh database of
 * the test cluster and a fresh Chromium, for the describe block's tests.
 */
export function hostedChromiumWorld(
  browser?: Parameters<typeof launchChromium>[0],
): BrowserWorld<HostedTestServer> {
  return browserWorld(
    async () => {
      const adminUrl = inject('postgresUrl')
      if (!adminUrl) throw new Error('no PostgreSQL cluster')
      return startHostedTestServer(await createPostgresDatabase(adminUrl))
    },
    { browser },
  )
}
