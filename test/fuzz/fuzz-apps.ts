import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ensureLocalAccount, LOCAL_OWNER_ID } from '../../src/core/accounts/service.ts'
import { defaultSessionPolicy, startSession } from '../../src/core/accounts/sessions.ts'
import type { OpenDatabase } from '../../src/db/connect.ts'
import { createApp } from '../../src/server/app.ts'
import { SESSION_COOKIE } from '../../src/server/hosted.ts'
import { BASE_URL } from '../hosted-support.ts'
import type { FuzzRequest } from './openapi-requests.ts'

/** What one request got back, read whole. */
export interface FuzzAnswer {
  status: number
  text: string
  ms: number
}

/** An app in process and a browser-like way to call it, signed in where sign-in exists. */
export interface FuzzTarget {
  send: (request: FuzzRequest) => Promise<FuzzAnswer>
  /** Calls with JSON, for seeding records. */
  json: (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>
}

const PASSWORD = 'fuzzing-password-1'
const fixedNow = new Date('2026-03-02T09:00:00Z')

/** Local mode on this database: one explorer, requests from the app's own origin. */
export async function localTarget(database: OpenDatabase): Promise<FuzzTarget> {
  await ensureLocalAccount(database.db, fixedNow)
  const ctx = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(fixedNow),
    ownerId: LOCAL_OWNER_ID,
    secretKey: () => Buffer.alloc(32, 7),
  }
  const app = createApp({
    local: true,
    contextFor: () => ctx,
    backupDir: join(mkdtempSync(join(tmpdir(), 'coffeechat-fuzz-')), 'backups'),
    version: 'fuzz',
  })
  const headers = { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' }
  return targetOf(
    (path, init) => app.request(path, init),
    headers,
    async () => {},
  )
}

/**
 * Hosted mode on this database, signed in as the instance's first account
 * (its administrator); signs in again whenever a fuzzed request ended the session.
 */
export async function hostedTarget(database: OpenDatabase): Promise<FuzzTarget> {
  const instance = {
    db: database.db,
    engine: database.engine,
    now: () => new Date(fixedNow),
    secretKey: () => Buffer.alloc(32, 7),
  }
  const app = createApp({
    local: false,
    version: 'fuzz',
    hosted: {
      instance,
      baseUrl: new URL(BASE_URL),
      policy: defaultSessionPolicy,
      trustProxy: false,
      sendMail: async () => {},
    },
  })
  const headers: Record<string, string> = { origin: BASE_URL }
  const fetchApp = (path: string, init: RequestInit) => app.request(path, init)
  const response = await fetchApp('/api/auth/signup', {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ email: `fuzzer-${Date.now()}@example.org`, password: PASSWORD }),
  })
  const account = (await response.json()) as { id?: string }
  if (response.status !== 201 || !account.id)
    throw new Error(`cannot sign up the fuzzer: ${response.status}`)
  const accountId = account.id
  // A new session straight in the table: signing in again through the API would
  // count against the address's limit, which fuzzed sign-ins (all from one address) use up.
  const signInAgain = async () => {
    headers.cookie = `${SESSION_COOKIE}=${await startSession(instance, accountId, defaultSessionPolicy)}`
  }
  await signInAgain()
  return targetOf(fetchApp, headers, signInAgain)
}

function targetOf(
  fetchApp: (path: string, init: RequestInit) => Response | Promise<Response>,
  headers: Record<string, string>,
  signInAgain: () => Promise<void>,
): FuzzTarget {
  const send = async (request: FuzzRequest): Promise<FuzzAnswer> => {
    const started = performance.now()
    const response = await fetchApp(request.path, {
      method: request.method,
      headers: {
        ...headers,
        ...(request.contentType !== undefined ? { 'content-type': request.contentType } : {}),
      },
      body: request.body,
    })
    const text = await response.text()
    const ms = performance.now() - started
    const cleared = /coffeechat_session=;/.test(response.headers.get('set-cookie') ?? '')
    if (headers.cookie && (cleared || (response.status === 401 && /sign in first/.test(text)))) {
      await signInAgain()
    } else if (headers.cookie && response.headers.get('set-cookie')) {
      headers.cookie = response.headers.get('set-cookie')?.split(';')[0] ?? headers.cookie
    }
    return { status: response.status, text, ms }
  }
  return {
    send,
    json: async (method, path, body) => {
      const answer = await send({
        operation: 'seed',
        method,
        path,
        contentType: body === undefined ? undefined : 'application/json',
        body: body === undefined ? undefined : JSON.stringify(body),
      })
      return { status: answer.status, body: answer.text ? JSON.parse(answer.text) : null }
    },
  }
}
