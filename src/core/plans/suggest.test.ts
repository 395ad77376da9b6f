import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import type { Ctx } from '../context.ts'
import { createQuestion, listQuestions, updateQuestion } from '../questions/service.ts'
import { addPlanItems, getPlan, updatePlanItem } from './service.ts'
import { suggestPlan } from './suggest.ts'

/** Plans `texts` (bank questions by id, or new texts) and marks each as told: asked with an answer, asked, skipped or planned. */
async function held(
  ctx: Ctx,
  conversationId: string,
  entries: Array<{
    questionId?: string
    text?: string
    state: 'asked' | 'skipped' | 'planned'
    answer?: string
  }>,
) {
  const plan = await addPlanItems(ctx, conversationId, {
    items: entries.map((e) =>
      e.questionId
        ? { questionId: e.questionId }
        : { text: e.text, topic: 'advice', saveToBank: false },
    ),
  })
  for (const [index, entry] of entries.entries()) {
    const item = plan.items[index]
    if (!item) throw new Error('missing item')
    await updatePlanItem(ctx, item.id, { state: entry.state, answer: entry.answer ?? '' })
  }
}

async function bankByTopic(ctx: Ctx, topic: string, specificity?: 'general' | 'specific') {
  return (await listQuestions(ctx, { topic, specificity, general: 'true' })).items
}

