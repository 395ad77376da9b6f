import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { createCareer, updateCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { createConversation } from '../conversations/service.ts'
import { NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { createOrganization } from '../organizations/service.ts'
import { createPerson } from '../people/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { updateSettings } from '../settings/service.ts'
import { compareCareers, getCareerBoard, suggestNext } from './service.ts'

/** An answer in a conversation's plan, written straight to the table the plan owns. */
async function answer(
  ctx: Ctx,
  conversationId: string,
  item: { text: string; topic: string; answer: string; questionId?: string; state?: string },
) {
  const now = ctx.now().toISOString()
  await ctx.db
    .insertInto('plan_items')
    .values({
      id: newId(ctx.now()),
      owner_id: ctx.ownerId,
      conversation_id: conversationId,
      question_id: item.questionId ?? null,
      text: item.text,
      topic: item.topic,
      position: 0,
      state: item.state ?? 'asked',
      answer: item.answer,
      asked_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute()
}

async function met(
  ctx: Ctx,
  name: string,
  careerIds: string[],
  day: string,
  organization?: string,
) {
  const organizationId = organization
    ? (await createOrganization(ctx, { name: `${organization} ${name}` })).id
    : undefined
  const person = await createPerson(ctx, { name, careerIds, organizationId })
  return createConversation(ctx, {
    personId: person.id,
    status: 'met',
    scheduledAt: `${day}T10:00:00Z`,
    careerIds,
  })
}

/** `met`, then the reflection on that conversation saved as `reflection`. */
async function reflected(
  ctx: Ctx,
  name: string,
  careerIds: string[],
  day: string,
  reflection: Record<string, unknown>,
) {
  const conversation = await met(ctx, name, careerIds, day)
  await saveReflection(ctx, conversation.id, reflection)
}

describeEngines('career board', (h) => {
  it('puts answers in a grid of topics and questions by people, marking single sources and gaps', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const amara = await met(ctx, 'Amara Okafor', [ds.id], '2026-02-01')
    const li = await met(ctx, 'Li Wei', [ds.id], '2026-02-10')
    const week = 'What does a typical week look like?'
    await answer(ctx, amara.id, { text: week, topic: 'day-to-day', answer: '60% cleaning data' })
    await answer(ctx, li.id, { text: week, topic: 'day-to-day', answer: 'Mostly meetings' })
    await answer(ctx, li.id, {
      text: 'How is pay made up?',
      topic: 'compensation',
      answer: 'Base plus 10% bonus',
    })
    // Skipped questions never answered anything.
    await answer(ctx, li.id, {
      text: 'Why do people leave?',
      topic: 'dislikes',
      answer: 'x',
      state: 'skipped',
    })
    await saveReflection(ctx, amara.id, {
      training: 'SQL and some cloud',
      pros: ['Real data'],
      cons: ['Dashboards'],
      pay: [{ low: 60000, high: 75000, currency: 'EUR', level: 'junior' }],
    })

    const board = await getCareerBoard(ctx, ds.id)
    expect(board.people.map((p) => p.name)).toEqual(['Amara Okafor', 'Li Wei'])
    const row = (key: string) => board.grid.find((r) => r.label === key)
    const weekRow = row(week)
    expect(weekRow?.cells.map((c) => c.answers.map((a) => a.text))).toEqual([
      ['60% cleaning data'],
      ['Mostly meetings'],
    ])
    expect(weekRow?.singleSource).toBe(false)
    expect(row('Day-to-day')).toMatchObject({ kind: 'topic', sources: 2, singleSource: false })

    const pay = row('Compensation')
    expect(pay).toMatchObject({ sources: 2, singleSource: false })
    expect(pay?.cells[0]?.answers.map((a) => [a.from, a.text])).toEqual([
      ['pay', '60,000–75,000 EUR/year · junior'],
    ])
    expect(row('How is pay made up?')).toMatchObject({ sources: 1, singleSource: true })
    expect(row('Skills and training')).toMatchObject({ sources: 1, singleSource: true })
    expect(row('Likes')?.cells[0]?.answers[0]).toMatchObject({ text: 'Real data', from: 'pros' })

    expect(board.gaps.map((g) => g.topic)).toEqual(['path', 'hours', 'industry-trends', 'advice'])
    expect(board.grid.find((r) => r.label === 'Why do people leave?')).toBeUndefined()
  })

  it('counts pros and cons by people, ignoring case, accents and spacing', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    await reflected(ctx, 'Amara', [ds.id], '2026-02-01', {
      pros: ['Real data', 'Café culture'],
      cons: ['On call'],
    })
    await reflected(ctx, 'Li', [ds.id], '2026-02-02', {
      pros: ['real  DATA!'],
      cons: ['on call', 'Dashboards'],
    })
    await reflected(ctx, 'Sofía', [ds.id], '2026-02-03', {
      pros: ['REAL DATA', 'cafe\u0301 culture'],
    })
    const board = await getCareerBoard(ctx, ds.id)
    expect(board.pros.map((p) => [p.text, p.count])).toEqual([
      ['Real data', 3],
      ['Café culture', 2],
    ])
    expect(board.cons.map((p) => [p.text, p.count, p.people])).toEqual([
      ['On call', 2, ['Amara', 'Li']],
      ['Dashboards', 1, ['Li']],
    ])
  })

  it('draws the fit trend by meeting date, with its mean and direction', async () => {
    const ctx = await h.newCtx()
    const quant = await createCareer(ctx, { name: 'Quant' })
    // Created out of date order: the trend follows the meetings, not the typing.
    await reflected(ctx, 'Dana', [quant.id], '2026-02-20', { fitRating: 1 })
    await reflected(ctx, 'Aiko', [quant.id], '2026-01-05', { fitRating: 4 })
    await reflected(ctx, 'Felix', [quant.id], '2026-02-01', { fitRating: 3 })
    const { fit } = await getCareerBoard(ctx, quant.id)
    expect(fit.points.map((p) => [p.person, p.rating])).toEqual([
      ['Aiko', 4],
      ['Felix', 3],
      ['Dana', 1],
    ])
    expect(fit).toMatchObject({ count: 3, mean: 2.67, direction: 'falling', firstToLast: -3 })
  })

  it('counts focus areas toward their career and keeps pay about another career out', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const health = await createCareer(ctx, { name: 'ML in healthcare', parentId: ds.id })
    const mc = await createCareer(ctx, { name: 'Consulting' })
    await reflected(ctx, 'Jonas', [health.id], '2026-02-01', { fitRating: 5 })
    await reflected(ctx, 'Hannah', [ds.id, mc.id], '2026-02-02', {
      pay: [
        { low: 70000, currency: 'EUR', careerId: mc.id },
        { low: 65000, currency: 'EUR', careerId: ds.id },
      ],
    })
    const board = await getCareerBoard(ctx, ds.id)
    expect(board.career.focusAreas.map((f) => f.name)).toEqual(['ML in healthcare'])
    expect(board.people.map((p) => p.name)).toEqual(['Jonas', 'Hannah'])
    expect(board.fit.mean).toBe(5)
    expect(board.pay.entries.map((p) => p.low)).toEqual([65000])
    expect(board.pay.ranges).toEqual([
      { currency: 'EUR', yearlyLow: 65000, yearlyHigh: 65000, entries: 1, notNormalized: 0 },
    ])
    expect((await getCareerBoard(ctx, health.id)).people.map((p) => p.name)).toEqual(['Jonas'])
  })

  it('measures coverage against the settings, counting people met and their organizations', async () => {
    const ctx = await h.newCtx()
    await updateSettings(ctx, { coverageMinPeople: 2, coverageMinOrganizations: 2 })
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    await met(ctx, 'Amara', [ds.id], '2026-02-01', 'Northwind')
    const person = await createPerson(ctx, { name: 'Li', careerIds: [ds.id] })
    await createConversation(ctx, { personId: person.id, status: 'requested' })
    let board = await getCareerBoard(ctx, ds.id)
    expect(board.conversations.map((c) => [c.person, c.held])).toEqual([
      ['Amara', true],
      ['Li', false],
    ])
    expect(board.coverage).toEqual({
      people: 1,
      organizations: 1,
      minPeople: 2,
      minOrganizations: 2,
      covered: false,
    })
    const [suggestion] = await suggestNext(ctx, ds.id)
    expect(suggestion?.belowCoverage).toBe(true)
    expect(suggestion?.hints[0]).toMatch(/1 of 2 people spoken with, from 1 of 2 organizations/)
    await met(ctx, 'Sofía', [ds.id], '2026-02-05', 'City')
    board = await getCareerBoard(ctx, ds.id)
    expect(board.coverage.covered).toBe(true)
  })

  it('compares careers with the same numbers as their boards, dropped ones marked', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const quant = await createCareer(ctx, { name: 'Quant' })
    const a = await met(ctx, 'Amara', [ds.id], '2026-02-01', 'Northwind')
    const b = await met(ctx, 'Li', [ds.id], '2026-02-10', 'Cobalt')
    const d = await met(ctx, 'Dana', [quant.id], '2026-01-10', 'Quantile')
    await saveReflection(ctx, a.id, {
      fitRating: 3,
      pros: ['Real data'],
      pay: [{ low: 5000, high: 6000, currency: 'EUR', period: 'month' }],
    })
    await saveReflection(ctx, b.id, {
      fitRating: 5,
      pros: ['real data', 'Impact'],
      training: 'SQL',
    })
    await saveReflection(ctx, d.id, { fitRating: 2, cons: ['Hours'] })
    await updateCareer(ctx, quant.id, { status: 'dropped' })

    const rows = await compareCareers(ctx)
    expect(rows.map((r) => [r.career.name, r.career.dropped])).toEqual([
      ['Data scientist', false],
      ['Quant', true],
    ])
    const [dsRow] = rows
    const board = await getCareerBoard(ctx, ds.id)
    expect(dsRow).toMatchObject({
      conversations: 2,
      people: 2,
      organizations: 2,
      fit: { mean: 4, direction: 'rising', count: 2 },
      pay: [{ currency: 'EUR', yearlyLow: 60000, yearlyHigh: 72000, entries: 1, notNormalized: 0 }],
      pros: [
        { text: 'Real data', count: 2 },
        { text: 'Impact', count: 1 },
      ],
      training: [{ person: 'Li', text: 'SQL' }],
    })
    expect(dsRow?.fit.mean).toBe(board.fit.mean)
    expect(dsRow?.pay).toEqual(board.pay.ranges)
    expect(dsRow?.gaps).toEqual(board.gaps)
    // The dropped career keeps its history on its board.
    const quantBoard = await getCareerBoard(ctx, quant.id)
    expect(quantBoard.career.dropped).toBe(true)
    expect(quantBoard.cons.map((c) => c.text)).toEqual(['Hours'])
    expect((await suggestNext(ctx)).map((s) => s.career)).toEqual(['Data scientist'])
    await expect(compareCareers(ctx, { ids: ['nope'] })).rejects.toBeInstanceOf(NotFoundError)
  })

  it("never shows one explorer another's evidence", async () => {
    const ctx = await h.newCtx()
    const other = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    await met(ctx, 'Amara', [ds.id], '2026-02-01')
    await expect(getCareerBoard(other, ds.id)).rejects.toBeInstanceOf(NotFoundError)
    expect(await compareCareers(other)).toEqual([])
  })
})
