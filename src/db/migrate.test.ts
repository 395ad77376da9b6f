import { type KyselyPlugin, sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { migrateToLatest } from './migrate.ts'
import { migrations } from './migrations/index.ts'

describeEngines('migrations', (h) => {
  it('is a no-op the second time', async () => {
    const { db, engine } = h.database()
    await migrateToLatest(db, engine)
    const { rows } = await sql<{
      name: string
    }>`select name from kysely_migration order by name`.execute(db)
    expect(rows.map((r) => r.name)).toEqual(migrations.map(([name]) => name))
  })

  it('only reads an up-to-date database: no lock, no write (every CLI command starts here)', async () => {
    const { db, engine } = h.database()
    await migrateToLatest(db, engine)
    const statements: string[] = []
    const recorder: KyselyPlugin = {
      transformQuery: ({ node }) => {
        statements.push(node.kind === 'RawNode' ? node.sqlFragments.join('?') : node.kind)
        return node
      },
      transformResult: async ({ result }) => result,
    }
    await migrateToLatest(db.withPlugin(recorder), engine)
    expect(statements).toEqual(['select name from kysely_migration'])
  })

  it('refuses a database that a newer coffeechat migrated', async () => {
    const { db, engine } = h.database()
    await sql`insert into kysely_migration (name, timestamp) values ('9999-from-the-future', '2030-01-01T00:00:00Z')`.execute(
      db,
    )
    try {
      await expect(migrateToLatest(db, engine)).rejects.toThrow(
        /written by a newer coffeechat \(it has migration 9999-from-the-future\)/,
      )
    } finally {
      await sql`delete from kysely_migration where name = '9999-from-the-future'`.execute(db)
    }
  })

  it('refuses a database whose migrations were applied in another order, and says what to do', async () => {
    const { db, engine } = h.database()
    await migrateToLatest(db, engine)
    const middle = migrations[migrations.length - 3]?.[0] ?? ''
    const row = await sql<{
      name: string
      timestamp: string
    }>`select name, timestamp from kysely_migration where name = ${middle}`.execute(db)
    await sql`delete from kysely_migration where name = ${middle}`.execute(db)
    try {
      await expect(migrateToLatest(db, engine)).rejects.toThrow(
        /made in another order than this coffeechat's .*start from a fresh data directory/,
      )
    } finally {
      const { name, timestamp } = row.rows[0] ?? { name: middle, timestamp: '' }
      await sql`insert into kysely_migration (name, timestamp) values (${name}, ${timestamp})`.execute(
        db,
      )
    }
  })
})
