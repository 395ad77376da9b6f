import { ensureLocalAccount, LOCAL_OWNER_ID } from './core/accounts/service.ts'
import { type Clock, clockFromEnv } from './core/clock.ts'
import type { Ctx } from './core/context.ts'
import { secretKeyLoader } from './core/outreach/secret-key.ts'
import { type OpenDatabase, openDatabase, resolveDataDir } from './db/connect.ts'

export interface Runtime extends OpenDatabase {
  /** The context for the local explorer. */
  ctx: Ctx
  clock: Clock
  /** The data directory (also with PostgreSQL): where files such as replaced data's backups go. */
  dataDir: string
}

export interface RuntimeOptions {
  dataDir?: string | undefined
  sqliteFile?: string | undefined
  env: Record<string, string | undefined>
}

/**
 * Opens the data (SQLite in the data directory, or PostgreSQL when
 * `DATABASE_URL` is set), migrates it and returns the local explorer's context.
 */
export async function openRuntime(options: RuntimeOptions): Promise<Runtime> {
  const clock = clockFromEnv(options.env)
  const dataDir = resolveDataDir(options.dataDir, options.env)
  const database = await openDatabase({
    databaseUrl: options.env.DATABASE_URL,
    dataDir,
    sqliteFile: options.sqliteFile,
  })
  await ensureLocalAccount(database.db, clock())
  const ctx: Ctx = {
    db: database.db,
    engine: database.engine,
    now: clock,
    ownerId: LOCAL_OWNER_ID,
    secretKey: secretKeyLoader({ env: options.env, dataDir }),
  }
  return { ...database, ctx, clock, dataDir }
}
