import { describe, expect, it } from 'vitest'
import { collector } from '../../../test/collect.ts'
import { describeEngines } from '../../../test/engines.ts'
import { countQueries } from '../../../test/query-count.ts'
import type { ImportedContact, ParsedRow } from '../../formats/contact.ts'
import type { Ctx } from '../context.ts'
import { listPeople } from '../people/service.ts'
import { importPlanner } from './plan.ts'
import { importContacts } from './service.ts'

// An import's cost must follow its rows: a batch of 1,000 rows runs the same
// few statements in the 1st batch and the 40th, and the planner keeps a few
// hundred bytes per person between batches. Nothing here measures time.

const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'

/** A LinkedIn export of `count` different people; `email` gives each row an address. */
function connections(count: number, email = false, from = 0): Uint8Array {
  const lines = [header]
  for (let i = from; i < from + count; i++) {
    const address = email ? `p${i}@example.org` : ''
    lines.push(
      `Person${i},Family${i},https://www.linkedin.com/in/person-${i},${address},Company ${i % 40},Role ${i % 7},05 Jan 2026`,
    )
  }
  return new TextEncoder().encode(lines.join('\n'))
}

/** Statements one import runs (the import itself, on a counting connection). */
async function statements(ctx: Ctx, file: Uint8Array, offThread = false): Promise<number> {
  const { count } = await countQueries(ctx, (counted) =>
    importContacts(counted, file, { offThread }),
  )
  return count.queries
}

/** Statements a batch may run: savepoints, organizations, people, their search entries, changed people. */
const perBatch = 16

describeEngines('importContacts: statements per batch of rows, not per row', (h) => {
  it('creates 4,000 people with the statements of 1,000 plus three more batches', async () => {
    const small = await statements(await h.newCtx(), connections(1000))
    const large = await statements(await h.newCtx(), connections(4000))
    expect(large - small).toBeLessThanOrEqual(3 * perBatch)
  })

  it('merges into 4,000 people (every row a change) with the statements of 1,000 plus three batches', async () => {
    const changes = async (count: number) => {
      const ctx = await h.newCtx()
      await importContacts(ctx, connections(count))
      const queries = await statements(ctx, connections(count, true))
      const { items } = await listPeople(ctx, { q: 'Person1' }, { all: true })
      expect(items.find((p) => p.name === 'Person1 Family1')?.emails).toEqual(['p1@example.org'])
      return queries
    }
    const small = await changes(1000)
    const large = await changes(4000)
    expect(large - small).toBeLessThanOrEqual(3 * perBatch)
  })

  it.each([
    ['in this thread', false],
    ['in a worker thread', true],
  ])(
    'gives the people of one import ids that ascend in file order, %s',
    async (_where, offThread) => {
      // Ids of one instant in random order would land each insert on a random page of every index on them.
      const ctx = await h.newCtx()
      await importContacts(ctx, connections(2500), { offThread })
      const rows = await ctx.db
        .selectFrom('people')
        .select(['id', 'linkedin_url'])
        .where('owner_id', '=', ctx.ownerId)
        .execute()
      const inFileOrder = rows
        .map((r) => ({ id: r.id, at: Number(r.linkedin_url?.split('person-')[1]) }))
        .sort((a, b) => a.at - b.at)
        .map((r) => r.id)
      expect(inFileOrder).toHaveLength(2500)
      expect(inFileOrder).toEqual([...inFileOrder].sort())
      expect(new Set(inFileOrder).size).toBe(2500)
    },
  )

  it.each([
    ['in this thread', false],
    ['in a worker thread', true],
  ])('merges a row into the person an earlier batch created, %s', async (_where, offThread) => {
    const ctx = await h.newCtx()
    // Rows 1,001–2,000 are rows 1–1,000 again, now with an email address.
    const first = new TextDecoder().decode(connections(1000))
    const again = new TextDecoder().decode(connections(1000, true)).split('\n').slice(1)
    const file = new TextEncoder().encode([first, ...again].join('\n'))
    const report = await importContacts(ctx, file, { offThread, limits: { reportRows: 2000 } })
    expect(report).toMatchObject({ rows: 2000, created: 1000, updated: 1000 })
    const row = report.people.find((p) => p.row === 1002)
    expect(row).toMatchObject({ outcome: 'updated', sameAs: 2, changes: ['emails'] })
    const { items, total } = await listPeople(ctx, { q: 'Person0' }, { all: true })
    expect(items.find((p) => p.name === 'Person0 Family0')?.emails).toEqual(['p0@example.org'])
    expect(total).toBeGreaterThan(0)
    expect((await listPeople(ctx, {}, { all: true })).total).toBe(1000)
  })
})

describe('importPlanner: memory between batches', () => {
  it('keeps well under 500 bytes per person it created, not the people', async () => {
    const gc = collector()
    const batches = 20
    const size = 1000
    const contact = (i: number): ImportedContact => ({
      line: i + 2,
      name: `Person${i} Family${i}, PMP`,
      firstName: `Person${i}`,
      lastName: `Family${i}, PMP`,
      organization: `Company ${i % 40}, Inc.`,
      title: `Role ${i % 113} | Team ${i % 17}`,
      emails: [],
      phones: [],
      linkedinUrl: `https://www.linkedin.com/in/person-${i}-${(i * 7919).toString(36)}`,
      connectedOn: '2026-01-05',
      birthday: null,
      websites: [],
      profiles: [],
      notes: '',
      tags: [],
      source: 'LinkedIn',
      raw: {},
      details: [],
    })
    const load = async () => {
      throw new Error('no row of this file is anyone known')
    }
    gc()
    const before = process.memoryUsage().heapUsed
    const planner = importPlanner(
      { people: [], organizations: [] },
      { now: new Date('2026-03-02T09:00:00Z'), format: 'linkedin' },
    )
    let created = 0
    for (let b = 0; b < batches; b++) {
      const rows: ParsedRow[] = Array.from({ length: size }, (_, i) => ({
        contact: contact(b * size + i),
      }))
      created += (await planner.plan(rows, load)).newPeople.length
    }
    gc()
    const perPerson = (process.memoryUsage().heapUsed - before) / created
    expect(created).toBe(batches * size)
    expect(planner.organizationsCreated()).toBe(40)
    expect(perPerson).toBeLessThan(500)
  })
})
