import { expect, it } from 'vitest'
import { conversationWorld } from '../../../test/conversation-world.ts'
import { describeEngines } from '../../../test/engines.ts'
import { addPlanItems, getPlan } from '../../core/plans/service.ts'
import { up } from './0015-answered-means-asked.ts'

describeEngines('migration 0015: answered questions are asked', (h) => {
  it('marks answered questions that read planned or skipped as asked, and leaves the rest', async () => {
    const ctx = await h.newCtx()
    const w = await conversationWorld(ctx)
    const { conversation } = await w.meet('Amara Okafor', ['ds'], 'met')
    const plan = await addPlanItems(ctx, conversation.id, {
      items: ['One?', 'Two?', 'Three?', 'Four?'].map((text) => ({ text, topic: 'advice' })),
    })
    const rows: Array<[string, string]> = [
      ['planned', 'Answered, then Asked was tapped'],
      ['skipped', 'Answered, then skipped'],
      ['planned', ''],
      ['skipped', '   '],
    ]
    for (const [index, [state, answer]] of rows.entries()) {
      await ctx.db
        .updateTable('plan_items')
        .set({ state, answer, asked_at: null, updated_at: '2026-02-01T10:20:00.000Z' })
        .where('id', '=', plan.items[index]?.id ?? '')
        .execute()
    }
    await up(ctx.db, h.engine)
    const items = (await getPlan(ctx, conversation.id)).items
    expect(items.map((i) => [i.state, i.askedAt])).toEqual([
      ['asked', '2026-02-01T10:20:00.000Z'],
      ['asked', '2026-02-01T10:20:00.000Z'],
      ['planned', null],
      ['skipped', null],
    ])
  })
})
