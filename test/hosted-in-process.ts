import { defaultSessionPolicy } from '../src/core/accounts/sessions.ts'
import type { OpenDatabase } from '../src/db/connect.ts'
import { createApp } from '../src/server/app.ts'
import { BASE_URL, type Mail } from './hosted-support.ts'

/** A hosted-mode app in process on one database, with its outgoing mail kept in `mail`. */
export function hostedAppOn(database: OpenDatabase, now = () => new Date()) {
  const mail: Mail[] = []
  const app = createApp({
    local: false,
    version: 'test',
    hosted: {
      instance: {
        db: database.db,
        engine: database.engine,
        now,
        secretKey: () => Buffer.alloc(32, 1),
      },
      baseUrl: new URL(BASE_URL),
      policy: defaultSessionPolicy,
      trustProxy: false,
      sendMail: async (message) => {
        mail.push(message)
      },
    },
  })
  return { app, mail }
}

export type HostedApp = ReturnType<typeof hostedAppOn>['app']

export interface Answer {
  status: number
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely
  body: any
  text: string
}

/**
 * A browser of the instance: its own session cookie, the instance's Origin,
 * and (for rate limits) its own client address.
 */
export function browserOf(app: HostedApp, address = '203.0.113.7') {
  let cookie = ''
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await app.request(
      path,
      {
        method,
        headers: {
          origin: BASE_URL,
          ...(cookie ? { cookie } : {}),
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body:
          body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      },
      // What @hono/node-server would hand the app: the socket, for the client's address.
      { incoming: { socket: { remoteAddress: address, remotePort: 50000, remoteFamily: 'IPv4' } } },
    )
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0] ?? ''
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json') && text
    return { status: response.status, body: isJson ? JSON.parse(text) : null, text }
  }
  return { call, cookie: () => cookie }
}

/** Signs up a new account in a fresh browser and returns that browser. */
export async function signedUp(app: HostedApp, email: string, password = `${email} password`) {
  const browser = browserOf(app)
  const made = await browser.call('POST', '/api/auth/signup', { email, password })
  if (made.status !== 201) throw new Error(`sign-up failed: ${made.status} ${made.text}`)
  return browser
}
