import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { ValidationError } from '../errors.ts'
import { listCareerQuestions, listQuestions } from '../questions/service.ts'
import { search } from '../search/service.ts'
import { updateSettings } from '../settings/service.ts'
import { addPlanItems, getPlan, removePlanItem, reorderPlan, updatePlanItem } from './service.ts'

describeEngines('question plans', (h) => {
  it('adds from the bank or a new text, reorders, moves and removes', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const [a, b] = (await listQuestions(ctx, { topic: 'path' })).items
    if (!a || !b) throw new Error('no seed')
    let plan = await addPlanItems(ctx, conversation.id, {
      items: [
        { questionId: a.id },
        { questionId: b.id },
        { text: 'How do clinicians take your models?', topic: 'day-to-day' },
        { questionId: a.id },
      ],
    })
    expect(plan.items.map((i) => i.text)).toEqual([
      a.text,
      b.text,
      'How do clinicians take your models?',
    ])
    expect(plan.items.map((i) => i.position)).toEqual([0, 1, 2])
    expect(plan.items[0]).toMatchObject({
      state: 'planned',
      answer: '',
      tiara: a.tiara,
      topic: 'path',
    })
    // A new text joins the bank as a question of the conversation's career.
    const own = await listCareerQuestions(ctx, w.careers.ds)
    expect(own.map((q) => q.text)).toEqual(['How do clinicians take your models?'])
    expect(plan.items[2]?.questionId).toBe(own[0]?.id)

    const [x, y, z] = plan.items.map((i) => i.id)
    if (!x || !y || !z) throw new Error('missing items')
    plan = await reorderPlan(ctx, conversation.id, { order: [z, x, y] })
    expect(plan.items.map((i) => i.id)).toEqual([z, x, y])
    await updatePlanItem(ctx, z, { position: 2 })
    expect((await getPlan(ctx, conversation.id)).items.map((i) => i.id)).toEqual([x, y, z])
    plan = await addPlanItems(ctx, conversation.id, {
      items: [{ text: 'Anything else?', topic: 'advice', saveToBank: false }],
      position: 0,
    })
    expect(plan.items[0]).toMatchObject({ text: 'Anything else?', questionId: null })
    plan = await removePlanItem(ctx, x)
    expect(plan.items.map((i) => i.position)).toEqual([0, 1, 2])
    expect(plan.items.map((i) => i.id)).not.toContain(x)

    const error = await reorderPlan(ctx, conversation.id, { order: [y] }).catch((e) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect(error.message).toMatch(/name all 3 items/)
    const missingTopic = await addPlanItems(ctx, conversation.id, {
      items: [{ text: 'What now?' }],
    }).catch((e) => e)
    expect(missingTopic.issues).toEqual([
      { path: 'items.0.topic', message: 'choose the topic of the new question' },
    ])
  })

  it('warns below the recommended fewest, above the most, and clearly above the limit for the promised length', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const bank = (await listQuestions(ctx)).items
    expect((await getPlan(ctx, conversation.id)).warnings).toEqual([
      { code: 'below-min', message: 'No questions planned yet; 5–10 are recommended.' },
    ])
    const add = (from: number, to: number) =>
      addPlanItems(ctx, conversation.id, {
        items: bank.slice(from, to).map((q) => ({ questionId: q.id })),
      })
    expect((await add(0, 3)).warnings[0]?.message).toBe(
      'Only 3 questions planned; 5–10 are recommended.',
    )
    expect((await add(3, 8)).warnings).toEqual([])
    expect((await add(8, 11)).warnings[0]).toMatchObject({ code: 'above-max' })
    const tooMany = await add(11, 13)
    expect(tooMany.counts.total).toBe(13)
    expect(tooMany.warnings).toEqual([
      {
        code: 'too-many',
        message:
          '13 questions are too many for a 30-minute conversation: keep it to 12 at most (5–10 recommended); what you do not ask carries over to the next conversation.',
      },
    ])
    await updateSettings(ctx, { questionsWarnAbove: 20 })
    expect((await getPlan(ctx, conversation.id)).warnings[0]?.code).toBe('above-max')
    const short = await w.meet('Hannah Schulz', ['mc'], 'scheduled', { durationMinutes: 20 })
    await updateSettings(ctx, { questionsWarnAbove: 2 })
    const plan = await addPlanItems(ctx, short.conversation.id, {
      items: bank.slice(0, 3).map((q) => ({ questionId: q.id })),
    })
    expect(plan.warnings[0]?.message).toMatch(
      /^3 questions are too many for a 20-minute conversation/,
    )
  })

  it('shows the etiquette guard’s problems on each item', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const plan = await addPlanItems(ctx, conversation.id, {
      items: [
        { text: 'Do you have any openings on your team?', topic: 'advice' },
        { text: 'What would you do in my place?', topic: 'advice' },
      ],
    })
    expect(plan.items[0]?.problems.map((p) => p.rule)).toEqual(['etiquette'])
    expect(plan.items[0]?.problems[0]?.message).toMatch(/bad impression/)
    expect(plan.items[1]?.problems).toEqual([])
  })

  it('saves answers idempotently, and a late replay never overwrites newer text', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const plan = await addPlanItems(ctx, conversation.id, {
      items: [{ text: 'What is a typical week?', topic: 'day-to-day' }],
    })
    const id = plan.items[0]?.id ?? ''
    const t = (s: number) => `2026-03-02T09:1${s}:00.000Z`
    const newest = await updatePlanItem(ctx, id, {
      answer: 'Mostly cleaning data, some modelling',
      updatedAt: t(3),
    })
    // Typing an answer marks a planned question asked.
    expect(newest).toMatchObject({
      state: 'asked',
      answer: 'Mostly cleaning data, some modelling',
      ignored: [],
    })
    // An older edit, replayed late: ignored.
    const late = await updatePlanItem(ctx, id, { answer: 'Mostly', updatedAt: t(1) })
    expect(late).toMatchObject({
      answer: 'Mostly cleaning data, some modelling',
      ignored: ['answer'],
    })
    // The same edit twice: no change.
    const again = await updatePlanItem(ctx, id, {
      answer: 'Mostly cleaning data, some modelling',
      updatedAt: t(3),
    })
    expect(again.answer).toBe('Mostly cleaning data, some modelling')
    // Fields are independent: an older answer edit does not block a newer skip.
    const skipped = await updatePlanItem(ctx, id, {
      state: 'skipped',
      answer: 'x',
      updatedAt: t(2),
    })
    expect(skipped).toMatchObject({ state: 'skipped', askedAt: null, ignored: ['answer'] })
    const asked = await updatePlanItem(ctx, id, { state: 'asked', updatedAt: t(4) })
    expect(asked.askedAt).toBe(t(4))
    expect((await updatePlanItem(ctx, id, { state: 'planned', updatedAt: t(3) })).state).toBe(
      'asked',
    )
    // An edit without a client time (the CLI) is now, and wins.
    expect((await updatePlanItem(ctx, id, { answer: 'From the CLI' })).answer).toBe('From the CLI')
  })

  it('keeps answers in the search index while they have text', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const plan = await addPlanItems(ctx, conversation.id, {
      items: [{ text: 'What surprised you?', topic: 'likes' }],
    })
    const id = plan.items[0]?.id ?? ''
    await updatePlanItem(ctx, id, { answer: 'How much time goes into readmission dashboards' })
    const hits = await search(ctx, { q: 'readmission', kinds: ['answer'] })
    expect(hits.map((r) => r.id)).toEqual([id])
    await updatePlanItem(ctx, id, { answer: '' })
    expect(await search(ctx, { q: 'readmission', kinds: ['answer'] })).toEqual([])
    await updatePlanItem(ctx, id, { answer: 'Readmission again' })
    await removePlanItem(ctx, id)
    expect(await search(ctx, { q: 'readmission', kinds: ['answer'] })).toEqual([])
  })
})
