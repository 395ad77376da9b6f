import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { listConversations } from '../core/conversations/service.ts'
import { getMeeting } from '../core/meetings/service.ts'
import { getPlan } from '../core/plans/service.ts'
import { search } from '../core/search/service.ts'
import { generateDemo } from './generate.ts'

describeEngines('demo plans and meetings', (h) => {
  it('fills every held conversation with answers and a recorded meeting, and prepares the ones ahead', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const { items } = await listConversations(ctx, {}, { all: true })
    const held = items.filter((c) => c.status === 'met' || c.status === 'thanked')
    expect(held.length).toBeGreaterThanOrEqual(9)
    for (const conversation of held) {
      const [plan, meeting] = await Promise.all([
        getPlan(ctx, conversation.id),
        getMeeting(ctx, conversation.id),
      ])
      expect(plan.counts.asked, conversation.person).toBeGreaterThanOrEqual(5)
      expect(plan.items.filter((i) => i.state === 'asked').every((i) => i.answer.trim())).toBe(true)
      expect(meeting.state, conversation.person).toBe('ended')
      expect(Math.abs(meeting.overrunMinutes ?? 99)).toBeLessThanOrEqual(8)
    }
    // Several people per career answer the same topic, in different words.
    const dataScience = held.filter((c) => c.careers.includes('Data scientist'))
    expect(dataScience.length).toBeGreaterThanOrEqual(3)
    const split = await Promise.all(
      dataScience.map(
        async (c) =>
          (await getPlan(ctx, c.id)).items.find((i) => i.topic === 'compensation')?.answer,
      ),
    )
    expect(new Set(split.filter(Boolean)).size).toBe(dataScience.length)

    const sofia = items.find((c) => c.person === 'Sofía Ramírez')
    if (!sofia) throw new Error('no Sofía')
    const ahead = await getPlan(ctx, sofia.id)
    expect(ahead.items[0]?.text).toBe(
      'Would you recommend more schooling before moving into this field, or learning on the way?',
    )
    expect((await getMeeting(ctx, sofia.id)).researchNotes).toMatch(/Mateo/)
    expect(
      (await search(ctx, { q: 'readmission', kinds: ['meeting', 'answer'] })).length,
    ).toBeGreaterThan(0)
    expect((await search(ctx, { q: 'catastrophe modelling', kinds: ['answer'] })).length).toBe(1)
  })
})
