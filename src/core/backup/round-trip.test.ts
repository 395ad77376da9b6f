import { randomBytes } from 'node:crypto'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPostgresDatabase } from '../../../test/engines.ts'
import { type OpenDatabase, openDatabase } from '../../db/connect.ts'
import type { Ctx } from '../context.ts'
import { arbitraryBackup, backupText } from './arbitrary-backup.ts'
import { backupTables, compareText } from './columns.ts'
import { appliedMigrations, exportBackup } from './export-json.ts'
import { restoreBackup } from './restore.ts'
import { deleteOwnedData } from './wipe.ts'

async function newOwner(database: OpenDatabase): Promise<Ctx> {
  const ownerId = `prop-${randomBytes(6).toString('hex')}`
  await database.db
    .insertInto('accounts')
    .values({
      id: ownerId,
      email: null,
      display_name: 'Property',
      created_at: '2026-03-02T09:00:00Z',
    })
    .execute()
  const now = new Date('2026-03-02T09:00:00Z')
  return { db: database.db, engine: database.engine, ownerId, now: () => new Date(now) }
}

/** The generated rows in the order a backup writes them: by primary key, code unit by code unit. */
function ordered(
  tables: Awaited<ReturnType<typeof backupTables>>,
  generated: Record<string, Array<Record<string, unknown>>>,
) {
  return Object.fromEntries(
    tables.map(({ table, secrets }) => {
      // Secrets never travel: the backup says only that none was set.
      const unset = Object.fromEntries(secrets.map((c) => [`${c.name}_set`, false]))
      const rows = (generated[table.name] ?? []).map((row) => ({ ...row, ...unset }))
      const key = (row: Record<string, unknown>) => table.key.map((k) => String(row[k]))
      rows.sort((a, b) => {
        const [ka, kb] = [key(a), key(b)]
        for (let i = 0; i < ka.length; i++) {
          const order = compareText(ka[i] ?? '', kb[i] ?? '')
          if (order !== 0) return order
        }
        return 0
      })
      return [table.name, rows]
    }),
  )
}

describe('the JSON backup, as a property over generated data', () => {
  let sqlite: OpenDatabase
  let postgres: OpenDatabase | null = null

  beforeAll(async () => {
    sqlite = await openDatabase({ sqliteFile: ':memory:' })
    const adminUrl = inject('postgresUrl')
    if (adminUrl) {
      postgres = await openDatabase({
        databaseUrl: await createPostgresDatabase(adminUrl),
        maxConnections: 4,
      })
    }
  })
  afterAll(async () => {
    await sqlite?.close()
    await postgres?.close()
  })

  it('export → restore → export gives identical bytes on SQLite, on PostgreSQL and across them', async () => {
    const onSqlite = await newOwner(sqlite)
    const onPostgres = postgres ? await newOwner(postgres) : null
    const tables = await backupTables(sqlite.db)
    const migrations = await appliedMigrations(sqlite.db)
    if (postgres) expect(await appliedMigrations(postgres.db)).toEqual(migrations)
    await fc.assert(
      fc.asyncProperty(arbitraryBackup(tables), async (generated) => {
        try {
          await restoreBackup(onSqlite, backupText(migrations, generated))
          const first = await exportBackup(onSqlite)
          expect(JSON.parse(first).tables).toEqual(ordered(tables, generated))
          let second = first
          if (onPostgres) {
            await restoreBackup(onPostgres, first)
            second = await exportBackup(onPostgres)
            expect(second).toBe(first)
          }
          // Back onto SQLite (SQLite → PostgreSQL → SQLite), over what is there.
          await restoreBackup(onSqlite, second, { replace: true })
          expect(await exportBackup(onSqlite)).toBe(first)
        } finally {
          await onSqlite.db
            .transaction()
            .execute((trx) => deleteOwnedData({ ...onSqlite, db: trx }))
          if (onPostgres) {
            await onPostgres.db
              .transaction()
              .execute((trx) => deleteOwnedData({ ...onPostgres, db: trx }))
          }
        }
      }),
      { numRuns: 40 },
    )
  }, 120_000)
})
