import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPostgresDatabase } from '../../test/engines.ts'
import { countQueries } from '../../test/query-count.ts'
import {
  defaultSessionPolicy,
  endAllSessions,
  endSession,
  type InstanceCtx,
  startSession,
} from '../core/accounts/sessions.ts'
import { type OpenDatabase, openDatabase } from '../db/connect.ts'
import { type SessionCache, startSessionCache } from './session-cache.ts'

const postgres = inject('postgresUrl')
const DAY = 24 * 60 * 60 * 1000

describe.runIf(postgres)('the session cache of a hosted server', () => {
  let url = ''
  // Two servers: this one caches, the other ends sessions.
  let here: OpenDatabase
  let there: OpenDatabase
  let clock = new Date('2026-03-02T09:00:00Z')
  let sessions: SessionCache
  let counted: { queries: number }
  const instance = (database: OpenDatabase): InstanceCtx => ({
    db: database.db,
    engine: database.engine,
    now: () => clock,
  })

  beforeAll(async () => {
    url = await createPostgresDatabase(postgres ?? '')
    here = await openDatabase({ databaseUrl: url, maxConnections: 2 })
    there = await openDatabase({ databaseUrl: url, maxConnections: 2 })
    // Every statement the cache's lookups run is counted (ttl long: only an ending may drop an entry).
    const { count } = await countQueries({ ...instance(here), ownerId: '' }, async (c) => {
      sessions = await startSessionCache({ ...c }, defaultSessionPolicy, url, 60_000)
    })
    counted = count
  })
  afterAll(async () => {
    await sessions?.close()
    await here?.close()
    await there?.close()
  })

  async function signedIn(id: string): Promise<string> {
    await there.db
      .insertInto('accounts')
      .values({ id, email: `${id}@example.org`, display_name: id, created_at: clock.toISOString() })
      .execute()
    return startSession(instance(there), id, defaultSessionPolicy)
  }

  /** Waits (at most 5 s, far below the cache's minute) until the lookup says signed out. */
  async function signedOut(token: string): Promise<boolean> {
    for (let i = 0; i < 100; i++) {
      if ((await sessions.lookup(token)) === null) return true
      await new Promise((done) => setTimeout(done, 50))
    }
    return false
  }

  it('reads a session once, then answers from memory', async () => {
    const token = await signedIn('ada')
    const before = counted.queries
    expect((await sessions.lookup(token))?.accountId).toBe('ada')
    const afterFirst = counted.queries
    expect(afterFirst).toBeGreaterThan(before)
    for (let i = 0; i < 5; i++) expect((await sessions.lookup(token))?.accountId).toBe('ada')
    expect(counted.queries).toBe(afterFirst)
  })

  it('forgets a session the moment another server signs it out', async () => {
    const token = await signedIn('bea')
    expect((await sessions.lookup(token))?.accountId).toBe('bea')
    await endSession(instance(there), token)
    expect(await signedOut(token)).toBe(true)
  })

  it('forgets every session of an account whose sessions another server ended', async () => {
    const first = await signedIn('cy')
    const second = await startSession(instance(there), 'cy', defaultSessionPolicy)
    expect((await sessions.lookup(first))?.accountId).toBe('cy')
    expect((await sessions.lookup(second))?.accountId).toBe('cy')
    await endAllSessions(instance(there), 'cy')
    expect(await signedOut(first)).toBe(true)
    expect(await signedOut(second)).toBe(true)
  })

  it('never answers from memory past the session’s end', async () => {
    const token = await signedIn('di')
    expect((await sessions.lookup(token))?.accountId).toBe('di')
    clock = new Date(clock.getTime() + (defaultSessionPolicy.idleDays + 1) * DAY)
    expect(await sessions.lookup(token)).toBeNull()
  })
})
