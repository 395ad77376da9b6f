import { type Kysely, sql } from 'kysely'
import { type MigrationProvider, Migrator } from 'kysely/migration'
import type { Engine } from './engine.ts'
import { SchemaError } from './errors.ts'
import { migrations } from './migrations/index.ts'
import type { Database } from './tables.ts'

/**
 * Brings the schema up to date, under the migrator's lock (an advisory lock
 * on PostgreSQL, an immediate transaction on SQLite). Refuses a database that
 * a newer coffeechat has migrated.
 */
export async function migrateToLatest(db: Kysely<Database>, engine: Engine): Promise<void> {
  const provider: MigrationProvider = {
    getMigrations: async () =>
      Object.fromEntries(migrations.map(([name, up]) => [name, { up: (d) => up(d, engine) }])),
  }
  // One order for every database: a new migration is named so that it sorts
  // after every other (see index.ts), and Kysely refuses a database whose
  // applied migrations are not the first ones of that order.
  const migrator = new Migrator({ db, provider })
  const known = new Set(migrations.map(([name]) => name))
  // A fresh database has no migration table yet: nothing applied.
  const applied = await sql<{ name: string }>`select name from kysely_migration`
    .execute(db)
    .then((r) => r.rows.map((row) => row.name))
    .catch(() => [])
  const unknown = applied.find((name) => !known.has(name))
  if (unknown) {
    throw new SchemaError(
      `this database was written by a newer coffeechat (it has migration ${unknown}); upgrade coffeechat to open it`,
    )
  }
  // Up to date (every start but the first after an upgrade): no lock to take, nothing to write.
  const done = new Set<string>(applied)
  if (migrations.every(([name]) => done.has(name))) return
  const { error, results } = await migrator.migrateToLatest()
  if (error) {
    if (error instanceof Error && error.message.startsWith('corrupted migrations')) {
      throw new SchemaError(
        `this database's schema was made in another order than this coffeechat's (${error.message}); it was probably made by a development build between releases: keep a backup (coffeechat export json) and start from a fresh data directory, then restore it — see "Migrations" in the README`,
      )
    }
    const failed = results?.find((r) => r.status === 'Error')
    throw new SchemaError(
      `could not update the database schema${failed ? ` (migration ${failed.migrationName})` : ''}: ${error instanceof Error ? error.message : String(error)}`,
    )
  }
}
