import { expect, it } from 'vitest'
import { amaraAtNorthwind } from '../../../test/amara-at-northwind.ts'
import { describeEngines } from '../../../test/engines.ts'
import { at } from '../../../test/ticking-clock.ts'
import type { Ctx } from '../context.ts'
import {
  createConversation,
  getConversation,
  updateConversation,
} from '../conversations/service.ts'
import { recordReply } from '../outreach/replies.ts'
import { markSent } from '../outreach/sending.ts'
import { createDraft } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { updateSettings } from '../settings/service.ts'
import { today } from './service.ts'

async function send(ctx: Ctx, kind: 'outreach' | 'follow-up', personId: string, when: string) {
  // The text itself is not what these tests are about: a finished one, written by hand.
  const body = 'Hi, would you have 20 minutes for a call about your work? Best, Sam'
  const subject = 'Your advice'
  const draft = await createDraft(at(ctx, when), { kind, personId, subject, body })
  return markSent(at(ctx, when), draft.id, { channel: 'copy' })
}

async function setting(h: { newCtx: (now?: string) => Promise<Ctx> }) {
  const ctx = await h.newCtx('2026-03-02T09:00:00Z')
  const { career, northwind, amara } = await amaraAtNorthwind(ctx)
  const jonas = await createPerson(ctx, {
    name: 'Jonas Becker',
    organizationId: northwind.id,
    careerIds: [career.id],
  })
  return { ctx, career, northwind, amara, jonas }
}

/** A meeting with the person at `scheduledAt` (local time), booked at `bookedAt`. */
function book(ctx: Ctx, bookedAt: string, personId: string, scheduledAt: string) {
  return createConversation(at(ctx, bookedAt), { personId, status: 'scheduled', scheduledAt })
}

/** What Today asks about one person, by kind. */
async function kindsFor(ctx: Ctx, personId: string, instant: string): Promise<string[]> {
  const agenda = await today(at(ctx, instant))
  return agenda.items.filter((i) => i.personId === personId).map((i) => i.kind)
}

