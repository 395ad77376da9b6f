import fc from 'fast-check'
import { expect, it } from 'vitest'
import { conversationWorld, plannedConversation } from '../../../test/conversation-world.ts'
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
    const { plan } = await plannedConversation(ctx, [
      { text: 'Do you have any openings on your team?', topic: 'advice' },
      { text: 'What would you do in my place?', topic: 'advice' },
    ])
    expect(plan.items[0]?.problems.map((p) => p.rule)).toEqual(['etiquette'])
    expect(plan.items[0]?.problems[0]?.message).toMatch(/bad impression/)
    expect(plan.items[1]?.problems).toEqual([])
  })

  it('saves answers idempotently, and a late replay never overwrites newer text', async () => {
    const ctx = await h.newCtx()
    const { conversation, plan } = await plannedConversation(ctx, [
      { text: 'What is a typical week?', topic: 'day-to-day' },
    ])
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
    // A skip older than the answer that stands is beaten by it: an answered question was asked.
    const skipped = await updatePlanItem(ctx, id, {
      state: 'skipped',
      answer: 'x',
      updatedAt: t(2),
    })
    expect(skipped).toMatchObject({ state: 'asked', ignored: ['answer', 'state'] })
    // Fields are independent: once the answer is cleared, a newer skip holds.
    await updatePlanItem(ctx, id, { answer: '', state: 'skipped', updatedAt: t(3) })
    expect((await getPlan(ctx, conversation.id)).items[0]).toMatchObject({
      state: 'skipped',
      askedAt: null,
    })
    const asked = await updatePlanItem(ctx, id, { state: 'asked', updatedAt: t(4) })
    expect(asked.askedAt).toBe(t(4))
    expect((await updatePlanItem(ctx, id, { state: 'planned', updatedAt: t(3) })).state).toBe(
      'asked',
    )
    // An edit without a client time (the CLI) is now, and wins.
    expect((await updatePlanItem(ctx, id, { answer: 'From the CLI' })).answer).toBe('From the CLI')
  })

  it('keeps a question with an answer asked, whatever the order of the clicks and the replays', async () => {
    const ctx = await h.newCtx()
    const { conversation, plan } = await plannedConversation(ctx, [
      { text: 'What is a typical week?', topic: 'day-to-day' },
      { text: 'What do you like most?', topic: 'likes' },
      { text: 'What would you change?', topic: 'dislikes' },
    ])
    const [a, b, c] = plan.items.map((i) => i.id)
    if (!a || !b || !c) throw new Error('missing items')
    const t = (s: number) => `2026-03-02T09:1${s}:00.000Z`
    // Meeting mode, as the old page sent it: the answer (which marks it asked), then a
    // toggle of Asked that meant "yes, asked" but said "planned".
    await updatePlanItem(ctx, a, { state: 'asked', updatedAt: t(1) })
    await updatePlanItem(ctx, a, { answer: 'Mostly cleaning data', updatedAt: t(1) })
    const toggled = await updatePlanItem(ctx, a, { state: 'planned', updatedAt: t(2) }).catch(
      (e) => e,
    )
    expect(toggled).toBeInstanceOf(ValidationError)
    expect(toggled.issues[0]).toMatchObject({ path: 'state' })
    expect(toggled.message).toMatch(
      /has an answer, so it was asked; to mark it not asked, clear its answer.*answer: ""/,
    )
    // The same edits, arriving in the other order: the newer click is still refused.
    await updatePlanItem(ctx, b, { state: 'planned', updatedAt: t(2) })
    await updatePlanItem(ctx, b, { answer: 'Real data', updatedAt: t(3) })
    await updatePlanItem(ctx, b, { state: 'asked', updatedAt: t(1) })
    // A skip made before the answer, replayed after it: the answer wins, the skip is ignored.
    await updatePlanItem(ctx, c, { answer: 'The reporting', updatedAt: t(3) })
    const lateSkip = await updatePlanItem(ctx, c, { state: 'skipped', updatedAt: t(2) })
    expect(lateSkip).toMatchObject({ state: 'asked', answer: 'The reporting', ignored: ['state'] })
    let after = await getPlan(ctx, conversation.id)
    expect(after.items.map((i) => [i.state, i.answer])).toEqual([
      ['asked', 'Mostly cleaning data'],
      ['asked', 'Real data'],
      ['asked', 'The reporting'],
    ])
    expect(after.counts).toMatchObject({ asked: 3, planned: 0, skipped: 0 })
    // Un-asking on purpose clears the answer in the same edit, in either field order.
    await updatePlanItem(ctx, a, { state: 'planned', answer: '', updatedAt: t(4) })
    // Or as two edits of the same moment, the answer first (the page's queue sends them so).
    await updatePlanItem(ctx, b, { answer: '', updatedAt: t(4) })
    await updatePlanItem(ctx, b, { state: 'skipped', updatedAt: t(4) })
    after = await getPlan(ctx, conversation.id)
    expect(after.items.map((i) => [i.state, i.answer, i.askedAt])).toEqual([
      ['planned', '', null],
      ['skipped', '', null],
      ['asked', 'The reporting', t(3)],
    ])
    // Writing an answer to a skipped question asks it, too.
    expect((await updatePlanItem(ctx, b, { answer: 'After all', updatedAt: t(5) })).state).toBe(
      'asked',
    )
  })

  it('never leaves an answer on a question that is not asked, for any order of edits (property)', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'])
    const edit = fc.record(
      {
        state: fc.constantFrom('planned', 'asked', 'skipped'),
        answer: fc.constantFrom('', 'Real data', 'Mostly cleaning'),
        minute: fc.integer({ min: 0, max: 9 }),
      },
      { requiredKeys: ['minute'] },
    )
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), async (edits) => {
        const plan = await addPlanItems(ctx, conversation.id, {
          items: [{ text: 'What is a typical week?', topic: 'day-to-day', saveToBank: false }],
        })
        const id = plan.items.at(-1)?.id ?? ''
        const accepted: typeof edits = []
        for (const { minute, ...fields } of edits) {
          const updatedAt = `2026-03-02T09:0${minute}:00.000Z`
          const saved = await updatePlanItem(ctx, id, { ...fields, updatedAt }).catch((error) => {
            // Only an edit that contradicts itself or a standing answer is refused.
            if (!(error instanceof ValidationError)) throw error
            expect(error.issues[0]?.path).toBe('state')
            return null
          })
          if (saved) accepted.push({ minute, ...fields })
        }
        const item = (await getPlan(ctx, conversation.id)).items.find((i) => i.id === id)
        if (item?.answer.trim()) expect(item.state).toBe('asked')
        // The answer is the newest one accepted (ties: the later arrival), never lost.
        const answers = accepted.filter((e) => e.answer !== undefined)
        const newest = Math.max(...answers.map((e) => e.minute))
        if (answers.length > 0)
          expect(answers.filter((e) => e.minute === newest).map((e) => e.answer)).toContain(
            item?.answer,
          )
      }),
      { numRuns: 30 },
    )
  })

  it('keeps answers in the search index while they have text', async () => {
    const ctx = await h.newCtx()
    const { plan } = await plannedConversation(ctx, [
      { text: 'What surprised you?', topic: 'likes' },
    ])
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
