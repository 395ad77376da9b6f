import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { ConflictError, ValidationError } from '../errors.ts'
import { addPlanItems, updatePlanItem } from '../plans/service.ts'
import { seedQuestions } from './seed.ts'
import { ensureSeeded } from './seeding.ts'
import {
  createQuestion,
  deleteQuestion,
  getQuestion,
  listCareerQuestions,
  listQuestions,
  resolveQuestion,
  updateQuestion,
} from './service.ts'

describeEngines('question bank', (h) => {
  it('is seeded on first use, once, in topic order', async () => {
    const ctx = await h.newCtx()
    const first = await listQuestions(ctx)
    expect(first.total).toBe(seedQuestions.length)
    expect(first.items[0]).toMatchObject({ topic: 'path', origin: 'seed', problems: [] })
    expect(first.items.at(-1)?.topic).toBe('resources-referrals')
    expect(await ensureSeeded(ctx)).toBe(0)
    await Promise.all([ensureSeeded(ctx), listQuestions(ctx), ensureSeeded(ctx)])
    expect((await listQuestions(ctx)).total).toBe(seedQuestions.length)
    // Seeding one explorer leaves another untouched until they use the bank.
    const other = await h.newCtx()
    expect(await ensureSeeded(other)).toBe(seedQuestions.length)
  })

  it('brings new seed questions to explorers who already have a bank, keeping their edits', async () => {
    const ctx = await h.newCtx()
    const { items } = await listQuestions(ctx)
    const edited = items[0]
    const retired = items[1]
    if (!edited || !retired) throw new Error('no seed questions')
    await updateQuestion(ctx, edited.id, { text: 'How did you really start?' })
    await updateQuestion(ctx, retired.id, { retired: true })
    // As if a newer coffeechat added a question: one seed row goes missing.
    const dropped = items[5]
    if (!dropped) throw new Error('no seed question 5')
    await ctx.db.deleteFrom('questions').where('id', '=', dropped.id).execute()
    expect(await ensureSeeded(ctx)).toBe(1)
    const after = await listQuestions(ctx, { retired: 'all' })
    expect(after.total).toBe(seedQuestions.length)
    expect((await getQuestion(ctx, edited.id)).text).toBe('How did you really start?')
    expect((await getQuestion(ctx, retired.id)).retired).toBe(true)
  })

  it('adds, edits, rates, retires and unretires questions; filters them', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const own = await createQuestion(ctx, {
      text: '  Which models  actually reach production? ',
      topic: 'day-to-day',
      careerId: w.careers.ds,
    })
    expect(own).toMatchObject({
      text: 'Which models actually reach production?',
      origin: 'explorer',
      specificity: 'specific',
      tiara: 'insights',
      career: 'Data scientist',
      rating: null,
      retired: false,
    })
    const rated = await updateQuestion(ctx, own.id, { rating: 5, tiara: 'trends' })
    expect(rated).toMatchObject({ rating: 5, tiara: 'trends' })
    expect((await listQuestions(ctx, { careerId: w.careers.ds })).items.map((q) => q.id)).toEqual([
      own.id,
    ])
    expect((await listQuestions(ctx, { general: 'false' })).total).toBe(1)
    const money = await listQuestions(ctx, { topic: 'compensation', general: 'true' })
    expect(money.total).toBeGreaterThanOrEqual(3)
    expect(money.items.every((q) => q.topic === 'compensation' && q.careerId === null)).toBe(true)
    const trends = await listQuestions(ctx, { tiara: 'trends' })
    expect(trends.items.every((q) => q.tiara === 'trends')).toBe(true)
    const specific = await listQuestions(ctx, { specificity: 'specific' })
    expect(specific.items.every((q) => q.specificity === 'specific')).toBe(true)
    expect((await listQuestions(ctx, { q: 'PRODUCTION' })).items.map((q) => q.id)).toEqual([own.id])

    await updateQuestion(ctx, own.id, { retired: true })
    expect((await listQuestions(ctx, { careerId: w.careers.ds })).total).toBe(0)
    expect((await listQuestions(ctx, { careerId: w.careers.ds, retired: 'true' })).total).toBe(1)
    expect((await updateQuestion(ctx, own.id, { retired: false })).retired).toBe(false)
    expect((await listCareerQuestions(ctx, w.careers.ds)).map((q) => q.id)).toEqual([own.id])
    const general = await updateQuestion(ctx, own.id, { careerId: null })
    expect(general.career).toBeNull()

    const error = await updateQuestion(ctx, own.id, { rating: 6 }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.issues[0].path).toBe('rating')
  })

  it('runs the etiquette guard on every question, and saves a flagged one all the same', async () => {
    const ctx = await h.newCtx()
    const flagged = await createQuestion(ctx, {
      text: 'Is your team hiring, and could I send you my résumé?',
      topic: 'advice',
    })
    expect(flagged.problems.map((p) => p.text)).toEqual(['Is your team hiring', 'my résumé'])
    expect(flagged.problems[0]?.message).toMatch(/bad impression/)
    const clean = await updateQuestion(ctx, flagged.id, {
      text: 'What do hiring managers look for in someone with my background?',
    })
    expect(clean.problems).toEqual([])
  })

  it('takes questions from reflections, as questions of the career', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'], 'met')
    const raised = await createQuestion(ctx, {
      text: 'How do clinicians react when a model disagrees with them?',
      topic: 'day-to-day',
      origin: 'reflection',
      raisedInConversationId: conversation.id,
    })
    expect(raised).toMatchObject({
      origin: 'reflection',
      careerId: w.careers.ds,
      raisedInConversationId: conversation.id,
    })
    expect((await listCareerQuestions(ctx, w.careers.ds)).map((q) => q.id)).toEqual([raised.id])
    expect((await listQuestions(ctx, { origin: 'reflection' })).total).toBe(1)
    const error = await createQuestion(ctx, {
      text: 'Anything?',
      topic: 'advice',
      raisedInConversationId: 'nope',
    }).catch((e) => e)
    expect(error.issues[0]).toMatchObject({ path: 'raisedInConversationId' })
  })

  it('deletes the explorer’s questions but only retires seed ones; plans keep the text', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const own = await createQuestion(ctx, { text: 'What would you change?', topic: 'dislikes' })
    const plan = await addPlanItems(ctx, conversation.id, { items: [{ questionId: own.id }] })
    const item = plan.items[0]
    if (!item) throw new Error('no item')
    await updatePlanItem(ctx, item.id, { state: 'asked', answer: 'The on-call rota.' })
    expect((await getQuestion(ctx, own.id)).askedCount).toBe(1)
    await deleteQuestion(ctx, own.id)
    const seed = (await listQuestions(ctx)).items[0]
    if (!seed) throw new Error('no seed')
    await expect(deleteQuestion(ctx, seed.id)).rejects.toBeInstanceOf(ConflictError)
    const { getPlan } = await import('../plans/service.ts')
    expect((await getPlan(ctx, conversation.id)).items[0]).toMatchObject({
      text: 'What would you change?',
      questionId: null,
      answer: 'The on-call rota.',
    })
  })

  it('finds a question by id, exact text or a unique piece of it', async () => {
    const ctx = await h.newCtx()
    const own = await createQuestion(ctx, {
      text: 'What does a bad week look like?',
      topic: 'hours',
    })
    expect((await resolveQuestion(ctx, own.id)).id).toBe(own.id)
    expect((await resolveQuestion(ctx, 'what does a BAD week look like?')).id).toBe(own.id)
    expect((await resolveQuestion(ctx, 'bad week')).id).toBe(own.id)
    await expect(resolveQuestion(ctx, 'what')).rejects.toThrow(/matches \d+ questions/)
    await expect(resolveQuestion(ctx, 'zebra crossing')).rejects.toThrow(/no question/)
  })
})
