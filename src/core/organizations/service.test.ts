import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createCareer } from '../careers/service.ts'
import { NotFoundError, ValidationError } from '../errors.ts'
import { createPerson, getPerson } from '../people/service.ts'
import {
  createOrganization,
  deleteOrganization,
  findOrCreateOrganization,
  getOrganization,
  listOrganizations,
  resolveOrganization,
  updateOrganization,
} from './service.ts'

describeEngines('organizations', (h) => {
  it('orders by LAMP: motivation, then posting, then advocacy; unrated last', async () => {
    const ctx = await h.newCtx()
    const add = (
      name: string,
      motivation: number | null,
      posting: number | null,
      advocacy: boolean,
    ) => createOrganization(ctx, { name, motivation, posting, advocacy })
    await add('Unrated', null, null, true)
    await add('Keen, no posts', 3, 1, false)
    await add('Keen, posts, no contact', 3, 3, false)
    await add('Keen, posts, contact', 3, 3, true)
    await add('Lukewarm', 1, 3, true)
    await add('Motivation unknown', null, 3, true)
    const { items } = await listOrganizations(ctx)
    expect(items.map((o) => o.name)).toEqual([
      'Keen, posts, contact',
      'Keen, posts, no contact',
      'Keen, no posts',
      'Lukewarm',
      'Motivation unknown',
      'Unrated',
    ])
    const byName = await listOrganizations(ctx, { sort: 'name', limit: 2, offset: 1 })
    expect(byName.total).toBe(6)
    expect(byName.items.map((o) => o.name)).toEqual([
      'Keen, posts, contact',
      'Keen, posts, no contact',
    ])
  })

  it('keeps LAMP values in range and says which is wrong', async () => {
    const ctx = await h.newCtx()
    const error = await createOrganization(ctx, { name: 'Acme', motivation: 4, posting: 0 }).catch(
      (e) => e,
    )
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues).toEqual([
      { path: 'motivation', message: 'motivation goes from 0 to 3' },
      { path: 'posting', message: 'posting goes from 1 to 3' },
    ])
    const acme = await createOrganization(ctx, { name: 'Acme' })
    expect(acme).toMatchObject({ advocacy: false, motivation: null, posting: null })
    const rated = await updateOrganization(ctx, acme.id, { motivation: 0, advocacy: true })
    expect(rated).toMatchObject({ advocacy: true, motivation: 0, posting: null })
  })

  it('normalizes the website and refuses what is not one', async () => {
    const ctx = await h.newCtx()
    const org = await createOrganization(ctx, { name: 'Acme', website: 'acme.example' })
    expect(org.website).toBe('https://acme.example')
    await expect(updateOrganization(ctx, org.id, { website: 'not a site' })).rejects.toThrow(
      /website/,
    )
    expect((await updateOrganization(ctx, org.id, { website: null })).website).toBeNull()
  })

  it('links target careers and counts people', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const mc = await createCareer(ctx, { name: 'Consultant' })
    const org = await createOrganization(ctx, { name: 'Acme', careerIds: [ds.id, ds.id] })
    await createPerson(ctx, { name: 'Ada', organizationId: org.id })
    const fetched = await getOrganization(ctx, org.id)
    expect(fetched.careers).toEqual([{ id: ds.id, name: 'Data scientist' }])
    expect(fetched.peopleCount).toBe(1)
    expect((await listOrganizations(ctx, { careerId: mc.id })).total).toBe(0)
    await updateOrganization(ctx, org.id, { careerIds: [mc.id] })
    expect((await listOrganizations(ctx, { careerId: mc.id })).items.map((o) => o.id)).toEqual([
      org.id,
    ])
    await expect(updateOrganization(ctx, org.id, { careerIds: ['nope'] })).rejects.toThrow(
      /careerIds.0: no career/,
    )
  })

  it('filters by part of the name, ignoring case and accents', async () => {
    const ctx = await h.newCtx()
    await createOrganization(ctx, { name: 'Société Générale' })
    await createOrganization(ctx, { name: 'Acme' })
    expect((await listOrganizations(ctx, { q: 'GENER' })).items.map((o) => o.name)).toEqual([
      'Société Générale',
    ])
    expect((await listOrganizations(ctx, { q: '100%' })).total).toBe(0)
  })

  it('deletes an organization and keeps its people', async () => {
    const ctx = await h.newCtx()
    const org = await createOrganization(ctx, { name: 'Acme' })
    const ada = await createPerson(ctx, { name: 'Ada', organizationId: org.id })
    await deleteOrganization(ctx, org.id)
    await expect(getOrganization(ctx, org.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await getPerson(ctx, ada.id)).toMatchObject({ organizationId: null, organization: null })
  })

  it('finds by name or creates, once', async () => {
    const ctx = await h.newCtx()
    const first = await findOrCreateOrganization(ctx, 'Analytical  Engines')
    const again = await findOrCreateOrganization(ctx, 'analytical engines')
    expect(first.created).toBe(true)
    expect(again).toEqual({ organization: first.organization, created: false })
    expect(first.organization.name).toBe('Analytical Engines')
    await expect(resolveOrganization(ctx, 'Babbage & Co')).rejects.toThrow(/no organization named/)
  })

  it("never touches another explorer's organizations", async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    const org = await createOrganization(mine, { name: 'Acme' })
    expect((await listOrganizations(theirs)).total).toBe(0)
    await expect(updateOrganization(theirs, org.id, { name: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(createPerson(theirs, { name: 'Eve', organizationId: org.id })).rejects.toThrow(
      /organizationId/,
    )
    expect((await findOrCreateOrganization(theirs, 'Acme')).created).toBe(true)
  })
})
