import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { afterAll, beforeAll, describe, inject } from 'vitest'
import type { Ctx } from '../src/core/context.ts'
import { type OpenDatabase, openDatabase } from '../src/db/connect.ts'
import type { Engine } from '../src/db/engine.ts'

export interface EngineHarness {
  engine: Engine
  /** The open database of this test file on this engine. */
  database: () => OpenDatabase
  /**
   * A context for a brand-new explorer, so every test starts empty; the
   * clock is fixed at `now` (default 2026-03-02T09:00:00Z, a Monday).
   */
  newCtx: (now?: string) => Promise<Ctx>
}

/** Creates a fresh PostgreSQL database on the test cluster and returns its URL. */
export async function createPostgresDatabase(adminUrl: string): Promise<string> {
  const name = `cc_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(`create database ${name}`)
  } finally {
    await admin.end()
  }
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  return url.toString()
}

/**
 * A fresh database on `engine`: SQLite in memory, or a new PostgreSQL
 * database of the test cluster with a pool of `maxConnections`.
 */
export async function openTestDatabase(engine: Engine, maxConnections = 4): Promise<OpenDatabase> {
  if (engine === 'sqlite') return openDatabase({ sqliteFile: ':memory:' })
  const adminUrl = inject('postgresUrl')
  if (!adminUrl) throw new Error('no PostgreSQL cluster')
  return openDatabase({ databaseUrl: await createPostgresDatabase(adminUrl), maxConnections })
}

/** The engines this run covers: SQLite always, PostgreSQL when the cluster is up. */
export function engines(): Engine[] {
  return inject('postgresUrl') ? ['sqlite', 'postgres'] : ['sqlite']
}

/**
 * Runs the same suite once per engine, on a real database each (no mocks).
 *
 * @example describeEngines('people', (h) => { it('…', async () => { const ctx = await h.newCtx() }) })
 */
export function describeEngines(name: string, suite: (harness: EngineHarness) => void): void {
  describe.each(engines())(`${name} [%s]`, (engine) => {
    let database: OpenDatabase | undefined
    beforeAll(async () => {
      database = await openTestDatabase(engine)
    })
    afterAll(async () => {
      await database?.close()
    })
    const current = () => {
      if (!database) throw new Error('database not open yet')
      return database
    }
    suite({
      engine,
      database: current,
      newCtx: async (now = '2026-03-02T09:00:00Z') => {
        const { db } = current()
        const ownerId = `test-${randomBytes(8).toString('hex')}`
        await db
          .insertInto('accounts')
          .values({ id: ownerId, email: null, display_name: 'Test explorer', created_at: now })
          .execute()
        const instant = new Date(now)
        return { db, engine, ownerId, now: () => new Date(instant) }
      },
    })
  })
}