describeEngines('suggested plans', (h) => {
  it('carries over what earlier met conversations of the career left unasked, never what was asked', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const [path1, path2, path3] = await bankByTopic(ctx, 'path')
    const [day1, day2] = await bankByTopic(ctx, 'day-to-day')
    if (!path1 || !path2 || !path3 || !day1 || !day2) throw new Error('seed bank too small')
    const amara = await w.meet('Amara Okafor', ['ds'], 'thanked')
    await held(ctx, amara.conversation.id, [
      { questionId: path1.id, state: 'asked', answer: 'Postdoc, then a bootcamp.' },
      { questionId: path2.id, state: 'planned' },
      { questionId: path3.id, state: 'skipped' },
      { text: 'How do you pick problems?', state: 'planned' },
    ])
    // Asked with Li: no longer carried over from Amara's conversation.
    const li = await w.meet('Li Wei', ['ds'], 'met')
    await held(ctx, li.conversation.id, [
      { questionId: path3.id, state: 'asked', answer: 'Actuarial exams.' },
    ])
    // Not met yet, or another career: nothing carries over from them.
    const sofia = await w.meet('Sofía Ramírez', ['ds'], 'scheduled')
    await held(ctx, sofia.conversation.id, [{ questionId: day1.id, state: 'planned' }])
    const hannah = await w.meet('Hannah Schulz', ['mc'], 'met')
    await held(ctx, hannah.conversation.id, [{ questionId: day2.id, state: 'planned' }])

    const next = await w.meet('Jonas Becker', ['ds'])
    const { suggestions } = await suggestPlan(ctx, next.conversation.id, { count: 30 })
    const carried = suggestions.filter((s) => s.reason === 'carried-over')
    expect(carried.map((s) => s.text)).toEqual([path2.text, 'How do you pick problems?'])
    expect(carried[0]).toMatchObject({
      questionId: path2.id,
      fromConversationId: amara.conversation.id,
      because: 'Not asked in your conversation with Amara Okafor',
    })
    expect(suggestions.slice(0, 2).map((s) => s.reason)).toEqual(['carried-over', 'carried-over'])
    const texts = suggestions.map((s) => s.text)
    expect(texts).not.toContain(path1.text)
    expect(texts).not.toContain(path3.text)
    expect(new Set(texts).size).toBe(texts.length)
    // Sofía's and Hannah's planned questions come only as ordinary bank suggestions, if at all.
    expect(suggestions.find((s) => s.text === day1.text)?.reason).not.toBe('carried-over')
    expect(suggestions.find((s) => s.text === day2.text)?.reason).not.toBe('carried-over')
  })

  it('then the questions raised in the career’s reflections, then the topics nobody has answered', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const amara = await w.meet('Amara Okafor', ['ds'], 'met')
    const [path1] = await bankByTopic(ctx, 'path', 'general')
    const [money1] = await bankByTopic(ctx, 'compensation', 'general')
    const [hours1] = await bankByTopic(ctx, 'hours', 'general')
    if (!path1 || !money1 || !hours1) throw new Error('seed bank too small')
    await held(ctx, amara.conversation.id, [
      { questionId: path1.id, state: 'asked', answer: 'Through an internship.' },
      { questionId: money1.id, state: 'asked', answer: 'Around 70k to start.' },
      // Asked, but nothing written down: still a gap.
      { questionId: hours1.id, state: 'asked', answer: '' },
    ])
    const raised = await createQuestion(ctx, {
      text: 'How do clinicians react when a model disagrees with them?',
      topic: 'day-to-day',
      origin: 'reflection',
      raisedInConversationId: amara.conversation.id,
    })
    const hannah = await w.meet('Hannah Schulz', ['mc'], 'met')
    await createQuestion(ctx, {
      text: 'How many nights a week are you at the client?',
      topic: 'hours',
      origin: 'reflection',
      raisedInConversationId: hannah.conversation.id,
    })

    const next = await w.meet('Jonas Becker', ['ds'])
    const { suggestions } = await suggestPlan(ctx, next.conversation.id, { count: 12 })
    expect(suggestions[0]).toMatchObject({
      questionId: raised.id,
      reason: 'reflection',
      because: 'Raised in your reflection on Amara Okafor',
    })
    expect(suggestions.map((s) => s.text)).not.toContain(
      'How many nights a week are you at the client?',
    )
    const gaps = suggestions.filter((s) => s.reason === 'gap')
    // day-to-day is covered by the reflection question; path and compensation were answered.
    expect(gaps.map((s) => s.topic)).toEqual([
      'likes',
      'dislikes',
      'hours',
      'skills-training',
      'industry-trends',
      'advice',
      'resources-referrals',
    ])
    expect(gaps[0]?.because).toBe('Nobody in Data scientist has answered “Likes” yet')
    expect(gaps.every((s) => s.specificity === 'general')).toBe(true)
    expect(suggestions.map((s) => s.questionId)).not.toContain(hours1.id)
  })

  it('moves to more specific questions once the general ones were asked in the career, and prefers the career’s own', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const amara = await w.meet('Amara Okafor', ['ds'], 'met')
    const generalPath = await bankByTopic(ctx, 'path', 'general')
    const specificPath = await bankByTopic(ctx, 'path', 'specific')
    expect(specificPath.length).toBeGreaterThan(0)
    await held(
      ctx,
      amara.conversation.id,
      generalPath.map((q) => ({ questionId: q.id, state: 'asked' as const, answer: 'Told me.' })),
    )
    const own = await createQuestion(ctx, {
      text: 'Which of your models reached production last year?',
      topic: 'skills-training',
      careerId: w.careers.ds,
    })
    const next = await w.meet('Jonas Becker', ['ds'])
    const { suggestions } = await suggestPlan(ctx, next.conversation.id, { count: 40 })
    const path = suggestions.filter((s) => s.topic === 'path')
    expect(path.length).toBeGreaterThan(0)
    expect(path.every((s) => s.specificity === 'specific')).toBe(true)
    expect(path[0]?.because).toMatch(/^More specific: general “Path into the role” questions/)
    // The career's own question fills its topic's gap before any bank question.
    expect(suggestions.find((s) => s.topic === 'skills-training')?.questionId).toBe(own.id)
    // Another career never hears this career's question.
    const hannah = await w.meet('Hannah Schulz', ['mc'])
    const forHannah = await suggestPlan(ctx, hannah.conversation.id, { count: 50 })
    expect(forHannah.suggestions.map((s) => s.questionId)).not.toContain(own.id)
    // Before anything is asked, general questions come first.
    expect(forHannah.suggestions.find((s) => s.topic === 'path')?.specificity).toBe('general')
  })

  it('fills the plan up to the recommended most, one topic at a time, without retired or planned questions', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', [])
    const [first] = await bankByTopic(ctx, 'path', 'general')
    const [retired] = await bankByTopic(ctx, 'likes', 'general')
    if (!first || !retired) throw new Error('seed bank too small')
    await updateQuestion(ctx, retired.id, { retired: true })
    await addPlanItems(ctx, conversation.id, { items: [{ questionId: first.id }] })
    const { suggestions, plan } = await suggestPlan(ctx, conversation.id)
    expect(suggestions).toHaveLength(9)
    expect(plan.items).toHaveLength(1)
    expect(new Set(suggestions.map((s) => s.topic)).size).toBe(9)
    expect(suggestions.map((s) => s.questionId)).not.toContain(first.id)
    expect(suggestions.map((s) => s.questionId)).not.toContain(retired.id)
    expect(suggestions.every((s) => s.reason === 'bank')).toBe(true)

    const applied = await suggestPlan(ctx, conversation.id, { apply: true })
    expect(applied.plan.items.map((i) => i.text)).toEqual([
      first.text,
      ...applied.suggestions.map((s) => s.text),
    ])
    expect((await getPlan(ctx, conversation.id)).warnings).toEqual([])
    expect((await suggestPlan(ctx, conversation.id)).suggestions).toEqual([])
  })
})
