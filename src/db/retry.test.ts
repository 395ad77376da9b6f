import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { databaseFailureOf } from './dialect.ts'
import { transaction } from './transaction.ts'

describeEngines('database failures and retries', (h) => {
  it('reads a vanished reference, a duplicate and unstorable text from either driver', async () => {
    const ctx = await h.newCtx()
    const failure = (work: Promise<unknown>) =>
      work.then(
        () => 'no error',
        (error: unknown) => databaseFailureOf(error),
      )
    const at = '2026-03-02T09:00:00Z'
    const career = {
      owner_id: ctx.ownerId,
      name_key: 'x',
      status: 'exploring',
      hypothesis: '',
      notes: '',
      created_at: at,
      updated_at: at,
    }
    await ctx.db
      .insertInto('careers')
      .values({ ...career, id: `c-${ctx.ownerId}`, name: 'X', parent_id: null })
      .execute()
    expect(
      await failure(
        ctx.db
          .insertInto('careers')
          .values({ ...career, id: `d-${ctx.ownerId}`, name: 'Y', parent_id: 'no-such-career' })
          .execute(),
      ),
    ).toBe('vanished-reference')
    expect(
      await failure(
        ctx.db
          .insertInto('careers')
          .values({ ...career, id: `c-${ctx.ownerId}`, name: 'Z', parent_id: null })
          .execute(),
      ),
    ).toBe('duplicate')
    if (h.engine === 'postgres') {
      expect(await failure(sql`select ${'a\u0000b'}::text`.execute(ctx.db))).toBe('unstorable-text')
    }
    expect(await failure(sql`select * from no_such_table`.execute(ctx.db))).toBeNull()
  })

  it.runIf(h.engine === 'postgres')(
    'runs a transaction again when it lost a deadlock, so both sides succeed',
    async () => {
      const ctx = await h.newCtx()
      await sql`create table if not exists retry_probe (id int primary key, n int not null)`.execute(
        ctx.db,
      )
      await sql`insert into retry_probe values (1, 0), (2, 0) on conflict do nothing`.execute(
        ctx.db,
      )
      let starts = 0
      let arrived = 0
      let release = () => {}
      const bothHoldALock = new Promise<void>((done) => {
        release = done
      })
      // Each locks one row, waits until the other holds its own, then wants the other's: a deadlock.
      const side = (first: number, second: number) =>
        transaction(ctx, async (tx) => {
          starts++
          await sql`update retry_probe set n = n + 1 where id = ${first}`.execute(tx.db)
          if (++arrived === 2) release()
          await bothHoldALock
          await sql`update retry_probe set n = n + 1 where id = ${second}`.execute(tx.db)
        })
      await Promise.all([side(1, 2), side(2, 1)])
      expect(starts).toBe(3)
      const rows = await sql<{ n: number }>`select n from retry_probe order by id`.execute(ctx.db)
      expect(rows.rows.map((r) => r.n)).toEqual([2, 2])
    },
  )
})
