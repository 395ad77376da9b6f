import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { finishDraft } from '../../../test/finish-draft.ts'
import { at } from '../../../test/ticking-clock.ts'
import { createCareer } from '../careers/service.ts'
import { createConversation } from '../conversations/service.ts'
import { suggestNext } from '../insights/service.ts'
import { endMeeting, startMeeting } from '../meetings/service.ts'
import { recordReply } from '../outreach/replies.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft } from '../outreach/service.ts'
import { createQuestion, listCareerQuestions } from '../questions/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { asksForReferrals } from '../rules/referral-ask-text.ts'
import { addPlanItems, updatePlanItem } from './service.ts'
import { suggestPlan } from './suggest.ts'

const flagged = [
  'Is your team hiring data scientists?',
  'Do you have any openings on your team?',
  'Could you pass my CV to your manager?',
]

describeEngines('suggestions follow the rules they teach', (h) => {
  it('never suggests a question the etiquette guard flags, wherever it comes from', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    // A question of the career, a question carried over, a question a reflection raised.
    await createQuestion(ctx, { text: flagged[0], topic: 'advice', careerId: w.careers.ds })
    const amara = await w.meet('Amara Okafor', ['ds'], 'met')
    await addPlanItems(ctx, amara.conversation.id, {
      items: [{ text: flagged[1], topic: 'advice', saveToBank: false }],
    })
    await saveReflection(ctx, amara.conversation.id, { questions: [flagged[2] ?? ''] })

    const next = await w.meet('Jonas Becker', ['ds'])
    const { suggestions } = await suggestPlan(ctx, next.conversation.id, { count: 50 })
    expect(suggestions.length).toBeGreaterThan(20)
    expect(suggestions.filter((s) => s.problems.length > 0)).toEqual([])
    expect(suggestions.map((s) => s.text)).not.toEqual(expect.arrayContaining([flagged[0]]))
    for (const text of flagged) expect(suggestions.map((s) => s.text)).not.toContain(text)
    // The board's "Next conversation" and the careers' suggestions.
    for (const suggestion of [
      ...(await suggestNext(ctx, w.careers.ds)),
      ...(await suggestNext(ctx)),
    ]) {
      for (const text of flagged)
        expect(suggestion.questions.map((q) => q.text)).not.toContain(text)
      expect(suggestion.hints.join(' ')).not.toMatch(/hiring|openings|CV/)
    }
  })

  it('names each question once on the board, though a reflection filed it under a focus area too', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const health = await createCareer(ctx, { name: 'ML in healthcare', parentId: w.careers.ds })
    const { conversation } = await w.meet('Amara Okafor', ['ds'], 'met', {
      careerIds: [w.careers.ds, health.id],
    })
    const question = 'How do clinicians review a model before it is used on a ward?'
    await saveReflection(ctx, conversation.id, { questions: [question] })
    const texts = async () =>
      ((await suggestNext(ctx, w.careers.ds))[0]?.questions ?? []).map((q) => q.text)
    expect((await texts()).filter((t) => t === question)).toHaveLength(1)
    // Asked under the focus area's copy: asked for the career too.
    const [raised] = (await listCareerQuestions(ctx, health.id)).filter((q) => q.text === question)
    const next = await w.meet('Jonas Becker', ['ds'], 'met', { careerIds: [health.id] })
    const plan = await addPlanItems(ctx, next.conversation.id, {
      items: [{ questionId: raised?.id ?? '' }],
    })
    await updatePlanItem(ctx, plan.items[0]?.id ?? '', { answer: 'Two reviewers sign off.' })
    expect(await texts()).not.toContain(question)
  })

  it('keeps "who else should I talk to?" out of a first plan, as the referral-ask advice says', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation, person } = await w.meet('Amara Okafor', ['ds'])
    const first = await suggestPlan(ctx, conversation.id, { count: 50, apply: true })
    const asks = (texts: string[]) => texts.filter((t) => asksForReferrals(t))
    expect(asks(first.suggestions.map((s) => s.text))).toEqual([])
    expect(asks(first.plan.items.map((i) => i.text))).toEqual([])
    // The topic itself still gets a question: reading, communities, events.
    expect(first.suggestions.some((s) => s.topic === 'resources-referrals')).toBe(true)
    expect(first.suggestions.map((s) => s.text)).not.toContain(
      'Who sees this field quite differently from you and would be worth hearing from?',
    )

    // A booster (answered within a day), met more than a week ago: now it is advised.
    const draft = await createDraft(at(ctx, '2026-02-02T09:00:00Z'), {
      kind: 'outreach',
      personId: person.id,
    })
    await finishDraft(at(ctx, '2026-02-02T09:00:00Z'), draft)
    await markSent(at(ctx, '2026-02-02T09:00:00Z'), draft.id, { channel: 'copy' })
    await recordReply(at(ctx, '2026-02-03T09:00:00Z'), { personId: person.id })
    await startMeeting(ctx, conversation.id, { at: '2026-02-10T10:00:00Z' })
    await endMeeting(ctx, conversation.id, { at: '2026-02-10T10:30:00Z' })
    for (const item of first.plan.items) {
      await updatePlanItem(ctx, item.id, { state: 'asked', answer: 'Noted.' })
    }
    const again = await createConversation(ctx, {
      personId: person.id,
      status: 'scheduled',
      scheduledAt: '2026-03-03T10:00:00Z',
    })
    const second = await suggestPlan(ctx, again.id, { count: 50 })
    expect(asks(second.suggestions.map((s) => s.text))).toEqual([
      'Who else would you suggest I talk to?',
      'Who sees this field quite differently from you and would be worth hearing from?',
    ])
  })
})
