import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPostgresDatabase } from '../../test/engines.ts'
import { type OpenDatabase, openDatabase } from './connect.ts'
import { PREPARED_PER_CONNECTION } from './prepared.ts'

const postgres = inject('postgresUrl')

describe.runIf(postgres)('prepared statements on PostgreSQL', () => {
  let database: OpenDatabase
  let url = ''
  beforeAll(async () => {
    url = await createPostgresDatabase(postgres ?? '')
    // One connection, so every statement below meets the same session's prepared ones.
    database = await openDatabase({ databaseUrl: url, maxConnections: 1 })
  })
  afterAll(async () => database?.close())

  // Parameterless, so it goes by the simple protocol and prepares nothing itself.
  const prepared = async () =>
    (
      await sql<{
        statement: string
      }>`select statement from pg_prepared_statements order by prepare_time`.execute(database.db)
    ).rows.map((r) => r.statement)

  it('prepares a parameterised statement once per connection and reuses it', async () => {
    for (let i = 0; i < 5; i++) {
      const row = await database.db
        .selectFrom('accounts')
        .select('id')
        .where('email', '=', `nobody-${i}@example.org`)
        .executeTakeFirst()
      expect(row).toBeUndefined()
    }
    const statements = (await prepared()).filter((s) => s.includes('from "accounts"'))
    expect(statements).toHaveLength(1)
  })

  it('keeps at most a bounded number of statements prepared on a connection', async () => {
    for (let i = 0; i < PREPARED_PER_CONNECTION + 40; i++) {
      // A different text each time, as IN lists of every length would give.
      const ids = Array.from({ length: i + 1 }, (_, k) => `id-${k}`)
      expect(
        await database.db.selectFrom('accounts').select('id').where('id', 'in', ids).execute(),
      ).toEqual([])
    }
    expect((await prepared()).length).toBeLessThanOrEqual(PREPARED_PER_CONNECTION)
  })

  it('still answers when another server changed a table under a prepared select *', async () => {
    // A fresh connection: the one above has used up its prepared statements.
    const reader = await openDatabase({ databaseUrl: url, maxConnections: 1 })
    const other = await openDatabase({ databaseUrl: url, maxConnections: 1 })
    try {
      await sql`create table drift (id text primary key)`.execute(other.db)
      await sql`insert into drift values ('a')`.execute(other.db)
      const read = () =>
        sql<{ id: string }>`select * from drift where id = ${'a'}`.execute(reader.db)
      expect((await read()).rows).toEqual([{ id: 'a' }])
      // What a newer server's migration does while this one keeps running.
      await sql`alter table drift add column note text not null default ''`.execute(other.db)
      expect((await read()).rows).toEqual([{ id: 'a', note: '' }])
      expect((await read()).rows).toEqual([{ id: 'a', note: '' }])
    } finally {
      await reader.close()
      await other.close()
    }
  })
})
