import type { DatabaseConnection, Dialect, Driver } from 'kysely'
import { databaseFailureOf } from './dialect.ts'

const attempts = 5

/**
 * Runs `work` again when the engine gave up on it because of other
 * transactions (a serialization failure, a deadlock, a busy database):
 * PostgreSQL rolls the loser back whole, so running it again is safe and
 * usually succeeds. Waits a little longer, with jitter, each time; after
 * the last attempt the error goes up as it is.
 *
 * @example await withRetries(() => db.transaction().execute(work))
 */
export async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work()
    } catch (error) {
      if (attempt >= attempts || databaseFailureOf(error) !== 'retry') throw error
      await new Promise((done) => setTimeout(done, 5 * 2 ** attempt * (0.5 + Math.random())))
    }
  }
}

/**
 * The dialect with one change: a statement outside a transaction that the
 * engine gave up on is run again (`withRetries`). Inside a transaction a
 * statement cannot be retried alone — the transaction is aborted — so
 * `transaction()` (db/transaction.ts) retries the whole of it.
 *
 * @example new Kysely<Database>({ dialect: retrying(new PostgresDialect({ pool })) })
 */
export function retrying(dialect: Dialect): Dialect {
  return {
    createAdapter: () => dialect.createAdapter(),
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createIntrospector: (db) => dialect.createIntrospector(db),
    createDriver: () => new RetryingDriver(dialect.createDriver()),
  }
}

class RetryingDriver implements Driver {
  readonly #driver: Driver
  // The driver's own connection behind each one handed out, and whether it is in a transaction.
  readonly #inner = new WeakMap<DatabaseConnection, DatabaseConnection>()
  readonly #inTransaction = new WeakSet<DatabaseConnection>()

  constructor(driver: Driver) {
    this.#driver = driver
    if (driver.savepoint)
      this.savepoint = (c, name, compile) =>
        driver.savepoint?.(this.#of(c), name, compile) ?? Promise.resolve()
    if (driver.rollbackToSavepoint)
      this.rollbackToSavepoint = (c, name, compile) =>
        driver.rollbackToSavepoint?.(this.#of(c), name, compile) ?? Promise.resolve()
    if (driver.releaseSavepoint)
      this.releaseSavepoint = (c, name, compile) =>
        driver.releaseSavepoint?.(this.#of(c), name, compile) ?? Promise.resolve()
  }

  savepoint?: Driver['savepoint']
  rollbackToSavepoint?: Driver['rollbackToSavepoint']
  releaseSavepoint?: Driver['releaseSavepoint']

  #of(connection: DatabaseConnection): DatabaseConnection {
    return this.#inner.get(connection) ?? connection
  }

  init: Driver['init'] = (options) => this.#driver.init(options)
  destroy: Driver['destroy'] = (options) => this.#driver.destroy(options)

  acquireConnection: Driver['acquireConnection'] = async (options) => {
    const inner = await this.#driver.acquireConnection(options)
    const outer: DatabaseConnection = {
      executeQuery: (query, executeOptions) =>
        this.#inTransaction.has(outer)
          ? inner.executeQuery(query, executeOptions)
          : withRetries(() => inner.executeQuery(query, executeOptions)),
      streamQuery: (query, chunkSize, streamOptions) =>
        inner.streamQuery(query, chunkSize, streamOptions),
    }
    if (inner.cancelQuery)
      outer.cancelQuery = (provider) => inner.cancelQuery?.(provider) ?? Promise.resolve()
    if (inner.killSession)
      outer.killSession = (provider) => inner.killSession?.(provider) ?? Promise.resolve()
    if (inner.collectSessionInfo)
      outer.collectSessionInfo = () => inner.collectSessionInfo?.() ?? Promise.resolve()
    this.#inner.set(outer, inner)
    return outer
  }

  releaseConnection: Driver['releaseConnection'] = (connection, options) =>
    this.#driver.releaseConnection(this.#of(connection), options)

  beginTransaction: Driver['beginTransaction'] = async (connection, settings) => {
    await this.#driver.beginTransaction(this.#of(connection), settings)
    this.#inTransaction.add(connection)
  }

  commitTransaction: Driver['commitTransaction'] = async (connection) => {
    this.#inTransaction.delete(connection)
    await this.#driver.commitTransaction(this.#of(connection))
  }

  rollbackTransaction: Driver['rollbackTransaction'] = async (connection) => {
    this.#inTransaction.delete(connection)
    await this.#driver.rollbackTransaction(this.#of(connection))
  }
}
