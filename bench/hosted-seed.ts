import { defaultSessionPolicy, startSession } from '../src/core/accounts/sessions.ts'
import { openDatabase } from '../src/db/connect.ts'
import { createPostgresDatabase } from '../test/engines.ts'
import { type Cluster, findPostgresBin, startCluster } from '../test/postgres-cluster.ts'
import { seedExplorer } from './seed.ts'

/** The public address the bench's hosted servers are told they have (writes must come from it). */
export const BENCH_BASE_URL = 'http://127.0.0.1'
export const BENCH_SECRET = 'bench-secret-of-the-instance-0123456789'

/** A throwaway PostgreSQL cluster with one database, or null (printed) without PostgreSQL. */
export async function benchPostgres(
  what: string,
): Promise<{ cluster: Cluster; url: string } | null> {
  const bin = findPostgresBin()
  if (!bin) {
    console.log(`${what}: skipped (no PostgreSQL binaries; apt-get install postgresql)`)
    return null
  }
  const cluster = await startCluster(bin)
  return { cluster, url: await createPostgresDatabase(cluster.url) }
}

/**
 * `accounts` hosted accounts, each with the demo plus `people` people and a
 * signed-in session, seeded a few at a time. Returns each session's cookie.
 */
export async function seedHostedAccounts(
  databaseUrl: string,
  accounts: number,
  people: number,
): Promise<string[]> {
  const database = await openDatabase({ databaseUrl, maxConnections: 8 })
  const started = performance.now()
  const cookies: string[] = []
  try {
    const instance = { db: database.db, engine: database.engine, now: () => new Date() }
    const one = async (i: number) => {
      const id = `bench-account-${i}`
      const now = new Date().toISOString()
      await database.db
        .insertInto('accounts')
        .values({
          id,
          email: `explorer${i}@example.edu`,
          display_name: `Explorer ${i}`,
          created_at: now,
        })
        .execute()
      await seedExplorer({ ...instance, ownerId: id }, people)
      const token = await startSession(instance, id, defaultSessionPolicy)
      cookies[i] = `coffeechat_session=${token}`
    }
    for (let i = 0; i < accounts; i += 4) {
      await Promise.all(Array.from({ length: Math.min(4, accounts - i) }, (_, k) => one(i + k)))
    }
  } finally {
    await database.close()
  }
  console.log(
    `(seeded ${accounts} accounts × (demo + ${people} people) in ${((performance.now() - started) / 1000).toFixed(1)} s)`,
  )
  return cookies
}

/** The environment a bench hosted server runs with. */
export function hostedEnv(databaseUrl: string): Record<string, string> {
  return { DATABASE_URL: databaseUrl, COFFEECHAT_SECRET: BENCH_SECRET, COFFEECHAT_DIGEST_HOUR: '0' }
}
