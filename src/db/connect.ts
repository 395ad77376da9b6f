import { closeSync, existsSync, mkdirSync, openSync } from 'node:fs'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely'
import type { Engine } from './engine.ts'
import { migrateToLatest } from './migrate.ts'
import { preparedStatements } from './prepared.ts'
import { retrying } from './retry.ts'
import { openSqlite } from './sqlite-adapter.ts'
import type { Database } from './tables.ts'

export interface OpenDatabase {
  db: Kysely<Database>
  engine: Engine
  /** Where the data is, for messages: the SQLite file or the server (without password). */
  location: string
  close: () => Promise<void>
  /**
   * SQLite only: a value that changes whenever the data may have changed (a
   * write on this connection, a commit by any other), for answers remembered
   * until then. PostgreSQL has no such cheap signal.
   */
  dataStamp?: () => string
}

export interface DatabaseOptions {
  /** `postgres://…` selects PostgreSQL; otherwise SQLite in `dataDir`. */
  databaseUrl?: string | undefined
  dataDir?: string | undefined
  /** An SQLite file path (`:memory:` for tests); overrides `dataDir`. */
  sqliteFile?: string | undefined
  /** Pool size for PostgreSQL. */
  maxConnections?: number
}

/**
 * The data directory: `--data`, else `COFFEECHAT_DATA`, else the XDG data dir.
 *
 * @example resolveDataDir(undefined, { HOME: '/home/ada' }) // '/home/ada/.local/share/coffeechat'
 */
export function resolveDataDir(
  option: string | undefined,
  env: Record<string, string | undefined>,
): string {
  if (option) return option
  if (env.COFFEECHAT_DATA) return env.COFFEECHAT_DATA
  const xdg = env.XDG_DATA_HOME || join(env.HOME || homedir(), '.local', 'share')
  return join(xdg, 'coffeechat')
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(options: DatabaseOptions): Promise<OpenDatabase> {
  const opened = connect(options)
  try {
    await migrateToLatest(opened.db, opened.engine)
  } catch (error) {
    await opened.close()
    throw error
  }
  return opened
}

/**
 * Opens a database whose schema is known to be current, without migrating:
 * for a second connection of a running server (an import's worker thread).
 *
 * @example const worker = connectDatabase({ databaseUrl, maxConnections: 1 })
 */
export function connectDatabase(options: DatabaseOptions): OpenDatabase {
  return connect(options)
}

function connect(options: DatabaseOptions): OpenDatabase {
  const url = options.databaseUrl
  if (url && /^postgres(ql)?:\/\//.test(url)) {
    const max = options.maxConnections ?? 10
    // The driver loads with the first query, so a command on SQLite never loads it.
    const pool = async () => {
      const pool = new (await import('pg')).default.Pool({ connectionString: url, max })
      // Every read is a few rows found through an (owner_id, …) index, on data
      // that fits in memory; at PostgreSQL's default random_page_cost (4,
      // spinning disks) the planner walks a whole table's primary key instead,
      // once its statistics are fresh (search: 11.4 → 2.2 ms at 8 accounts of
      // 2,000 people). 1.1 is the usual setting for SSDs and memory. Queued
      // before any query the pool hands this connection.
      if (!/random_page_cost/.test(url)) {
        pool.on('connect', (client) => {
          client.query('set random_page_cost = 1.1').catch(() => {})
        })
      }
      return preparedStatements(pool)
    }
    const db = new Kysely<Database>({ dialect: retrying(new PostgresDialect({ pool })) })
    return { db, engine: 'postgres', location: redact(url), close: () => db.destroy() }
  }
  let file = options.sqliteFile
  if (!file) {
    const dir = options.dataDir
    if (!dir) throw new Error('openDatabase needs a databaseUrl, a dataDir or an sqliteFile')
    // The explorer's notes: the folder and the file are the owner's alone.
    mkdirSync(dir, { recursive: true, mode: 0o700 })
    file = join(dir, 'coffeechat.sqlite')
  }
  // SQLite gives its -wal and -shm files the database file's mode.
  if (file !== ':memory:' && !existsSync(file)) closeSync(openSync(file, 'a', 0o600))
  const database = openSqlite(file)
  const db = new Kysely<Database>({ dialect: retrying(new SqliteDialect({ database })) })
  return {
    db,
    engine: 'sqlite',
    location: file,
    close: () => db.destroy(),
    dataStamp: database.dataStamp,
  }
}

function redact(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.password) parsed.password = '***'
    return parsed.toString()
  } catch {
    return 'postgres'
  }
}
