import { type RawBuilder, sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines, type EngineHarness } from '../../test/engines.ts'

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

/** Whether the plan of `query` sorts or scans a table, on either engine. */
async function sortsOrScans(h: EngineHarness, query: RawBuilder<unknown>): Promise<string[]> {
  const { db } = h.database()
  if (h.engine === 'sqlite') {
    const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db)
    return plan.rows.map((r) => r.detail).filter((d) => /TEMP B-TREE|^SCAN /.test(d))
  }
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
  return plan.rows.map((r) => r['QUERY PLAN']).filter((l) => /Sort|Seq Scan/.test(l))
}

describeEngines('the indexes behind the people page', (h) => {
  it('give one owner’s people in name, then id, order without sorting them', async () => {
    const query = sql`select id from people where owner_id = ${'someone'} order by name_key, id limit 50`
    expect(await sortsOrScans(h, query)).toEqual([])
  })

  it('give one owner’s people newest change first, then id, without sorting them (sort=recent)', async () => {
    const query = sql`select id from people where owner_id = ${'someone'} order by updated_at desc, id limit 50`
    expect(await sortsOrScans(h, query)).toEqual([])
  })

  it('serve the page statements themselves, joins included, from those indexes', async () => {
    const { db } = h.database()
    for (const order of [sql`p.name_key, p.id`, sql`p.updated_at desc, p.id`]) {
      const query = sql`select p.*, o.name as organization_name, r.name as referred_by_name
        from people as p
        left join organizations as o on o.id = p.organization_id
        left join people as r on r.id = p.referred_by_id
        where p.owner_id = ${'someone'} order by ${order} limit ${50} offset ${0}`
      expect(await sortsOrScans(h, query)).toEqual([])
      if (h.engine === 'sqlite') {
        const plan = await sql<{ detail: string }>`explain query plan ${query}`.execute(db)
        expect(plan.rows[0]?.detail).toMatch(/people_owner_(name|recent)_id/)
      }
    }
  })
})
