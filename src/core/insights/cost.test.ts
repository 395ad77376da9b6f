import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { countQueries } from '../../../test/query-count.ts'
import { generateDemo } from '../../demo/generate.ts'
import { listCareers } from '../careers/service.ts'
import { createConversation, updateConversation } from '../conversations/service.ts'
import { listPeople } from '../people/service.ts'
import { compareCareers, getCareerBoard } from './service.ts'

// Every statement is a round trip to PostgreSQL, paid on every page view:
// the board reads its careers once, its settings once and its evidence in one go.
const boardStatements = 8

describeEngines('the career board costs a fixed number of statements', (h) => {
  it(`answers in at most ${boardStatements} statements whatever the number of conversations`, async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const [career] = (await listCareers(ctx)).items
    if (!career) throw new Error('the demo has no career')
    const before = await countQueries(ctx, (c) => getCareerBoard(c, career.id))
    expect(before.count.queries).toBeLessThanOrEqual(boardStatements)
    const people = (await listPeople(ctx, { limit: 10 })).items
    for (const person of people) {
      const chat = await createConversation(ctx, {
        personId: person.id,
        careerIds: [career.id],
        status: 'scheduled',
        scheduledAt: '2026-03-09T10:00',
      })
      await updateConversation(ctx, chat.id, { status: 'met' })
    }
    const after = await countQueries(ctx, (c) => getCareerBoard(c, career.id))
    expect(after.count.queries).toBe(before.count.queries)
    expect(after.result.coverage.people).toBeGreaterThan(before.result.coverage.people)
    // Compare reads the same evidence once for every career.
    const compared = await countQueries(ctx, (c) => compareCareers(c))
    expect(compared.count.queries).toBeLessThanOrEqual(boardStatements)
  })
})
