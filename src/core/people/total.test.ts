import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { openDatabase } from '../../db/connect.ts'
import { generatePeople } from '../../demo/synthetic.ts'
import { type Ctx, inOwnTransaction } from '../context.ts'
import { createPerson, deletePerson, listPeople } from './service.ts'

// On SQLite the unfiltered total is remembered until anything writes
// (db/sqlite-adapter.ts): every page must still tell the total of that moment.
const total = async (ctx: Ctx) => (await listPeople(ctx, { limit: 5 })).total

describeEngines('the total under every people page', (h) => {
  it('follows every write: one person, many at once, a deletion, a rolled-back transaction', async () => {
    const ctx = await h.newCtx()
    expect(await total(ctx)).toBe(0)
    const ada = await createPerson(ctx, { name: 'Ada Lovelace' })
    expect(await total(ctx)).toBe(1)
    await generatePeople(ctx, 30, 3)
    expect(await total(ctx)).toBe(31)
    await deletePerson(ctx, ada.id)
    expect(await total(ctx)).toBe(30)
    await ctx.db.deleteFrom('people').where('owner_id', '=', ctx.ownerId).execute()
    expect(await total(ctx)).toBe(0)
    await expect(
      inOwnTransaction(ctx, async (tx) => {
        await createPerson(tx, { name: 'Bea Rolled-Back' })
        expect(await total(tx)).toBe(1)
        throw new Error('roll back')
      }),
    ).rejects.toThrow('roll back')
    expect(await total(ctx)).toBe(0)
  })

  it("keeps each explorer's total apart", async () => {
    const ada = await h.newCtx()
    const bea = await h.newCtx()
    await createPerson(ada, { name: 'Ada Lovelace' })
    expect(await total(ada)).toBe(1)
    expect(await total(bea)).toBe(0)
    await createPerson(bea, { name: 'Bea Baker' })
    await createPerson(bea, { name: 'Cy Baker' })
    expect(await total(ada)).toBe(1)
    expect(await total(bea)).toBe(2)
  })

  it('is never behind the writes that finished before a read began, with reads and writes in parallel', async () => {
    const ctx = await h.newCtx()
    let finished = 0
    let writing = true
    const seen: Array<{ atLeast: number; told: number }> = []
    // Two writers and two readers at once, each going on as soon as its last call answered.
    const writer = async (from: number) => {
      for (let i = from; i < from + 10; i++) {
        await createPerson(ctx, { name: `Person ${i}` })
        finished++
      }
    }
    const reader = async () => {
      while (writing) {
        const atLeast = finished
        seen.push({ atLeast, told: await total(ctx) })
      }
    }
    const readers = [reader(), reader()]
    await Promise.all([writer(0), writer(10)])
    writing = false
    await Promise.all(readers)
    expect(seen.length).toBeGreaterThan(10)
    for (const { atLeast, told } of seen) {
      expect(told).toBeGreaterThanOrEqual(atLeast)
      expect(told).toBeLessThanOrEqual(20)
    }
    expect(await total(ctx)).toBe(20)
  })
})

it('on SQLite, follows what another connection to the same file wrote (a CLI command beside the server)', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'coffeechat-total-'))
  const sqliteFile = join(dir, 'coffeechat.sqlite')
  const server = await openDatabase({ sqliteFile })
  const cli = await openDatabase({ sqliteFile })
  try {
    const now = () => new Date('2026-03-02T09:00:00Z')
    await server.db
      .insertInto('accounts')
      .values({ id: 'ada', email: null, display_name: 'Ada', created_at: now().toISOString() })
      .execute()
    const on = (database: typeof server): Ctx => ({
      db: database.db,
      engine: 'sqlite',
      now,
      ownerId: 'ada',
    })
    expect(await total(on(server))).toBe(0)
    await createPerson(on(cli), { name: 'Ada Lovelace' })
    expect(await total(on(server))).toBe(1)
    await generatePeople(on(cli), 10, 2)
    expect(await total(on(server))).toBe(11)
  } finally {
    await cli.close()
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
})
