import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { insertPeople } from '../../../test/many-people.ts'
import { countQueries } from '../../../test/query-count.ts'
import { ticking } from '../../../test/ticking-clock.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson, deletePerson } from '../people/service.ts'
import { fold } from '../text.ts'
import { dismissDuplicate, findDuplicates } from './service.ts'

describeEngines('duplicate suggestions', (h) => {
  it('suggests the same name at the same organization, and says so', async () => {
    const ctx = ticking(await h.newCtx())
    const acme = await createOrganization(ctx, { name: 'Acme' })
    const first = await createPerson(ctx, { name: 'Ada Lovelace', organizationId: acme.id })
    const second = await createPerson(ctx, { name: 'Ada Lovelace', organizationId: acme.id })
    await createPerson(ctx, { name: 'Grace Hopper', organizationId: acme.id })
    const { items, total } = await findDuplicates(ctx)
    expect(total).toBe(1)
    expect(items[0]?.reasons).toEqual(['same name at Acme'])
    expect(items[0]?.rules).toEqual(['same-name'])
    expect(new Set([items[0]?.person.id, items[0]?.other.id])).toEqual(
      new Set([first.id, second.id]),
    )
  })

  it('suggests names that differ only in accents or capitals', async () => {
    const ctx = ticking(await h.newCtx())
    await createPerson(ctx, { name: 'Zoë Müller' })
    await createPerson(ctx, { name: 'zoe MULLER' })
    const { items } = await findDuplicates(ctx)
    expect(items.map((i) => i.reasons)).toEqual([
      ['same name but for accents or capitals (Zoë Müller, zoe MULLER)'],
    ])
    expect(items[0]?.rules).toEqual(['accents-or-case'])
  })

  it('suggests a name with and without a middle name or initial at the same organization, not two middle names', async () => {
    const ctx = ticking(await h.newCtx())
    const acme = await createOrganization(ctx, { name: 'Acme' })
    const other = await createOrganization(ctx, { name: 'Initech' })
    await createPerson(ctx, { name: 'Ada King Lovelace', organizationId: acme.id })
    await createPerson(ctx, { name: 'Ada Lovelace', organizationId: acme.id })
    await createPerson(ctx, { name: 'Ada Byron Lovelace', organizationId: acme.id })
    await createPerson(ctx, { name: 'Grace B. Hopper' })
    await createPerson(ctx, { name: 'Grace Brewster Hopper' })
    // Another organization: a middle name alone says too little.
    await createPerson(ctx, { name: 'Alan M. Turing', organizationId: other.id })
    await createPerson(ctx, { name: 'Alan Turing', organizationId: acme.id })
    const { items } = await findDuplicates(ctx)
    const reasons = items.flatMap((i) => i.reasons).sort()
    expect(reasons).toEqual([
      'Ada King Lovelace and Ada Lovelace differ only by a middle name, both at Acme',
      'Ada Lovelace and Ada Byron Lovelace differ only by a middle name, both at Acme',
      'Grace B. Hopper and Grace Brewster Hopper differ only by a middle initial',
    ])
    expect(items.every((i) => i.rules.includes('middle-name'))).toBe(true)
  })

  it('suggests emails that differ in case, and Gmail addresses in dots, +tag and googlemail.com', async () => {
    const ctx = ticking(await h.newCtx())
    await createPerson(ctx, { name: 'A One', emails: ['Ada@Example.org'] })
    await createPerson(ctx, { name: 'B Two', emails: ['ada@example.org'] })
    await createPerson(ctx, { name: 'C Three', emails: ['grace.hopper@gmail.com'] })
    await createPerson(ctx, { name: 'D Four', emails: ['gracehopper@gmail.com'] })
    await createPerson(ctx, { name: 'E Five', emails: ['alan+jobs@googlemail.com'] })
    await createPerson(ctx, { name: 'F Six', emails: ['Alan@gmail.com'] })
    // Dots matter outside Gmail.
    await createPerson(ctx, { name: 'G Seven', emails: ['k.j@example.org'] })
    await createPerson(ctx, { name: 'H Eight', emails: ['kj@example.org'] })
    const { items } = await findDuplicates(ctx)
    expect(items.flatMap((i) => i.reasons).sort()).toEqual([
      'same Gmail address without +tag (googlemail.com is gmail.com): alan+jobs@googlemail.com, Alan@gmail.com',
      'same Gmail address without dots: grace.hopper@gmail.com, gracehopper@gmail.com',
      'same email address but for capitals: Ada@Example.org, ada@example.org',
    ])
    expect(items.every((i) => i.rules.join() === 'email')).toBe(true)
  })

  it('gives one pair with every reason when several rules match, and the person added first first', async () => {
    const ctx = await h.newCtx('2026-03-01T09:00:00Z')
    const acme = await createOrganization(ctx, { name: 'Acme' })
    const first = await createPerson(ctx, {
      name: 'Ada Lovelace',
      organizationId: acme.id,
      emails: ['ada.lovelace@gmail.com'],
    })
    const later = { ...ctx, now: () => new Date('2026-03-02T09:00:00Z') }
    const second = await createPerson(later, {
      name: 'Ada Lovelace',
      organizationId: acme.id,
      emails: ['adalovelace@gmail.com'],
    })
    const { items } = await findDuplicates(ctx)
    expect(items).toHaveLength(1)
    expect(items[0]?.person.id).toBe(first.id)
    expect(items[0]?.other.id).toBe(second.id)
    expect(items[0]?.reasons).toEqual([
      'same name at Acme',
      'same Gmail address without dots: ada.lovelace@gmail.com, adalovelace@gmail.com',
    ])
    expect((await findDuplicates(ctx, { personId: first.id })).total).toBe(1)
    expect((await findDuplicates(ctx, { personId: 'someone-else' })).total).toBe(0)
  })

  it('does not suggest a pair again once dismissed, in either order; a deleted person takes it along', async () => {
    const ctx = ticking(await h.newCtx())
    const a = await createPerson(ctx, { name: 'Ada Lovelace' })
    const b = await createPerson(ctx, { name: 'Ada Lovelace' })
    const c = await createPerson(ctx, { name: 'Ada Lovelace' })
    expect((await findDuplicates(ctx)).total).toBe(3)
    await dismissDuplicate(ctx, { personId: b.id, otherId: a.id })
    await dismissDuplicate(ctx, { personId: a.id, otherId: b.id })
    const left = await findDuplicates(ctx)
    expect(left.total).toBe(2)
    expect(
      left.items.some(
        (i) => [i.person.id, i.other.id].sort().join() === [a.id, b.id].sort().join(),
      ),
    ).toBe(false)
    await deletePerson(ctx, b.id)
    const rows = await ctx.db
      .selectFrom('duplicate_dismissals')
      .selectAll()
      .where('owner_id', '=', ctx.ownerId)
      .execute()
    expect(rows).toEqual([])
    expect((await findDuplicates(ctx)).total).toBe(1)
    expect(c.id).toBeTruthy()
  })

  it('refuses to dismiss a person with themselves or someone unknown, naming the field', async () => {
    const ctx = ticking(await h.newCtx())
    const a = await createPerson(ctx, { name: 'Ada Lovelace' })
    await expect(dismissDuplicate(ctx, { personId: a.id, otherId: a.id })).rejects.toThrow(
      /otherId: a person is always the same as themselves/,
    )
    await expect(dismissDuplicate(ctx, { personId: a.id, otherId: 'nobody' })).rejects.toThrow(
      /no person with id nobody/,
    )
    await expect(dismissDuplicate(ctx, { personId: a.id })).rejects.toThrow(/otherId/)
  })

  it('leaves out a key shared by more than 20 people (a shared inbox)', async () => {
    const ctx = ticking(await h.newCtx())
    for (let i = 0; i < 21; i++)
      await createPerson(ctx, { name: `Person ${i}`, emails: ['info@example.org'] })
    expect((await findDuplicates(ctx)).total).toBe(0)
  })

  it('finds the pairs among 10,000 people in three statements', async () => {
    const ctx = ticking(await h.newCtx())
    const acme = await createOrganization(ctx, { name: 'Acme' })
    await insertPeople(ctx, 10_000, (i) => {
      // Every 500th person has a twin: same name at Acme, a Gmail address with a dot.
      const twin = i % 500 === 1
      const name = twin ? `Person ${i - 1}` : `Person ${i}`
      return {
        name,
        name_key: fold(name),
        organization_id: i % 500 <= 1 ? acme.id : null,
        title: '',
        emails: JSON.stringify([twin ? `p.${i - 1}@gmail.com` : `p${i}@gmail.com`]),
        notes: '',
      }
    })
    const started = performance.now()
    const { result, count } = await countQueries(ctx, (c) => findDuplicates(c))
    const elapsed = performance.now() - started
    expect(result.total).toBe(20)
    expect(result.items[0]?.reasons).toEqual([
      'same name at Acme',
      expect.stringMatching(/^same Gmail address without dots: /),
    ])
    expect(count.queries).toBeLessThanOrEqual(3)
    // A loose bound that only a comparison of every pair (50 million) would miss.
    expect(elapsed).toBeLessThan(10_000)
  })
})
