import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { createCareer } from '../careers/service.ts'
import type { Ctx } from '../context.ts'
import { createConversation, updateConversation } from '../conversations/service.ts'
import { ConflictError, ValidationError } from '../errors.ts'
import { endMeeting, startMeeting } from '../meetings/service.ts'
import { recordReply } from '../outreach/replies.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft, getMessage } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { draftReferralAsk, referralAskFor } from './service.ts'

/**
 * Sam (in Berlin) writes to Amara on Monday 2 March 2026, hears back on
 * `repliedAt`, and meets her on Thursday 5 March at 15:00 Berlin time.
 */
async function metAmara(h: { newCtx: (now?: string) => Promise<Ctx> }, repliedAt: string) {
  const ctx = await h.newCtx('2026-03-02T09:00:00Z')
  await updateSettings(ctx, { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
  const career = await createCareer(ctx, { name: 'Data scientist' })
  const amara = await createPerson(ctx, {
    name: 'Amara Okafor',
    careerIds: [career.id],
    emails: ['amara@northwind.example'],
    connection: 'alumni',
  })
  const outreach = await createDraft(ctx, {
    kind: 'outreach',
    personId: amara.id,
    body: 'Hi Amara, would you share your advice in a 20-minute call? Best, Sam',
  })
  const sent = await markSent(ctx, outreach.id, { channel: 'copy' })
  const chatId = sent.conversationId ?? ''
  await recordReply(at(ctx, repliedAt), { personId: amara.id, repliedAt })
  await updateConversation(ctx, chatId, {
    status: 'scheduled',
    scheduledAt: '2026-03-05T14:00:00Z',
  })
  await updateConversation(at(ctx, '2026-03-05T15:00:00Z'), chatId, { status: 'met' })
  return { ctx, amara, chatId }
}

describeEngines('asking for referrals', (h) => {
  it('advises a booster to wait a week after the meeting, then says it is a good time', async () => {
    // Replied the next day: a booster.
    const { ctx, amara, chatId } = await metAmara(h, '2026-03-03T10:00:00Z')
    const early = await referralAskFor(at(ctx, '2026-03-11T20:00:00Z'), amara.id)
    expect(early).toMatchObject({
      conversationId: chatId,
      metAt: '2026-03-05T14:00:00.000Z',
      responsiveness: 'booster',
      advice: {
        ok: false,
        advisedFrom: '2026-03-12',
        cautions: [{ code: 'too-soon', message: expect.stringContaining('2026-03-12') }],
        overriddenBecause: null,
      },
    })
    expect(early.summary).toBe('Not advised yet: too soon, wait until 2026-03-12.')
    // 23:30 UTC on the 11th is already the 12th in Berlin: the explorer's day counts.
    const week = await referralAskFor(at(ctx, '2026-03-11T23:30:00Z'), amara.id)
    expect(week.advice).toEqual({
      ok: true,
      advisedFrom: '2026-03-12',
      cautions: [],
      overriddenBecause: null,
    })
    expect(week.summary).toMatch(
      /^A good time to ask Amara who else to talk to: you met on 2026-03-05/,
    )
  })

  it('cautions against asking someone who is not a booster, however long ago you met', async () => {
    // Replied after nine business days: an obligate.
    const { ctx, amara } = await metAmara(h, '2026-03-13T10:00:00Z')
    const later = at(ctx, '2026-04-20T09:00:00Z')
    const advice = await referralAskFor(later, amara.id)
    expect(advice.responsiveness).toBe('obligate')
    expect(advice.advice?.cautions.map((c) => c.code)).toEqual(['not-a-booster'])
    expect(advice.advice?.ok).toBe(false)
    expect(advice.summary).toBe('Not advised yet: not a booster (obligate).')
    const anyway = await referralAskFor(later, amara.id, '  She offered to introduce me.  ')
    expect(anyway.advice).toMatchObject({
      ok: true,
      overriddenBecause: 'She offered to introduce me.',
    })
    expect(anyway.summary).toBe(
      'Asking anyway (not a booster (obligate)) because: She offered to introduce me.',
    )
    // A blank reason is no reason.
    expect((await referralAskFor(later, amara.id, '   ')).advice?.ok).toBe(false)
  })

  it('names both cautions, and treats someone with no reply on record as not a booster', async () => {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    await updateSettings(ctx, { timeZone: 'Europe/Berlin' })
    const jonas = await createPerson(ctx, { name: 'Jonas Becker' })
    const nothing = await referralAskFor(ctx, jonas.id)
    expect(nothing).toMatchObject({ conversationId: null, advice: null, responsiveness: null })
    expect(nothing.summary).toMatch(/^You have not met Jonas Becker yet: .* from 7 days after/)
    const chat = await createConversation(ctx, {
      personId: jonas.id,
      status: 'scheduled',
      scheduledAt: '2026-03-03T09:00:00Z',
    })
    // Meeting mode recorded the real start, a day after the plan: that is when they met.
    await startMeeting(ctx, chat.id, { at: '2026-03-04T09:00:00Z' })
    await endMeeting(ctx, chat.id, { at: '2026-03-04T09:30:00Z' })
    const soon = await referralAskFor(at(ctx, '2026-03-06T09:00:00Z'), jonas.id)
    expect(soon).toMatchObject({ conversationId: chat.id, metAt: '2026-03-04T09:00:00.000Z' })
    expect(soon.advice?.advisedFrom).toBe('2026-03-11')
    expect(soon.advice?.cautions.map((c) => c.code)).toEqual(['too-soon', 'not-a-booster'])
    expect(soon.summary).toBe(
      'Not advised yet: too soon, wait until 2026-03-11; not a booster (no reply on record).',
    )
  })

  it('follows referralAskAfterDays and the latest conversation held', async () => {
    const { ctx, amara } = await metAmara(h, '2026-03-03T10:00:00Z')
    await updateSettings(ctx, { referralAskAfterDays: 14 })
    const now = at(ctx, '2026-03-13T09:00:00Z')
    expect((await referralAskFor(now, amara.id)).advice?.advisedFrom).toBe('2026-03-19')
    await updateSettings(ctx, { referralAskAfterDays: 7 })
    const second = await createConversation(ctx, {
      personId: amara.id,
      status: 'thanked',
      scheduledAt: '2026-03-10T10:00:00Z',
    })
    const advice = await referralAskFor(now, amara.id)
    expect(advice).toMatchObject({
      conversationId: second.id,
      advice: { advisedFrom: '2026-03-17' },
    })
  })

  it('drafts the ask as a check-in, and needs a reason when cautioned', async () => {
    const { ctx, amara, chatId } = await metAmara(h, '2026-03-03T10:00:00Z')
    const early = at(ctx, '2026-03-06T09:00:00Z')
    const refused = await draftReferralAsk(early, amara.id, {}).catch((e) => e)
    expect(refused).toBeInstanceOf(ValidationError)
    expect(refused.issues).toEqual([
      { path: 'reason', message: expect.stringMatching(/^Give it until 2026-03-12.*say why/) },
    ])
    const drafted = await draftReferralAsk(early, amara.id, {
      reason: 'She asked me to write this week.',
    })
    expect(drafted.referralAsk.advice?.overriddenBecause).toBe('She asked me to write this week.')
    // Kept with the draft, not only echoed.
    expect(drafted.message.overrideReason).toBe('She asked me to write this week.')
    expect((await getMessage(ctx, drafted.message.id)).overrideReason).toBe(
      'She asked me to write this week.',
    )
    expect(drafted.message).toMatchObject({
      kind: 'check-in',
      status: 'draft',
      personId: amara.id,
      conversationId: chatId,
      to: 'amara@northwind.example',
      subject: 'Who else should I talk to?',
      unfilled: [],
    })
    expect(drafted.message.body).toMatch(
      /^Hi Amara,\n\nThank you again for our conversation about data science;/,
    )
    expect(drafted.message.body).toContain('Is there anyone else you think I should talk to?')
    expect(drafted.message.body).toMatch(/Sam Lee$/)
    // Asking who else to talk to is no job ask: the etiquette guard passes it.
    expect(drafted.message.lint.body.problems).toEqual([])

    const fine = await draftReferralAsk(at(ctx, '2026-03-12T09:00:00Z'), amara.id)
    expect(fine.referralAsk.advice).toMatchObject({ ok: true, overriddenBecause: null })
    expect(fine.message.overrideReason).toBeNull()

    const stranger = await createPerson(ctx, { name: 'Zoe' })
    const notMet = await draftReferralAsk(ctx, stranger.id, { reason: 'why not' }).catch((e) => e)
    expect(notMet).toBeInstanceOf(ConflictError)
    expect(notMet.message).toMatch(/You have not met Zoe yet/)
    const long = await draftReferralAsk(early, amara.id, { reason: 'x'.repeat(1001) }).catch(
      (e) => e,
    )
    expect(long.issues[0].path).toBe('reason')
  })
})
