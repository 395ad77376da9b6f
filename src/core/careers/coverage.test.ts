import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { today } from '../agenda/service.ts'
import type { Ctx } from '../context.ts'
import { createConversation } from '../conversations/service.ts'
import { compareCareers, getCareerBoard, suggestNext } from '../insights/service.ts'
import { captureReferral } from '../meetings/referrals.ts'
import { findOrCreateOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { createCareer, getCareer, listCareers } from './service.ts'

async function person(ctx: Ctx, name: string, careerId: string, organization: string) {
  const { organization: org } = await findOrCreateOrganization(ctx, organization, 'organization')
  return createPerson(ctx, { name, careerIds: [careerId], organizationId: org.id })
}

describeEngines('coverage: one definition everywhere', (h) => {
  it('counts the people spoken with (met or thanked) and their organizations, the same on every face', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const health = await createCareer(ctx, { name: 'ML in healthcare', parentId: ds.id })
    // Spoken with: Amara and Li at Northwind, Jonas (focus area) at Northwind too.
    const amara = await person(ctx, 'Amara Okafor', ds.id, 'Northwind')
    const li = await person(ctx, 'Li Wei', ds.id, 'Northwind')
    const jonas = await person(ctx, 'Jonas Becker', health.id, 'Northwind')
    const met = await createConversation(ctx, {
      personId: amara.id,
      status: 'met',
      scheduledAt: '2026-02-20T10:00:00Z',
    })
    await createConversation(ctx, {
      personId: li.id,
      status: 'thanked',
      scheduledAt: '2026-02-22T10:00:00Z',
    })
    await createConversation(ctx, {
      personId: jonas.id,
      status: 'met',
      scheduledAt: '2026-02-25T10:00:00Z',
    })
    // Linked but not spoken with: planned, asked, identified, and a referral nobody wrote to.
    const dana = await person(ctx, 'Dana Cohen', ds.id, 'Quantile')
    await createConversation(ctx, {
      personId: dana.id,
      status: 'scheduled',
      scheduledAt: '2026-03-05T10:00:00Z',
    })
    const priya = await person(ctx, 'Priya Nair', ds.id, 'Cobalt')
    await createConversation(ctx, { personId: priya.id, status: 'requested' })
    await person(ctx, 'Raj Patel', ds.id, 'Brightline')
    await captureReferral(ctx, met.id, { name: 'Tom Lindqvist', organization: 'City Data Office' })

    const expected = {
      people: 3,
      organizations: 1,
      minPeople: 3,
      minOrganizations: 2,
      covered: false,
    }
    const listed = (await listCareers(ctx)).items.find((c) => c.id === ds.id)
    expect(listed?.coverage).toEqual(expected)
    // The other count is what it says: people linked to the career itself.
    expect(listed?.peopleCount).toBe(6)
    expect((await getCareer(ctx, ds.id)).coverage).toEqual(expected)
    expect((await getCareerBoard(ctx, ds.id)).coverage).toEqual(expected)
    const [compared] = await compareCareers(ctx, { ids: [ds.id] })
    expect([compared?.people, compared?.organizations, compared?.coverage]).toEqual([
      3,
      1,
      expected,
    ])
    expect((await suggestNext(ctx, ds.id))[0]?.coverage).toEqual(expected)
    // The focus area on its own: Jonas.
    expect((await getCareer(ctx, health.id)).coverage).toMatchObject({
      people: 1,
      organizations: 1,
    })
    const agenda = await today(ctx)
    const coverage = agenda.items.filter((i) => i.kind === 'coverage')
    expect(coverage.map((i) => [i.title, i.detail])).toEqual([
      [
        'Find more people for Data scientist',
        '3 people spoken with, from 1 organization; the target is 3 from 2.',
      ],
      [
        'Find more people for ML in healthcare',
        '1 person spoken with, from 1 organization; the target is 3 from 2.',
      ],
    ])
  })
})
