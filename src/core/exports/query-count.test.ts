import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { countQueries } from '../../../test/query-count.ts'
import { exportBackup } from '../backup/export-json.ts'
import { sampleExplorer } from '../backup/sample-explorer.ts'
import type { Ctx } from '../context.ts'
import { createConversation } from '../conversations/service.ts'
import { updateMeeting } from '../meetings/service.ts'
import { createPerson } from '../people/service.ts'
import { addPlanItems, updatePlanItem } from '../plans/service.ts'
import { saveReflection } from '../reflections/service.ts'
import { exportCsv, exportMarkdown, exportVcard } from './service.ts'

/** `count` more held conversations, each with a plan, answers, meeting notes, a reflection and a referral. */
async function moreConversations(ctx: Ctx, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    const person = await createPerson(ctx, { name: `Person ${i}`, title: 'Analyst' })
    await createPerson(ctx, { name: `Referral ${i}`, referredById: person.id })
    const chat = await createConversation(ctx, {
      personId: person.id,
      status: 'met',
      scheduledAt: `2026-02-${String(i + 1).padStart(2, '0')}T10:00`,
      timeZone: 'Europe/Berlin',
      notes: `Notes ${i}`,
    })
    const plan = await addPlanItems(ctx, chat.id, {
      items: [
        { text: `Question ${i}?`, topic: 'advice', saveToBank: false },
        { text: 'What surprised you?', topic: 'likes', saveToBank: false },
      ],
    })
    const [first] = plan.items
    if (first) await updatePlanItem(ctx, first.id, { answer: `Answer ${i}` })
    await updateMeeting(ctx, chat.id, { researchNotes: 'Read up', freeNotes: `Met ${i}` })
    await saveReflection(ctx, chat.id, {
      takeaways: `Takeaway ${i}`,
      fitRating: 3,
      pay: [{ low: 50_000, currency: 'EUR' }],
      questions: [`Ask about ${i}`],
    })
  }
}

const exports: Record<string, (ctx: Ctx) => Promise<unknown>> = {
  markdown: exportMarkdown,
  csv: exportCsv,
  vcard: exportVcard,
  json: exportBackup,
}

describeEngines('export query count', (h) => {
  it('reads in the same few queries for 2 conversations as for 14, in every format', async () => {
    const small = await h.newCtx()
    await sampleExplorer(small)
    const large = await h.newCtx()
    await sampleExplorer(large)
    await moreConversations(large, 12)
    for (const [format, run] of Object.entries(exports)) {
      const few = await countQueries(small, run)
      const many = await countQueries(large, run)
      expect({ format, queries: many.count.queries }).toEqual({
        format,
        queries: few.count.queries,
      })
      expect(many.count.queries, format).toBeLessThanOrEqual(30)
    }
  })
})
