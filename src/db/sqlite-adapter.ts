import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const STATEMENT_CACHE_SIZE = 256
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000

function optimize(raw: DatabaseSync): void {
  // Best effort: a busy or read-only database keeps its old statistics.
  try {
    if (raw.isOpen) raw.exec('PRAGMA optimize')
  } catch {}
}

/**
 * Gives Kysely's SqliteDialect the better-sqlite3-shaped database it expects,
 * on top of the built-in `node:sqlite`, so that no native addon is compiled.
 *
 * @example
 * new SqliteDialect({ database: openSqlite('/tmp/coffeechat.sqlite') })
 */
export function openSqlite(file: string): SqliteDatabase & { raw: DatabaseSync } {
  const raw = new DatabaseSync(file)
  raw.exec('PRAGMA journal_mode = WAL')
  raw.exec('PRAGMA synchronous = NORMAL')
  raw.exec('PRAGMA foreign_keys = ON')
  raw.exec('PRAGMA busy_timeout = 5000')
  // Without statistics the planner guesses, and in local mode (one owner)
  // it guesses that `owner_id = ?` is selective when it matches every row.
  // SQLite's advice for long-lived connections: optimize with 0x10002 on
  // opening, plain optimize every few hours and before closing; each is
  // a cheap no-op unless a table changed enough to be worth re-analyzing.
  raw.exec('PRAGMA optimize = 0x10002')
  const optimizing = setInterval(() => optimize(raw), OPTIMIZE_EVERY_MS)
  optimizing.unref()
  // Preparing is a measurable share of small queries; the same SQL text recurs.
  // Whether a statement returns rows is asked on every execution; columns() is not free.
  const cache = new Map<string, { statement: StatementSync; reader: boolean }>()
  const prepare = (sql: string) => {
    const cached = cache.get(sql)
    if (cached) return cached
    const prepared = raw.prepare(sql)
    const statement = { statement: prepared, reader: prepared.columns().length > 0 }
    if (cache.size >= STATEMENT_CACHE_SIZE) {
      const oldest = cache.keys().next().value
      if (oldest !== undefined) cache.delete(oldest)
    }
    cache.set(sql, statement)
    return statement
  }
  return {
    raw,
    close: () => {
      clearInterval(optimizing)
      cache.clear()
      optimize(raw)
      raw.close()
    },
    prepare: (sql: string): SqliteStatement => {
      // Kysely opens transactions with a plain BEGIN, which takes the write
      // lock only at the first write; two writers then deadlock into
      // SQLITE_BUSY. IMMEDIATE takes it up front (this also serialises
      // migrations run by two processes at once).
      const { statement, reader } = prepare(sql === 'begin' ? 'begin immediate' : sql)
      return {
        reader,
        all: (parameters) => statement.all(...toInputs(parameters)),
        run: (parameters) => statement.run(...toInputs(parameters)),
        iterate: (parameters) => statement.iterate(...toInputs(parameters)),
      }
    },
  }
}

function toInputs(parameters: ReadonlyArray<unknown>): SQLInputValue[] {
  return parameters.map((value) => {
    if (value === undefined || value === null) return null
    if (typeof value === 'boolean') return value ? 1 : 0
    if (
      typeof value === 'string' ||
      typeof value === 'number' ||
      typeof value === 'bigint' ||
      value instanceof Uint8Array
    ) {
      return value
    }
    if (value instanceof Date) return value.toISOString()
    throw new TypeError(`cannot bind a ${typeof value} to an SQLite parameter`)
  })
}
