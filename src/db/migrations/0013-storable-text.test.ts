import { Kysely, SqliteDialect, sql } from 'kysely'
import { expect, it } from 'vitest'
import { openSqlite } from '../sqlite-adapter.ts'
import type { Database } from '../tables.ts'
import { up } from './0013-storable-text.ts'
import { migrations } from './index.ts'

it('removes the NUL characters an older coffeechat let SQLite keep, and nothing else', async () => {
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: openSqlite(':memory:') }),
  })
  try {
    for (const [name, migrate] of migrations)
      if (name !== '0013-storable-text') await migrate(db, 'sqlite')
    const at = '2026-03-02T09:00:00.000Z'
    await db
      .insertInto('accounts')
      .values({ id: 'local', email: null, display_name: 'Explorer', created_at: at })
      .execute()
    const career = {
      owner_id: 'local',
      parent_id: null,
      name_key: 'actuary',
      status: 'exploring',
      created_at: at,
      updated_at: at,
    }
    await db
      .insertInto('careers')
      .values([
        {
          ...career,
          id: 'c1',
          name: 'Actu\u0000ary',
          hypothesis: '\u0000',
          notes: 'a\u0000b\u0000c',
        },
        { ...career, id: 'c2', name: 'Nurse', hypothesis: 'care', notes: 'é 💥 \u0001' },
      ])
      .execute()

    await up(db, 'sqlite')

    const rows = await sql<{ id: string; name: string; hypothesis: string; notes: string }>`
      select id, name, hypothesis, notes from careers order by id`.execute(db)
    expect(rows.rows).toEqual([
      { id: 'c1', name: 'Actuary', hypothesis: '', notes: 'abc' },
      { id: 'c2', name: 'Nurse', hypothesis: 'care', notes: 'é 💥 \u0001' },
    ])
  } finally {
    await db.destroy()
  }
})
