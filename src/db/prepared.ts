import type pg from 'pg'

/** Statements each connection keeps prepared, at most; later new ones go unnamed. */
export const PREPARED_PER_CONNECTION = 128
/** Distinct statement texts given a name, at most (IN lists of every length must not grow it forever). */
const MAX_NAMED_TEXTS = 4096

const names = new Map<string, string>()
const preparedOn = new WeakMap<object, Set<string>>()
// A connection whose prepared statements went stale (another server changed the schema) prepares no more.
const stale = new WeakSet<object>()

type QueryFunction = (...args: unknown[]) => unknown

function nameFor(text: string, client: object): string | undefined {
  let name = names.get(text)
  if (name === undefined) {
    if (names.size >= MAX_NAMED_TEXTS) return undefined
    name = `cc_${names.size.toString(36)}`
    names.set(text, name)
  }
  let prepared = preparedOn.get(client)
  if (!prepared) {
    prepared = new Set()
    preparedOn.set(client, prepared)
  }
  if (prepared.has(name)) return name
  if (prepared.size >= PREPARED_PER_CONNECTION) return undefined
  prepared.add(name)
  return name
}

/**
 * PostgreSQL "cached plan must not change result type": a `select *`
 * prepared before a migration added a column (run by another server of a
 * rolling upgrade) cannot run again on that connection.
 */
function isStalePlan(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '0A000'
}

function preparing(client: pg.PoolClient): void {
  const query = client.query.bind(client) as QueryFunction
  const prepared: QueryFunction = (text, values, callback) => {
    if (
      typeof text !== 'string' ||
      !Array.isArray(values) ||
      values.length === 0 ||
      callback !== undefined ||
      stale.has(client)
    )
      return query(text, values, callback)
    const name = nameFor(text, client)
    if (!name) return query(text, values)
    return (query({ name, text, values }) as Promise<unknown>).catch((error: unknown) => {
      if (!isStalePlan(error)) throw error
      stale.add(client)
      // Outside a transaction the statement can simply run again, unprepared;
      // inside one the transaction is aborted and the error goes up.
      return query(text, values)
    })
  }
  client.query = prepared as typeof client.query
}

/**
 * Makes every connection of `pool` run parameterised statements as named
 * prepared statements, so PostgreSQL parses each text once per connection
 * and, once it has seen a few executions, reuses a generic plan instead of
 * planning again: for the app's small indexed reads, planning cost more
 * than running them. Statements without parameters (BEGIN, COMMIT, DDL)
 * go as they are, and each connection prepares at most
 * `PREPARED_PER_CONNECTION` statements, so the server's memory stays bounded.
 *
 * @example const pool = preparedStatements(new pg.Pool({ connectionString }))
 */
export function preparedStatements(pool: pg.Pool): pg.Pool {
  pool.on('connect', preparing)
  return pool
}
