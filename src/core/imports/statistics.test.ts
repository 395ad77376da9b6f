import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { BULK_WRITE_ROWS } from '../../db/statistics.ts'
import { importContacts } from './service.ts'

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'

function connections(count: number, from: number): Uint8Array {
  const lines = [header]
  for (let i = from; i < from + count; i++) {
    lines.push(
      `Person${i},Family${i},https://www.linkedin.com/in/person-${i},,Company ${i % 40},Role ${i % 7},05 Jan 2026`,
    )
  }
  return new TextEncoder().encode(lines.join('\n'))
}

// A planner that still believes the people table is empty joins every person
// and sorts them for a page of fifty; after a large import it must know better.
describeEngines('the planner after a large import', (h) => {
  it('learns how many people there are once an import wrote many of them', async () => {
    const ctx = await h.newCtx()
    const known = async (): Promise<number> => {
      if (ctx.engine === 'postgres') {
        const { rows } = await sql<{ n: number }>`
          select reltuples::int as n from pg_class where relname = 'people'`.execute(ctx.db)
        return rows[0]?.n ?? -1
      }
      const { rows } = await sql<{ stat: string }>`
        select stat from sqlite_stat1 where tbl = 'people' and idx = 'people_owner_name_id'`.execute(
        ctx.db,
      )
      return Number(rows[0]?.stat.split(' ')[0] ?? -1)
    }
    const before = await known()
    await importContacts(ctx, connections(50, 0), { filename: 'Connections.csv' })
    // A small import leaves the statistics to the database's own schedule.
    expect(await known()).toBe(before)
    await importContacts(ctx, connections(BULK_WRITE_ROWS, 50), { filename: 'Connections.csv' })
    expect(await known()).toBeGreaterThanOrEqual(BULK_WRITE_ROWS)
    // A dry run writes nothing and refreshes nothing.
    const after = await known()
    await importContacts(ctx, connections(BULK_WRITE_ROWS, 10_000), {
      filename: 'Connections.csv',
      dryRun: true,
    })
    expect(await known()).toBe(after)
  })
})
