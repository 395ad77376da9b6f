import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'

// The owner-scoped window of search walked every account's documents by
// primary key under PostgreSQL's default random_page_cost once statistics
// were fresh; the app's connections plan for data in memory.
describeEngines('the planner settings of the app’s connections', (h) => {
  // SQLite has no such setting: its planner counts rows, not pages.
  it.skipIf(h.engine !== 'postgres')(
    'plan random reads as cheap as memory makes them, on every connection of the pool',
    async () => {
      const { db } = h.database()
      // Several at once, so that more than one connection of the pool answers.
      const answers = await Promise.all(
        Array.from({ length: 6 }, () =>
          db.transaction().execute(async (tx) => {
            const { rows } = await sql<{ cost: string }>`
            select current_setting('random_page_cost') as cost, pg_sleep(0.05)`.execute(tx)
            return rows[0]?.cost
          }),
        ),
      )
      expect(answers).toEqual(Array(6).fill('1.1'))
    },
  )
})
