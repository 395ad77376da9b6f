import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { invalidFields } from '../../../test/validation.ts'
import { createCareer } from '../careers/service.ts'
import { createConversation, listConversations } from '../conversations/service.ts'
import { NotFoundError } from '../errors.ts'
import { createOrganization } from '../organizations/service.ts'
import {
  createPerson,
  deletePerson,
  getPerson,
  greetingName,
  listPeople,
  resolvePerson,
  updatePerson,
} from './service.ts'

describeEngines('people', (h) => {
  it('stores every field a person has', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const org = await createOrganization(ctx, { name: 'Analytical Engines, Ltd.' })
    const amara = await createPerson(ctx, { name: 'Amara Okafor' })
    const ada = await createPerson(ctx, {
      name: '  Ada   Lovelace ',
      firstName: 'Ada',
      organizationId: org.id,
      title: 'Engineer',
      careerIds: [ds.id],
      connection: 'alumni',
      connectionNote: 'both studied maths in Bonn',
      source: 'Alumni list',
      linkedinUrl: 'linkedin.com/in/ada-lovelace-1a2b3c/?trk=abc',
      emails: ['ada@example.org', 'ADA@example.org', 'ada@work.example'],
      phones: ['+44 20 7946 0000'],
      tags: ['alumni', 'phd', 'Alumni'],
      notes: '# Notes\nMet at the *careers evening*.',
      referredById: amara.id,
    })
    expect(ada).toMatchObject({
      name: 'Ada Lovelace',
      firstName: 'Ada',
      organization: 'Analytical Engines, Ltd.',
      careers: ['Data scientist'],
      careerIds: [ds.id],
      connection: 'alumni',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1a2b3c',
      emails: ['ada@example.org', 'ada@work.example'],
      tags: ['alumni', 'phd'],
      referredBy: 'Amara Okafor',
      createdAt: '2026-03-02T09:00:00.000Z',
    })
    expect(await getPerson(ctx, ada.id)).toEqual(ada)
  })

  it('says what is wrong with each field', async () => {
    const ctx = await h.newCtx()
    expect(
      await invalidFields(
        createPerson(ctx, {
          name: '',
          emails: ['ok@example.org', 'not-an-email'],
          linkedinUrl: 'https://example.org/ada',
          connection: 'pen pal',
        }),
      ),
    ).toEqual(['name', 'connection', 'linkedinUrl', 'emails.1'])
  })

  it('filters by name (accent-insensitive), career, organization, tag and referrer', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const org = await createOrganization(ctx, { name: 'Acme' })
    const jose = await createPerson(ctx, {
      name: 'José Núñez',
      careerIds: [ds.id],
      tags: ['alumni'],
    })
    await createPerson(ctx, { name: 'Grace Hopper', organizationId: org.id, referredById: jose.id })
    await createPerson(ctx, { name: 'Zoë Adams', tags: ['alumni-network'] })
    const names = async (query: object) => (await listPeople(ctx, query)).items.map((p) => p.name)
    expect(await names({})).toEqual(['Grace Hopper', 'José Núñez', 'Zoë Adams'])
    expect(await names({ q: 'nunez' })).toEqual(['José Núñez'])
    expect(await names({ q: 'ZOE' })).toEqual(['Zoë Adams'])
    expect(await names({ careerId: ds.id })).toEqual(['José Núñez'])
    expect(await names({ organizationId: org.id })).toEqual(['Grace Hopper'])
    expect(await names({ tag: 'alumni' })).toEqual(['José Núñez'])
    expect(await names({ referredById: jose.id })).toEqual(['Grace Hopper'])
    const page = await listPeople(ctx, { limit: 1, offset: 1 })
    expect(page).toMatchObject({ total: 3, limit: 1, offset: 1 })
    expect(page.items.map((p) => p.name)).toEqual(['José Núñez'])
  })

  it('changes only what a patch names, and clears what it sets to null', async () => {
    const ctx = await h.newCtx()
    const org = await createOrganization(ctx, { name: 'Acme' })
    const ada = await createPerson(ctx, {
      name: 'Ada',
      organizationId: org.id,
      emails: ['a@x.org'],
      title: 'Engineer',
    })
    const changed = await updatePerson(ctx, ada.id, {
      title: 'Lead',
      organizationId: null,
      tags: ['mentor'],
    })
    expect(changed).toMatchObject({
      name: 'Ada',
      title: 'Lead',
      organization: null,
      emails: ['a@x.org'],
      tags: ['mentor'],
    })
  })

  it('refuses a referrer who is missing or the person themself', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada' })
    await expect(updatePerson(ctx, ada.id, { referredById: ada.id })).rejects.toThrow(
      /cannot refer themselves/,
    )
    await expect(createPerson(ctx, { name: 'Bo', referredById: 'ghost' })).rejects.toThrow(
      /referredById/,
    )
    const bo = await createPerson(ctx, { name: 'Bo', referredById: ada.id })
    expect(bo.connection).toBe('referral')
  })

  it('deletes a person with their conversations and unlinks those they referred', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada' })
    const bo = await createPerson(ctx, { name: 'Bo', referredById: ada.id })
    await createConversation(ctx, { personId: ada.id })
    await createConversation(ctx, { personId: bo.id })
    await deletePerson(ctx, ada.id)
    await expect(getPerson(ctx, ada.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await getPerson(ctx, bo.id)).toMatchObject({ referredById: null, referredBy: null })
    expect((await listConversations(ctx)).items.map((c) => c.person)).toEqual(['Bo'])
  })

  it('resolves by name and greets by first name', async () => {
    const ctx = await h.newCtx()
    const ada = await createPerson(ctx, { name: 'Ada Lovelace' })
    expect((await resolvePerson(ctx, 'ada lovelace')).id).toBe(ada.id)
    await createPerson(ctx, { name: 'Ada Lovelace' })
    await expect(resolvePerson(ctx, 'Ada Lovelace')).rejects.toThrow(/names 2 people; use the id/)
    expect(greetingName(ada)).toBe('Ada')
    expect(greetingName({ name: 'Ada Lovelace', firstName: 'Countess' })).toBe('Countess')
  })

  it("keeps each explorer's people apart", async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    const ada = await createPerson(mine, { name: 'Ada' })
    expect((await listPeople(theirs)).total).toBe(0)
    await expect(getPerson(theirs, ada.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(deletePerson(theirs, ada.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(createPerson(theirs, { name: 'Eve', referredById: ada.id })).rejects.toThrow(
      /referredById/,
    )
  })
})
