import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { finishDraft } from '../../../test/finish-draft.ts'
import { at } from '../../../test/ticking-clock.ts'
import type { Ctx } from '../context.ts'
import { createOrganization } from '../organizations/service.ts'
import { recordReply } from '../outreach/replies.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { today } from './service.ts'

async function send(ctx: Ctx, kind: 'outreach' | 'follow-up', personId: string, when: string) {
  const draft = await createDraft(at(ctx, when), { kind, personId })
  await finishDraft(at(ctx, when), draft)
  return markSent(at(ctx, when), draft.id, { channel: 'copy' })
}

describeEngines('Today: the 3B7 second contact', (h) => {
  it('stays on Today, overdue, after the follow-up falls due on day 7, until someone else there is written to', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    await updateSettings(ctx, { timeZone: 'Europe/Berlin', explorerName: 'Sam Lee' })
    const northwind = await createOrganization(ctx, { name: 'Northwind Health' })
    const amara = await createPerson(ctx, { name: 'Amara Okafor', organizationId: northwind.id })
    const jonas = await createPerson(ctx, { name: 'Jonas Becker', organizationId: northwind.id })
    // Monday 2 March; day 3 is Thursday 5 March, day 7 is Wednesday 11 March.
    await send(ctx, 'outreach', amara.id, '2026-03-02T09:00:00Z')
    const kinds = async (instant: string) =>
      (await today(at(ctx, instant))).items
        .filter((i) => i.personId === amara.id)
        .map((i) => i.kind)
        .sort()

    expect(await kinds('2026-03-05T09:00:00Z')).toEqual(['second-contact'])
    // Day 7: the follow-up is due as well, and the unwritten second contact must not vanish.
    const daySeven = await today(at(ctx, '2026-03-11T09:00:00Z'))
    const second = daySeven.items.find((i) => i.kind === 'second-contact')
    expect(second).toMatchObject({
      personId: amara.id,
      dueDate: '2026-03-05',
      overdue: true,
      action: { label: 'Write to Jonas Becker' },
    })
    expect(daySeven.items.find((i) => i.kind === 'follow-up')?.personId).toBe(amara.id)
    // After the follow-up went out, still there and still overdue.
    await send(ctx, 'follow-up', amara.id, '2026-03-11T10:00:00Z')
    expect(await kinds('2026-03-12T09:00:00Z')).toEqual(['second-contact'])
    // Done: Jonas is written to.
    await send(ctx, 'outreach', jonas.id, '2026-03-12T10:00:00Z')
    expect(await kinds('2026-03-12T11:00:00Z')).toEqual(['reply-awaited'])
  })

  it('goes once the first person replies, even while both steps were due', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    await updateSettings(ctx, { timeZone: 'Europe/Berlin' })
    const northwind = await createOrganization(ctx, { name: 'Northwind Health' })
    const amara = await createPerson(ctx, { name: 'Amara Okafor', organizationId: northwind.id })
    await createPerson(ctx, { name: 'Jonas Becker', organizationId: northwind.id })
    await send(ctx, 'outreach', amara.id, '2026-03-02T09:00:00Z')
    const due = await today(at(ctx, '2026-03-11T09:00:00Z'))
    expect(due.items.filter((i) => i.personId === amara.id).map((i) => i.kind)).toContain(
      'second-contact',
    )
    await recordReply(at(ctx, '2026-03-11T10:00:00Z'), { personId: amara.id })
    const after = await today(at(ctx, '2026-03-11T11:00:00Z'))
    expect(after.items.filter((i) => i.personId === amara.id)).toEqual([])
  })

  it('names at most five people not contacted yet at a large organization, and says there are others', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    await updateSettings(ctx, { timeZone: 'Europe/Berlin' })
    const big = await createOrganization(ctx, { name: 'Big Pharma' })
    const amara = await createPerson(ctx, { name: 'Amara Okafor', organizationId: big.id })
    for (const name of ['Ben', 'Cleo', 'Dan', 'Eva', 'Finn', 'Gus', 'Hana']) {
      await createPerson(ctx, { name: `${name} Meyer`, organizationId: big.id })
    }
    await send(ctx, 'outreach', amara.id, '2026-03-02T09:00:00Z')
    const second = (await today(at(ctx, '2026-03-05T09:00:00Z'))).items.find(
      (i) => i.kind === 'second-contact',
    )
    expect(second?.links.map((l) => l.label)).toEqual([
      'Write to Ben Meyer',
      'Write to Cleo Meyer',
      'Write to Dan Meyer',
      'Write to Eva Meyer',
      'Write to Finn Meyer',
    ])
    expect(second?.detail).toMatch(
      /Not contacted yet there: Ben Meyer, .*, Finn Meyer and others\.$/,
    )
  })
})
