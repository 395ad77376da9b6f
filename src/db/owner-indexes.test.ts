import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'

/** The tables exports read whole for one account (`where owner_id = ?`), in one query each. */
const readByOwner = [
  'people',
  'person_careers',
  'organizations',
  'organization_careers',
  'conversations',
  'conversation_careers',
  'plan_items',
  'meetings',
  'reflections',
  'pay_entries',
  'questions',
]

describeEngines('indexes for reading one account', (h) => {
  it('lets every table an export reads find one account’s rows without scanning the others’', async () => {
    const { db } = h.database()
    const scanned: string[] = []
    for (const table of readByOwner) {
      const query = sql`select * from ${sql.table(table)} where owner_id = ${'someone'}`
      if (h.engine === 'sqlite') {
        const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db)
        if (plan.rows.some((r) => /^SCAN /.test(r.detail))) scanned.push(table)
      } else {
        // With sequential scans priced out, a table without a usable index still scans.
        const plan = await db.connection().execute(async (conn) => {
          await sql`set enable_seqscan = off`.execute(conn)
          try {
            return await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(conn)
          } finally {
            await sql`reset enable_seqscan`.execute(conn)
          }
        })
        if (plan.rows.some((r) => /Seq Scan/.test(r['QUERY PLAN']))) scanned.push(table)
      }
    }
    expect(scanned).toEqual([])
  })
})

describeEngines('the index behind the people page', (h) => {
  it('gives one owner’s people in name, then id, order without sorting them', async () => {
    const { db } = h.database()
    const query = sql`select id from people where owner_id = ${'someone'} order by name_key, id limit 50`
    if (h.engine === 'sqlite') {
      const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db)
      expect(plan.rows.map((r) => r.detail).filter((d) => /TEMP B-TREE|^SCAN /.test(d))).toEqual([])
    } else {
      const plan = await db.connection().execute(async (conn) => {
        await sql`set enable_seqscan = off`.execute(conn)
        await sql`set enable_sort = off`.execute(conn)
        try {
          return await sql<{ 'QUERY PLAN': string }>`explain ${query}`.execute(conn)
        } finally {
          await sql`reset enable_seqscan`.execute(conn)
          await sql`reset enable_sort`.execute(conn)
        }
      })
      const lines = plan.rows.map((r) => r['QUERY PLAN'])
      expect(lines.filter((l) => /Sort|Seq Scan/.test(l))).toEqual([])
    }
  })
})
