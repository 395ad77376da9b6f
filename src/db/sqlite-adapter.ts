import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite'
import type { SqliteDatabase, SqliteStatement } from 'kysely'

const STATEMENT_CACHE_SIZE = 256
/** Answers each remembered statement keeps (one per owner and filter, in practice). */
const REMEMBERED_PER_STATEMENT = 64

interface Prepared {
  statement: StatementSync
  reader: boolean
  /** Makes a row object of a row's values, when the statement gives its rows as arrays. */
  toRow: RowMaker | undefined
  /** Whether running it may change the data. */
  writes: boolean
  /** Its last answers by parameters, when its text was registered by `rememberUntilDataChanges`. */
  remembered:
    | Map<string, { writes: number; version: number; rows: Record<string, unknown>[] }>
    | undefined
}

const rememberedTexts = new Set<string>()

/**
 * Lets every SQLite connection remember the answer of this exact statement
 * (by its parameters) until the data changes: any statement on the same
 * connection that may write, or a commit by any other connection. For
 * aggregates that read many rows to say little (the owner's people count
 * on every page); the statement must depend on nothing but the data and
 * its parameters (no clock, no random). PostgreSQL is not concerned.
 *
 * @example rememberUntilDataChanges('select count(*) as "n" from "people" where "owner_id" = ?')
 */
export function rememberUntilDataChanges(sql: string): void {
  rememberedTexts.add(sql)
}

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
export function openSqlite(
  file: string,
): SqliteDatabase & { raw: DatabaseSync; dataStamp: () => string } {
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
  const cache = new Map<string, Prepared>()
  const prepare = (sql: string): Prepared => {
    const cached = cache.get(sql)
    if (cached) return cached
    const statement = raw.prepare(sql)
    const columns = statement.columns()
    const prepared: Prepared = {
      statement,
      reader: columns.length > 0,
      toRow: asArrays(statement, columns),
      // Anything but a plain select may change the data (a CTE, a pragma,
      // begin/commit/rollback too): counted as a write, to be safe.
      writes: !/^\s*select\b/i.test(sql),
      remembered: rememberedTexts.has(sql) ? new Map() : undefined,
    }
    if (cache.size >= STATEMENT_CACHE_SIZE) {
      const oldest = cache.keys().next().value
      if (oldest !== undefined) cache.delete(oldest)
    }
    cache.set(sql, prepared)
    return prepared
  }
  // What "the data has not changed" means for a remembered answer: no
  // statement that may write has run on this connection (`writes`), and no
  // other connection, in this process or another (a CLI command beside the
  // server), has committed since (`PRAGMA data_version`).
  let writes = 0
  const dataVersionStatement = raw.prepare('PRAGMA data_version')
  // Asked before every remembered answer: one number, without an object to hold it.
  const versionAsArray = typeof dataVersionStatement.setReturnArrays === 'function'
  if (versionAsArray) dataVersionStatement.setReturnArrays(true)
  const dataVersion = () => {
    const row = dataVersionStatement.get() as unknown
    return Number(
      versionAsArray ? (row as number[])[0] : (row as { data_version: number }).data_version,
    )
  }
  const rowsOf = (prepared: Prepared, parameters: ReadonlyArray<unknown>) => {
    const rows = prepared.statement.all(...toInputs(parameters))
    const { toRow } = prepared
    return toRow ? rows.map((row) => toRow(row as unknown as unknown[])) : rows
  }
  const all = (prepared: Prepared, parameters: ReadonlyArray<unknown>) => {
    if (prepared.writes) writes++
    const { remembered } = prepared
    if (!remembered) return rowsOf(prepared, parameters)
    const key = JSON.stringify(parameters)
    const version = dataVersion()
    const hit = remembered.get(key)
    if (hit && hit.writes === writes && hit.version === version)
      return hit.rows.map((r) => ({ ...r }))
    const rows = rowsOf(prepared, parameters) as Record<string, unknown>[]
    remembered.delete(key)
    if (remembered.size >= REMEMBERED_PER_STATEMENT) {
      const oldest = remembered.keys().next().value
      if (oldest !== undefined) remembered.delete(oldest)
    }
    remembered.set(key, { writes, version, rows: rows.map((r) => ({ ...r })) })
    return rows
  }
  return {
    raw,
    // Changes whenever a remembered answer would be forgotten: for answers
    // remembered above this layer (server/remembered-answers.ts).
    dataStamp: () => `${writes}.${dataVersion()}`,
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
      const prepared = prepare(sql === 'begin' ? 'begin immediate' : sql)
      const { statement, reader } = prepared
      return {
        reader,
        all: (parameters) => all(prepared, parameters),
        run: (parameters) => {
          if (prepared.writes) writes++
          return statement.run(...toInputs(parameters))
        },
        iterate: (parameters) => {
          if (prepared.writes) writes++
          const rows = statement.iterate(...toInputs(parameters))
          const { toRow } = prepared
          return toRow ? objects(toRow, rows as Iterable<unknown[]>) : rows
        },
      }
    },
  }
}

type RowMaker = (values: readonly unknown[]) => Record<string, unknown>

/**
 * Rows as arrays, made objects here with the columns always set in the
 * same order: node:sqlite's own row objects (null prototype, properties
 * added one by one from C++) are dictionaries, slow to read, spread and
 * serialise for the code that uses them next (a people page: ~15% of its
 * time). The maker of those objects, or undefined to keep node:sqlite's
 * objects: a statement without rows, a Node without `setReturnArrays`, and
 * names an object could not hold as they are (a repeated name, where
 * node:sqlite keeps the last value; `__proto__`).
 */
function asArrays(
  statement: StatementSync,
  columns: ReadonlyArray<{ name: string }>,
): RowMaker | undefined {
  if (columns.length === 0 || typeof statement.setReturnArrays !== 'function') return undefined
  const names = columns.map((c) => c.name)
  if (new Set(names).size !== names.length || names.includes('__proto__')) return undefined
  statement.setReturnArrays(true)
  return rowMaker(names)
}

/**
 * One object literal per statement, `{ "id": v[0], "name": v[1], … }`: V8
 * gives every row the same fixed shape at once, where setting the
 * properties one by one in a loop left rows of twenty-odd columns slow
 * dictionaries again (a people page's 50 rows: ~0.1 ms to make and read).
 * The names are the statement's own columns, each written as a JSON string,
 * so no name can be anything but a property key.
 */
function rowMaker(names: readonly string[]): RowMaker {
  const fields = names.map((name, i) => `${JSON.stringify(name)}: v[${i}]`).join(', ')
  return new Function('v', `return { ${fields} }`) as RowMaker
}

function* objects(toRow: RowMaker, rows: Iterable<unknown[]>) {
  for (const values of rows) yield toRow(values)
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
