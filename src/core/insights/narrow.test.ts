import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createCareer, getCareer, listCareers } from '../careers/service.ts'
import { createConversation } from '../conversations/service.ts'
import { createPerson, getPerson } from '../people/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { narrowCareer } from './narrow.ts'
import { getCareerBoard } from './service.ts'

describeEngines('narrowing a career', (h) => {
  it('creates a focus area and moves people and questions to it, keeping the history', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const amara = await createPerson(ctx, { name: 'Amara', careerIds: [ds.id] })
    const li = await createPerson(ctx, { name: 'Li', careerIds: [ds.id] })
    const chat = await createConversation(ctx, {
      personId: amara.id,
      status: 'met',
      scheduledAt: '2026-02-01T10:00:00Z',
    })
    const saved = await saveReflection(ctx, chat.id, {
      fitRating: 4,
      questions: ['How do clinicians review a model?', 'What does a junior earn?'],
    })
    const [clinicians] = saved.questions

    const result = await narrowCareer(ctx, ds.id, {
      name: 'ML in healthcare',
      hypothesis: 'Meaningful data',
      personIds: [amara.id],
      questionIds: clinicians?.questionIds ?? [],
    })
    expect(result.focusArea.created).toBe(true)
    const focus = await getCareer(ctx, result.focusArea.id)
    expect(focus).toMatchObject({ parentId: ds.id, hypothesis: 'Meaningful data' })
    expect((await getPerson(ctx, amara.id)).careerIds).toEqual([focus.id])
    expect((await getPerson(ctx, li.id)).careerIds).toEqual([ds.id])
    expect((await getCareer(ctx, ds.id)).status).toBe('narrowing')

    const question = await ctx.db
      .selectFrom('questions')
      .select(['text', 'career_id'])
      .where('owner_id', '=', ctx.ownerId)
      .execute()
    expect(question.map((q) => [q.text, q.career_id === focus.id]).sort()).toEqual([
      ['How do clinicians review a model?', true],
      ['What does a junior earn?', false],
    ])
    // Amara's conversation now counts for the focus area, and still for the career.
    expect((await getCareerBoard(ctx, focus.id)).fit.mean).toBe(4)
    expect((await getCareerBoard(ctx, ds.id)).fit.mean).toBe(4)

    // Narrowing into the same name again reuses the focus area.
    const again = await narrowCareer(ctx, ds.id, { name: 'ml in HEALTHCARE', personIds: [li.id] })
    expect(again.focusArea).toEqual({ id: focus.id, name: 'ML in healthcare', created: false })
    expect((await listCareers(ctx)).total).toBe(2)
  })

  it('refuses people and questions that are not the career’s, changing nothing', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const mc = await createCareer(ctx, { name: 'Consulting' })
    const hannah = await createPerson(ctx, { name: 'Hannah', careerIds: [mc.id] })
    await expect(narrowCareer(ctx, ds.id, { name: 'NLP', personIds: [hannah.id] })).rejects.toThrow(
      /personIds\.0: .* is not one of the people who speak to Data scientist/,
    )
    await expect(
      narrowCareer(ctx, ds.id, { name: 'NLP', questionIds: ['missing'] }),
    ).rejects.toThrow(/questionIds\.0: missing is not a question of Data scientist/)
    await expect(narrowCareer(ctx, ds.id, { name: ' ' })).rejects.toThrow(
      /name: name the focus area/,
    )
    expect((await listCareers(ctx)).total).toBe(2)
    expect((await getCareer(ctx, ds.id)).status).toBe('exploring')
  })
})
