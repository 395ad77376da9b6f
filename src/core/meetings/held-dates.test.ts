import { expect, it } from 'vitest'
import { amaraAtNorthwind } from '../../../test/amara-at-northwind.ts'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import { today } from '../agenda/service.ts'
import { createConversation, getConversation } from '../conversations/service.ts'
import { getCareerBoard } from '../insights/service.ts'
import { referralAskFor } from '../referral-asks/service.ts'
import { reflectionsDue } from '../reflections/due.ts'
import { getReflection, saveReflection } from '../reflections/service.ts'
import { captureReferral } from './referrals.ts'
import { endMeeting, startMeeting } from './service.ts'

describeEngines('dates of a meeting held on another day than planned', (h) => {
  it('dates everything from when the meeting really happened', async () => {
    // Monday 2 March 2026, 08:00 in Berlin. The meeting is planned for Tuesday
    // at 17:30 Berlin, but they call this morning and it happens now.
    const ctx = await h.newCtx('2026-03-02T07:00:00Z')
    const { career, amara } = await amaraAtNorthwind(ctx)
    const conversation = await createConversation(ctx, {
      personId: amara.id,
      status: 'scheduled',
      scheduledAt: '2026-03-03T16:30:00Z',
      timeZone: 'America/New_York',
    })
    await startMeeting(ctx, conversation.id)
    const during = at(ctx, '2026-03-02T07:20:00Z')
    const { person: jonas } = await captureReferral(during, conversation.id, {
      name: 'Jonas Becker',
    })
    const after = at(ctx, '2026-03-02T07:40:00Z')
    await endMeeting(after, conversation.id)

    const held = await getConversation(after, conversation.id)
    expect(held).toMatchObject({
      scheduledAt: '2026-03-03T16:30:00.000Z',
      startedAt: '2026-03-02T07:00:00.000Z',
      endedAt: '2026-03-02T07:40:00.000Z',
      meetingAt: '2026-03-02T07:00:00.000Z',
    })
    // Thank-you tonight by 21:00 and the reflection by 23:59, Berlin time.
    const agenda = await today(after)
    const due = (kind: string) => agenda.items.find((i) => i.kind === kind)
    expect(due('thank-you')).toMatchObject({
      dueBy: '2026-03-02T20:00:00.000Z',
      dueDate: '2026-03-02',
      detail: expect.stringMatching(/^You met today at 08:00/),
    })
    expect(due('reflection')).toMatchObject({
      dueBy: '2026-03-02T22:59:00.000Z',
      dueDate: '2026-03-02',
    })
    expect((await getReflection(after, conversation.id)).dueBy).toBe('2026-03-02T22:59:00.000Z')
    expect((await reflectionsDue(after)).map((r) => r.dueBy)).toEqual(['2026-03-02T22:59:00.000Z'])
    // The referral is dated the day it was made; asking for more counts from the meeting.
    expect(jonas.source).toBe('Referral from Amara Okafor, met 2 Mar 2026')
    const ask = await referralAskFor(after, amara.id)
    expect(ask.metAt).toBe('2026-03-02T07:00:00.000Z')
    expect(ask.advice?.advisedFrom).toBe('2026-03-09')
    // The board and the fit trend carry the same date.
    await saveReflection(after, conversation.id, { fitRating: 4 })
    const board = await getCareerBoard(after, career.id)
    expect(board.conversations.map((c) => c.date)).toEqual(['2026-03-02T07:00:00.000Z'])
    expect(board.fit.points.map((p) => p.date)).toEqual(['2026-03-02T07:00:00.000Z'])
    // Nothing on Today still waits for Tuesday's meeting.
    expect(agenda.items.filter((i) => i.kind === 'meeting')).toEqual([])
  })
})
