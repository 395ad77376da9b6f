import type pg from 'pg'
import { hashToken } from '../core/accounts/secrets.ts'
import {
  accountOfSession,
  type InstanceCtx,
  SESSIONS_ENDED_CHANNEL,
  type SessionAccount,
  type SessionPolicy,
} from '../core/accounts/sessions.ts'

/** How long a session read from the database answers from memory, at most. */
export const SESSION_CACHE_MS = 5_000
const MAX_ENTRIES = 10_000
const RECONNECT_MS = 2_000

/** Looks up sessions like `accountOfSession`, from memory when it safely can. */
export interface SessionCache {
  lookup: (token: string) => Promise<SessionAccount | null>
  close: () => Promise<void>
}

interface Entry {
  session: SessionAccount
  readAt: number
}

/**
 * Every API request in hosted mode starts with its session; reading it from
 * PostgreSQL was one statement of the few most pages cost. This keeps each
 * session read for `SESSION_CACHE_MS` (real time), never past the instant
 * it expires or goes idle by the instance's clock, and drops it the moment
 * any server ends it: sign-out, a password change or reset, a disabled or
 * deleted account announce it on a PostgreSQL channel (core/accounts/sessions.ts)
 * that every server listens to. While this server is not listening — before
 * the listener connects, after it drops — every lookup goes to the database,
 * so an ending it could have missed is never answered from memory.
 *
 * @example const sessions = await startSessionCache(instance, policy, databaseUrl)
 */
export async function startSessionCache(
  instance: InstanceCtx,
  policy: SessionPolicy,
  databaseUrl: string,
  ttlMs = SESSION_CACHE_MS,
): Promise<SessionCache> {
  const entries = new Map<string, Entry>()
  const byAccount = new Map<string, Set<string>>()
  // Bumped by every ending heard: a read begun before one is not kept after it.
  let endings = 0
  let listener: pg.Client | null = null
  let closed = false
  let retry: NodeJS.Timeout | undefined

  const forget = (tokenHash: string) => {
    const entry = entries.get(tokenHash)
    if (!entry) return
    entries.delete(tokenHash)
    byAccount.get(entry.session.accountId)?.delete(tokenHash)
  }
  const forgetAll = () => {
    endings++
    entries.clear()
    byAccount.clear()
  }
  const heard = (payload: string) => {
    endings++
    if (payload.startsWith('account:')) {
      const accountId = payload.slice('account:'.length)
      for (const tokenHash of byAccount.get(accountId) ?? []) entries.delete(tokenHash)
      byAccount.delete(accountId)
    } else forget(payload)
  }

  const listen = async () => {
    const { Client } = (await import('pg')).default
    const client = new Client({ connectionString: databaseUrl })
    const down = () => {
      if (listener === client) listener = null
      forgetAll()
      client.end().catch(() => {})
      if (!closed && !retry) retry = setTimeout(reconnect, RECONNECT_MS)
    }
    client.on('error', down)
    client.on('end', down)
    client.on('notification', (message) => {
      if (message.channel === SESSIONS_ENDED_CHANNEL && message.payload) heard(message.payload)
    })
    await client.connect()
    await client.query(`listen ${SESSIONS_ENDED_CHANNEL}`)
    if (closed) {
      await client.end()
      return
    }
    listener = client
  }
  const reconnect = () => {
    retry = undefined
    listen().catch(() => {
      if (!closed && !retry) retry = setTimeout(reconnect, RECONNECT_MS)
    })
  }
  await listen()

  return {
    lookup: async (token) => {
      if (!listener) return accountOfSession(instance, token, policy)
      const tokenHash = hashToken(token)
      const entry = entries.get(tokenHash)
      if (entry) {
        if (
          performance.now() - entry.readAt < ttlMs &&
          instance.now().getTime() < entry.session.endsAt
        )
          return entry.session
        forget(tokenHash)
      }
      const before = endings
      const session = await accountOfSession(instance, token, policy)
      if (session && listener && endings === before) {
        if (entries.size >= MAX_ENTRIES) forgetAll()
        entries.set(tokenHash, { session, readAt: performance.now() })
        const tokens = byAccount.get(session.accountId) ?? new Set()
        tokens.add(tokenHash)
        byAccount.set(session.accountId, tokens)
      }
      return session
    },
    close: async () => {
      closed = true
      clearTimeout(retry)
      const client = listener
      listener = null
      forgetAll()
      await client?.end().catch(() => {})
    },
  }
}
