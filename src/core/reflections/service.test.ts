import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { invalidFields } from '../../../test/validation.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { createConversation } from '../conversations/service.ts'
import { NotFoundError } from '../errors.ts'
import { suggestNext } from '../insights/service.ts'
import { createPerson, getPerson, listPeople } from '../people/service.ts'
import { search } from '../search/service.ts'
import { updateSettings } from '../settings/service.ts'
import { reflectionsDue } from './due.ts'
import { createNextPerson } from './next-people.ts'
import { deleteReflection, getReflection, saveReflection } from './service.ts'

async function metConversation(ctx: Ctx, name = 'Amara Okafor', careerIds?: string[]) {
  const person = await createPerson(ctx, { name, careerIds })
  return createConversation(ctx, {
    personId: person.id,
    status: 'met',
    scheduledAt: '2026-03-02T08:00:00Z',
    timeZone: 'Europe/Berlin',
  })
}

describeEngines('reflections', (h) => {
  it('starts empty, saves field by field and keeps what was not sent', async () => {
    const ctx = await h.newCtx()
    const chat = await metConversation(ctx)
    const empty = await getReflection(ctx, chat.id)
    expect(empty.exists).toBe(false)
    expect(empty.person).toBe('Amara Okafor')
    await saveReflection(ctx, chat.id, { takeaways: 'Cleaning data is most of it' })
    await saveReflection(ctx, chat.id, {
      fitRating: 4,
      pros: ['Real data', 'real  DATA', 'Impact'],
    })
    const saved = await getReflection(ctx, chat.id)
    expect(saved.exists).toBe(true)
    expect(saved.takeaways).toBe('Cleaning data is most of it')
    expect(saved.fitRating).toBe(4)
    expect(saved.pros).toEqual(['Real data', 'Impact'])
    await saveReflection(ctx, chat.id, { fitRating: null })
    expect((await getReflection(ctx, chat.id)).fitRating).toBeNull()
  })

  it('is due the day of the meeting and done once completed', async () => {
    const ctx = await h.newCtx('2026-03-02T23:30:00Z')
    await updateSettings(ctx, { reflectionDeadline: '22:00', timeZone: 'Europe/Berlin' })
    const chat = await metConversation(ctx)
    const before = await getReflection(ctx, chat.id)
    // 22:00 in Berlin (the explorer's zone, as on Today) on 2 March is 21:00 UTC.
    expect(before.dueBy).toBe('2026-03-02T21:00:00.000Z')
    expect(before.overdue).toBe(true)
    expect((await reflectionsDue(ctx)).map((r) => r.conversationId)).toEqual([chat.id])
    const done = await saveReflection(ctx, chat.id, { completed: true })
    expect(done.completedAt).toBe('2026-03-02T23:30:00.000Z')
    expect(done.overdue).toBe(false)
    expect(await reflectionsDue(ctx)).toEqual([])
    const reopened = await saveReflection(ctx, chat.id, { completed: false })
    expect(reopened.completedAt).toBeNull()
  })

  it('validates pay heard and names the failing line and field', async () => {
    const ctx = await h.newCtx()
    const chat = await metConversation(ctx)
    const paths = await invalidFields(
      saveReflection(ctx, chat.id, {
        pay: [
          { low: 60000, high: 75000, currency: 'EUR' },
          { low: 80000, high: 70000, currency: 'eur', period: 'year' },
          { low: 5000, currency: 'EURO', period: 'month', year: 1989 },
          { currency: 'USD', period: 'fortnight' },
        ],
      }),
    )
    expect(paths.sort()).toEqual(['pay.1.high', 'pay.2.currency', 'pay.2.year', 'pay.3.period'])
    expect((await getReflection(ctx, chat.id)).pay).toEqual([])
  })

  it('keeps pay lines with their yearly figure where the period allows one', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const chat = await metConversation(ctx, 'Amara', [ds.id])
    const saved = await saveReflection(ctx, chat.id, {
      pay: [
        { low: 5000, high: 6000, currency: 'eur', period: 'month', level: 'junior', year: 2026 },
        { low: 700, high: 900, currency: 'EUR', period: 'day', location: 'Berlin' },
      ],
    })
    expect(saved.pay.map((p) => [p.currency, p.yearlyLow, p.yearlyHigh, p.careerId])).toEqual([
      ['EUR', 60000, 72000, ds.id],
      ['EUR', null, null, ds.id],
    ])
    // Saving the ledger again replaces it rather than adding to it.
    const again = await saveReflection(ctx, chat.id, { pay: [{ high: 90000, currency: 'USD' }] })
    expect(again.pay.map((p) => [p.low, p.high, p.period])).toEqual([[null, 90000, 'year']])
  })

  it("turns new questions into specific questions of the conversation's careers, once", async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const health = await createCareer(ctx, { name: 'ML in healthcare', parentId: ds.id })
    const chat = await metConversation(ctx, 'Amara', [ds.id, health.id])
    const questions = ['How do clinicians review a model?', 'What does a junior earn in Munich?']
    await saveReflection(ctx, chat.id, { questions })
    const saved = await saveReflection(ctx, chat.id, { questions })
    expect(saved.questions.map((q) => [q.text, q.topic, q.careerIds.sort()])).toEqual([
      ['How do clinicians review a model?', 'day-to-day', [ds.id, health.id].sort()],
      ['What does a junior earn in Munich?', 'compensation', [ds.id, health.id].sort()],
    ])
    const rows = await ctx.db
      .selectFrom('questions')
      .select(['origin', 'raised_in_conversation_id', 'specificity'])
      .where('owner_id', '=', ctx.ownerId)
      .execute()
    expect(rows).toHaveLength(4)
    expect(
      rows.every((r) => r.origin === 'reflection' && r.raised_in_conversation_id === chat.id),
    ).toBe(true)
    const [next] = await suggestNext(ctx, health.id)
    expect(next?.questions.map((q) => q.text)).toContain('What does a junior earn in Munich?')
    const trimmed = await saveReflection(ctx, chat.id, { questions: [questions[1] ?? ''] })
    expect(trimmed.questions.map((q) => q.text)).toEqual(['What does a junior earn in Munich?'])
  })

  it('creates a next person as referred by the one met, in the same careers', async () => {
    const ctx = await h.newCtx()
    const ds = await createCareer(ctx, { name: 'Data scientist' })
    const chat = await metConversation(ctx, 'Amara Okafor', [ds.id])
    await saveReflection(ctx, chat.id, {
      nextPeople: [{ name: 'Jonas Becker', note: 'engineering side' }, { name: 'Li Wei' }],
    })
    const { reflection, personId } = await createNextPerson(ctx, chat.id, { index: 0 })
    const jonas = await getPerson(ctx, personId)
    expect(jonas.referredBy).toBe('Amara Okafor')
    expect(jonas.connection).toBe('referral')
    expect(jonas.careerIds).toEqual([ds.id])
    expect(reflection.nextPeople[0]?.personId).toBe(personId)
    await expect(createNextPerson(ctx, chat.id, { index: 0 })).rejects.toThrow(/already added/)
    await expect(createNextPerson(ctx, chat.id, { index: 5 })).rejects.toThrow(
      /index: the reflection lists 2/,
    )
    expect((await listPeople(ctx)).total).toBe(2)
  })

  it('refuses a conversation that has not happened, and another explorer', async () => {
    const ctx = await h.newCtx()
    const person = await createPerson(ctx, { name: 'Li Wei' })
    const requested = await createConversation(ctx, { personId: person.id, status: 'requested' })
    await expect(saveReflection(ctx, requested.id, { takeaways: 'x' })).rejects.toThrow(
      /conversationId: the conversation with Li Wei is requested/,
    )
    const chat = await metConversation(ctx)
    const other = await h.newCtx()
    await expect(getReflection(other, chat.id)).rejects.toBeInstanceOf(NotFoundError)
    await expect(saveReflection(other, chat.id, { aha: 'x' })).rejects.toBeInstanceOf(NotFoundError)
  })

  it('is found by search, accents and case ignored, and leaves the index when deleted', async () => {
    const ctx = await h.newCtx()
    const chat = await metConversation(ctx, 'Rene\u0301e Dubois')
    await saveReflection(ctx, chat.id, {
      surprises: 'The Zürich team does its own deployment',
      pay: [{ low: 90000, currency: 'CHF', location: 'Zürich' }],
    })
    const hits = await search(ctx, { q: 'zurich deploy' })
    expect(hits.map((r) => [r.kind, r.id, r.title])).toEqual([
      ['reflection', chat.id, 'Renée Dubois — reflection'],
    ])
    expect((await search(ctx, { q: 'Renée', kinds: ['reflection'] })).length).toBe(1)
    await deleteReflection(ctx, chat.id)
    expect(await search(ctx, { q: 'zurich deploy' })).toEqual([])
    expect((await getReflection(ctx, chat.id)).pay).toEqual([])
  })
})