describeEngines('Today', (h) => {
  it('suggests the second contact and the follow-up on exactly the right business days (3B7), skipping a weekend and a holiday', async () => {
    const { ctx, amara, jonas } = await setting(h)
    await updateSettings(ctx, { holidays: ['2026-03-09'] })
    // Thursday 5 March, 10:00 in Berlin. Business days after it: Fri 6, (weekend),
    // (Mon 9 a holiday), Tue 10, Wed 11 = 3 … Thu 12, Fri 13, Mon 16, Tue 17 = 7.
    await send(ctx, 'outreach', amara.id, '2026-03-05T09:00:00Z')

    expect(await kindsFor(ctx, amara.id, '2026-03-06T09:00:00Z')).toEqual(['reply-awaited'])
    // The last minute of Tuesday 10 March in Berlin: still only waiting.
    expect(await kindsFor(ctx, amara.id, '2026-03-10T22:59:00Z')).toEqual(['reply-awaited'])
    // Wednesday starts at 23:00 UTC the evening before: the second contact is due, naming Jonas.
    const wednesday = await today(at(ctx, '2026-03-10T23:00:00Z'))
    const second = wednesday.items.find((i) => i.kind === 'second-contact')
    expect(second).toMatchObject({
      title: 'Write to a second person at Northwind Health',
      personId: amara.id,
      dueDate: '2026-03-11',
      dueText: 'due today',
      action: {
        label: 'Write to Jonas Becker',
        href: `/drafts/new?kind=outreach&personId=${jonas.id}`,
        command: `coffeechat drafts new --kind outreach --person ${jonas.id}`,
      },
    })
    expect(second?.detail).toMatch(/not replied since Thu 5 Mar \(3 business days\)/)
    expect(second?.links.map((l) => l.label)).toEqual(['Write to Jonas Becker'])

    expect(await kindsFor(ctx, amara.id, '2026-03-16T15:00:00Z')).toEqual(['second-contact'])
    const follow = (await today(at(ctx, '2026-03-16T23:00:00Z'))).items.find(
      (i) => i.personId === amara.id,
    )
    expect(follow).toMatchObject({
      kind: 'follow-up',
      dueDate: '2026-03-17',
      action: {
        href: `/drafts/new?kind=follow-up&personId=${amara.id}&conversationId=${follow?.conversationId}`,
      },
    })
    expect(follow?.detail).toMatch(/7 business days/)

    // Without the holiday, everything comes a business day sooner.
    await updateSettings(ctx, { holidays: [] })
    expect(await kindsFor(ctx, amara.id, '2026-03-10T09:00:00Z')).toEqual(['second-contact'])
  })

  it('stops chasing after the follow-up, and drops the second contact once someone else is asked', async () => {
    const { ctx, amara, jonas } = await setting(h)
    await send(ctx, 'outreach', amara.id, '2026-03-02T09:00:00Z')
    await send(ctx, 'follow-up', amara.id, '2026-03-11T09:00:00Z')
    expect(await kindsFor(ctx, amara.id, '2026-03-11T10:00:00Z')).toEqual(['second-contact'])
    await send(ctx, 'outreach', jonas.id, '2026-03-11T11:00:00Z')
    const waiting = (await today(at(ctx, '2026-03-12T09:00:00Z'))).items.find(
      (i) => i.personId === amara.id,
    )
    expect(waiting).toMatchObject({ kind: 'reply-awaited', action: { label: 'They replied' } })
    expect(waiting?.detail).toMatch(/no more chasing/)
    // Seven business days after the follow-up: a curmudgeon; the conversation can be closed.
    const silent = (await today(at(ctx, '2026-03-20T09:00:00Z'))).items.find(
      (i) => i.personId === amara.id,
    )
    expect(silent).toMatchObject({ kind: 'no-response', title: 'No reply from Amara Okafor' })
    expect(silent?.action.command).toMatch(/--status no_response$/)
    await recordReply(at(ctx, '2026-03-20T10:00:00Z'), { personId: amara.id })
    expect(await kindsFor(ctx, amara.id, '2026-03-20T11:00:00Z')).toEqual([])
  })

  it('makes the thank-you due by 21:00 on the meeting day, overdue after, and gone once sent', async () => {
    const { ctx, amara } = await setting(h)
    const chat = await book(ctx, '2026-02-26T09:00:00Z', amara.id, '2026-03-02T10:00')
    const before = await today(at(ctx, '2026-03-02T08:00:00Z'))
    expect(before.items.find((i) => i.kind === 'meeting')).toMatchObject({
      title: 'Meeting with Amara Okafor',
      dueText: 'today at 10:00',
      action: { label: 'Prepare', href: `/conversations/${chat.id}/prepare` },
      links: [{ href: `/api/conversations/${chat.id}/calendar.ics` }],
    })
    const after = await today(at(ctx, '2026-03-02T10:00:00Z'))
    expect(after.items[0]).toMatchObject({
      kind: 'meeting-unconfirmed',
      action: { command: `coffeechat chats edit ${chat.id} --status met` },
    })
    await updateConversation(at(ctx, '2026-03-02T10:00:00Z'), chat.id, { status: 'met' })

    const evening = await today(at(ctx, '2026-03-02T16:00:00Z'))
    const thanks = evening.items.find((i) => i.kind === 'thank-you')
    expect(thanks).toMatchObject({
      title: 'Thank Amara Okafor',
      dueBy: '2026-03-02T20:00:00.000Z',
      dueText: 'tonight by 21:00',
      overdue: false,
      action: {
        href: `/drafts/new?kind=thank-you&personId=${amara.id}&conversationId=${chat.id}`,
      },
    })
    expect(evening.items.find((i) => i.kind === 'reflection')).toMatchObject({
      dueBy: '2026-03-02T22:59:00.000Z',
      action: { href: `/conversations/${chat.id}/reflection` },
    })
    const late = (await today(at(ctx, '2026-03-02T20:30:00Z'))).items.find(
      (i) => i.kind === 'thank-you',
    )
    expect(late).toMatchObject({ overdue: true, dueText: 'overdue since today 21:00' })

    const draft = await createDraft(ctx, {
      kind: 'thank-you',
      personId: amara.id,
      conversationId: chat.id,
      body: 'Hi Amara, thank you for your time today. Your point about cleaning data stuck with me. Best, Sam',
    })
    expect(
      (await today(at(ctx, '2026-03-02T16:00:00Z'))).items.find((i) => i.kind === 'thank-you')
        ?.action,
    ).toMatchObject({ label: 'Finish the draft', href: `/drafts/${draft.id}` })
    await markSent(at(ctx, '2026-03-02T19:00:00Z'), draft.id, { channel: 'copy' })
    expect((await getConversation(ctx, chat.id)).status).toBe('thanked')
    const done = await today(at(ctx, '2026-03-02T19:30:00Z'))
    expect(done.items.map((i) => i.kind)).not.toContain('thank-you')
  })

  it('asks for the confirmation the day before a meeting booked earlier', async () => {
    const { ctx, amara } = await setting(h)
    const chat = await book(ctx, '2026-03-02T09:00:00Z', amara.id, '2026-03-05T15:00')
    expect(await kindsFor(ctx, amara.id, '2026-03-03T12:00:00Z')).toEqual([])
    const eve = (await today(at(ctx, '2026-03-04T08:00:00Z'))).items
    expect(eve.map((i) => i.kind)).toEqual(['meeting', 'confirmation', 'coverage'])
    expect(eve[1]).toMatchObject({
      dueText: 'by the end of today',
      conversationId: chat.id,
      detail: expect.stringContaining('tomorrow at 15:00'),
    })
    const draft = await createDraft(ctx, {
      kind: 'confirmation',
      personId: amara.id,
      conversationId: chat.id,
      body: 'Hi Amara, looking forward to Thursday at 15:00 at the café. Best, Sam',
    })
    expect(draft.subject).toBe('Confirming Thursday, 5 March at 15:00 CET')
    // An explorer who reads 12-hour times sees them in Today and writes them in drafts.
    await updateSettings(ctx, { clock: '12h' })
    const twelve = (await today(at(ctx, '2026-03-04T08:00:00Z'))).items
    expect(twelve[1]?.detail).toContain('tomorrow at 3:00 PM')
    const draft12 = await createDraft(ctx, {
      kind: 'confirmation',
      personId: amara.id,
      conversationId: chat.id,
    })
    expect(draft12.subject).toBe('Confirming Thursday, 5 March at 3:00 PM CET')
    await updateSettings(ctx, { clock: null })
    await markSent(at(ctx, '2026-03-04T09:00:00Z'), draft.id, { channel: 'copy' })
    expect(await kindsFor(ctx, amara.id, '2026-03-04T10:00:00Z')).toEqual(['meeting'])
  })

  it('orders Today by urgency: meetings, thank-yous (overdue first), reflections, confirmations, 3B7, replies, next steps', async () => {
    const { ctx, amara, jonas, career } = await setting(h)
    const lena = await createPerson(ctx, { name: 'Lena Park', careerIds: [career.id] })
    const kai = await createPerson(ctx, { name: 'Kai Lund', referredById: amara.id })
    const metYesterday = await book(ctx, '2026-02-20T09:00:00Z', jonas.id, '2026-03-04T11:00')
    const metToday = await book(ctx, '2026-02-20T09:00:00Z', lena.id, '2026-03-05T09:00')
    await updateConversation(ctx, metYesterday.id, { status: 'met' })
    await updateConversation(ctx, metToday.id, { status: 'met' })
    await book(ctx, '2026-02-20T09:00:00Z', amara.id, '2026-03-06T10:00')
    await send(ctx, 'outreach', kai.id, '2026-02-24T09:00:00Z')

    const agenda = await today(at(ctx, '2026-03-05T14:00:00Z'))
    expect(agenda).toMatchObject({ today: '2026-03-05', timeZone: 'Europe/Berlin' })
    expect(agenda.items.map((i) => `${i.kind}: ${i.title}`)).toEqual([
      'meeting: Meeting with Amara Okafor',
      'thank-you: Thank Jonas Becker',
      'thank-you: Thank Lena Park',
      'reflection: Reflect on your conversation with Jonas Becker',
      'reflection: Reflect on your conversation with Lena Park',
      'confirmation: Confirm the meeting with Amara Okafor',
      'follow-up: Follow up with Kai Lund',
      'coverage: Find more people for Data scientist',
    ])
    expect(agenda.items[1]).toMatchObject({
      overdue: true,
      dueText: 'overdue since yesterday 21:00',
    })
    expect(agenda.items[2]).toMatchObject({ overdue: false, dueText: 'tonight by 21:00' })
    expect(agenda.sections.filter((s) => s.count > 0).map((s) => s.key)).toEqual([
      'meetings',
      'thank-yous',
      'reflections',
      'confirmations',
      'follow-ups',
      'next-steps',
    ])
  })

  it('suggests referrals nobody has written to, and careers short of voices', async () => {
    const { ctx, amara, career } = await setting(h)
    const kai = await createPerson(ctx, { name: 'Kai Lund', referredById: amara.id })
    const agenda = await today(ctx)
    expect(agenda.items.find((i) => i.kind === 'referral')).toMatchObject({
      title: 'Write to Kai Lund',
      detail: 'Referred by Amara Okafor; not contacted yet.',
      action: { command: `coffeechat drafts new --kind outreach --person ${kai.id}` },
    })
    expect(agenda.items.find((i) => i.kind === 'coverage')).toMatchObject({
      // Amara and Jonas are linked to the career, but nobody has spoken with them yet.
      detail: '0 people spoken with, from 0 organizations; the target is 3 from 2.',
      action: { href: `/careers/${career.id}` },
    })
    await send(ctx, 'outreach', kai.id, '2026-03-02T09:00:00Z')
    expect((await today(ctx)).items.map((i) => i.kind)).not.toContain('referral')
  })
})
