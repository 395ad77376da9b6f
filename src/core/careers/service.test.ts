import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { invalidFields } from '../../../test/validation.ts'
import { createConversation } from '../conversations/service.ts'
import { ConflictError, NotFoundError, ValidationError } from '../errors.ts'
import { createPerson } from '../people/service.ts'
import { search } from '../search/service.ts'
import {
  createCareer,
  deleteCareer,
  getCareer,
  listCareers,
  resolveCareer,
  updateCareer,
} from './service.ts'

describeEngines('careers', (h) => {
  it('lists careers as a tree: each career followed by its focus areas, siblings by name', async () => {
    const ctx = await h.newCtx()
    const rd = await createCareer(ctx, { name: 'R&D scientist' })
    const ds = await createCareer(ctx, {
      name: 'Data scientist',
      hypothesis: 'the modelling, not the meetings',
    })
    await createCareer(ctx, { name: 'NLP', parentId: ds.id })
    const health = await createCareer(ctx, { name: 'ML in healthcare', parentId: ds.id })
    await createCareer(ctx, { name: 'Radiology AI', parentId: health.id })

    const { items, total } = await listCareers(ctx)
    expect(total).toBe(5)
    expect(items.map((c) => `${c.depth}:${c.name}`)).toEqual([
      '0:Data scientist',
      '1:ML in healthcare',
      '2:Radiology AI',
      '1:NLP',
      '0:R&D scientist',
    ])
    expect(items[2]?.path).toEqual(['Data scientist', 'ML in healthcare'])
    expect(rd.status).toBe('exploring')
    expect(ds.hypothesis).toBe('the modelling, not the meetings')
  })

  it('counts the people and conversations linked to each career', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const ada = await createPerson(ctx, { name: 'Ada', careerIds: [ds.id] })
    await createPerson(ctx, { name: 'Grace', careerIds: [ds.id] })
    await createConversation(ctx, { personId: ada.id })
    const career = await getCareer(ctx, ds.id)
    expect(career.peopleCount).toBe(2)
    expect(career.conversationCount).toBe(1)
  })

  it('refuses a parent that does not exist, and a cycle', async () => {
    const ctx = await h.newCtx()
    await expect(createCareer(ctx, { name: 'X', parentId: 'missing' })).rejects.toThrow(
      /parentId: no career/,
    )
    const a = await createCareer(ctx, { name: 'A' })
    const b = await createCareer(ctx, { name: 'B', parentId: a.id })
    const c = await createCareer(ctx, { name: 'C', parentId: b.id })
    await expect(updateCareer(ctx, a.id, { parentId: c.id })).rejects.toBeInstanceOf(
      ValidationError,
    )
    await expect(updateCareer(ctx, a.id, { parentId: a.id })).rejects.toThrow(
      /cannot sit under itself/,
    )
    expect((await getCareer(ctx, a.id)).parentId).toBeNull()
  })

  it('names every invalid field', async () => {
    const ctx = await h.newCtx()
    expect(
      (await invalidFields(createCareer(ctx, { name: '  ', status: 'maybe', extra: 1 }))).sort(),
    ).toEqual(['extra', 'name', 'status'])
  })

  it('drops a career without losing it, and refuses to delete one with focus areas', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const nlp = await createCareer(ctx, { name: 'NLP', parentId: ds.id })
    const dropped = await updateCareer(ctx, ds.id, { status: 'dropped' })
    expect(dropped.status).toBe('dropped')
    await expect(deleteCareer(ctx, ds.id)).rejects.toBeInstanceOf(ConflictError)
    await deleteCareer(ctx, nlp.id)
    await deleteCareer(ctx, ds.id)
    await expect(getCareer(ctx, ds.id)).rejects.toBeInstanceOf(NotFoundError)
  })

  it('keeps people when their career is deleted', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const ada = await createPerson(ctx, { name: 'Ada', careerIds: [ds.id] })
    await deleteCareer(ctx, ds.id)
    const { items } = await listCareers(ctx)
    expect(items).toEqual([])
    const { getPerson } = await import('../people/service.ts')
    expect((await getPerson(ctx, ada.id)).careers).toEqual([])
  })

  it('resolves a career by id or by name, ignoring case and accents', async () => {
    const ctx = await h.newCtx()
    const career = await createCareer(ctx, { name: 'Économiste' })
    expect((await resolveCareer(ctx, 'economiste')).id).toBe(career.id)
    expect((await resolveCareer(ctx, career.id)).name).toBe('Économiste')
    await expect(resolveCareer(ctx, 'Lawyer')).rejects.toThrow(
      /no career named "Lawyer"; known careers: Économiste/,
    )
  })

  it('keeps the search index in step with renames and deletes', async () => {
    const ctx = await h.newCtx()
    const career = await createCareer(ctx, { name: 'Actuary' })
    expect((await search(ctx, { q: 'actuary' })).map((r) => r.id)).toEqual([career.id])
    await updateCareer(ctx, career.id, { name: 'Pension analyst' })
    expect(await search(ctx, { q: 'actuary' })).toEqual([])
    expect((await search(ctx, { q: 'pension' })).map((r) => r.id)).toEqual([career.id])
    await deleteCareer(ctx, career.id)
    expect(await search(ctx, { q: 'pension' })).toEqual([])
  })

  it("never shows one explorer another's careers", async () => {
    const mine = await h.newCtx()
    const theirs = await h.newCtx()
    const career = await createCareer(mine, { name: 'Data scientist' })
    expect((await listCareers(theirs)).total).toBe(0)
    await expect(getCareer(theirs, career.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(updateCareer(theirs, career.id, { name: 'x' })).rejects.toBeInstanceOf(
      NotFoundError,
    )
    await expect(deleteCareer(theirs, career.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(createCareer(theirs, { name: 'Y', parentId: career.id })).rejects.toThrow(
      /no career/,
    )
  })
})
