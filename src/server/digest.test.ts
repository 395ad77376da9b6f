import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import type { Ctx } from '../core/context.ts'
import { createConversation } from '../core/conversations/service.ts'
import { createPerson } from '../core/people/service.ts'
import { updateSettings } from '../core/settings/service.ts'
import { composeDigest } from './digest.ts'

/** A meeting at 11:00 Berlin on Thursday 5 March, the digest read at 12:00 and the next morning. */
async function metThisMorning(h: { newCtx: (now?: string) => Promise<Ctx> }) {
  const ctx = await h.newCtx('2026-03-05T11:00:00Z')
  await updateSettings(ctx, { timeZone: 'Europe/Berlin' })
  const person = await createPerson(ctx, { name: 'Amara Okafor' })
  await createConversation(ctx, {
    personId: person.id,
    status: 'met',
    scheduledAt: '2026-03-05T10:00:00Z',
    timeZone: 'Europe/Berlin',
  })
  return ctx
}

describeEngines('the morning digest', (h) => {
  it('writes its day and deadlines in words, in the explorer’s clock', async () => {
    const ctx = await metThisMorning(h)
    const digest = await composeDigest(ctx)
    expect(digest?.text).toContain('Here is your day (Thursday 5 March, Europe/Berlin).')
    expect(digest?.text).toContain('tonight by 21:00')
    expect(digest?.text).not.toMatch(/\d{4}-\d{2}-\d{2}/)

    await updateSettings(ctx, { clock: '12h' })
    expect((await composeDigest(ctx))?.text).toContain('tonight by 9:00 PM')
    const american = await composeDigest({ ...ctx, locale: 'en-US' })
    expect(american?.text).toContain('Here is your day (Thursday, March 5, Europe/Berlin).')
    expect(american?.text).toContain('tonight by 9:00 PM')
  })

  it('says "overdue" once for a deadline that has passed', async () => {
    const ctx = await metThisMorning(h)
    const nextMorning = { ...ctx, now: () => new Date('2026-03-06T07:00:00Z') }
    const text = (await composeDigest(nextMorning))?.text ?? ''
    expect(text).toContain('overdue since yesterday 21:00')
    expect(text).not.toContain('overdue, overdue')
  })
})
