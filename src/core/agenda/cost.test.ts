import { expect, it, vi } from 'vitest'
import { amaraAtNorthwind } from '../../../test/amara-at-northwind.ts'
import { describeEngines } from '../../../test/engines.ts'
import { finishDraft } from '../../../test/finish-draft.ts'
import { countQueries } from '../../../test/query-count.ts'
import { at } from '../../../test/ticking-clock.ts'
import { generatePeople } from '../../demo/synthetic.ts'
import type { Ctx } from '../context.ts'
import { createConversation, updateConversation } from '../conversations/service.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { today } from './service.ts'

/** An explorer with something in every part of Today: meetings, 3B7, referrals, coverage. */
async function busyExplorer(ctx: Ctx) {
  const { northwind, amara } = await amaraAtNorthwind(ctx)
  const jonas = await createPerson(ctx, { name: 'Jonas Becker', organizationId: northwind.id })
  await createPerson(ctx, { name: 'Kai Lund', referredById: amara.id })
  const outreach = await createDraft(at(ctx, '2026-03-02T09:00:00Z'), {
    kind: 'outreach',
    personId: amara.id,
  })
  await finishDraft(at(ctx, '2026-03-02T09:00:00Z'), outreach)
  await markSent(at(ctx, '2026-03-02T09:00:00Z'), outreach.id, { channel: 'copy' })
  const chat = await createConversation(at(ctx, '2026-03-02T09:00:00Z'), {
    personId: jonas.id,
    status: 'scheduled',
    scheduledAt: '2026-03-09T10:00',
  })
  await updateConversation(at(ctx, '2026-03-09T12:00:00Z'), chat.id, { status: 'met' })
}

const day = '2026-03-11T09:00:00Z'

describeEngines('Today costs what it answers', (h) => {
  it('runs the same number of queries and reads the same rows with 10 or 200 more people who cannot be due', async () => {
    const ctx = await h.newCtx()
    await busyExplorer(ctx)
    await generatePeople(ctx, 10, 5)
    const small = await countQueries(at(ctx, day), (c) => today(c))
    await generatePeople(ctx, 190, 20)
    const large = await countQueries(at(ctx, day), (c) => today(c))
    expect(large.result.items).toEqual(small.result.items)
    expect(small.result.items.map((i) => i.kind).sort()).toEqual([
      'coverage',
      'follow-up',
      'referral',
      'reflection',
      'second-contact',
      'thank-you',
    ])
    expect(large.count.queries).toBe(small.count.queries)
    expect(large.count.rows).toBe(small.count.rows)
    expect(small.count.rows).toBeLessThan(40)
  })

  it('answers in at most 7 statements, reading the settings once', async () => {
    const ctx = await h.newCtx()
    await busyExplorer(ctx)
    const { count } = await countQueries(at(ctx, day), (c) => today(c))
    // Each is a round trip to PostgreSQL on the most visited page.
    expect(count.queries).toBeLessThanOrEqual(7)
  })

  it('creates no new Intl.DateTimeFormat per call once warm (each one holds native memory)', async () => {
    const ctx = await h.newCtx()
    await busyExplorer(ctx)
    await today(at(ctx, day))
    const created = vi.spyOn(Intl, 'DateTimeFormat')
    try {
      for (let i = 0; i < 20; i++) await today(at(ctx, day))
      expect(created.mock.calls.length).toBeLessThanOrEqual(2)
    } finally {
      created.mockRestore()
    }
  })
})
