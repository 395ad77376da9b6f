import { expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip, imapLogin, rfc5322 as mail } from '../../../test/dovecot.ts'
import { describeEngines } from '../../../test/engines.ts'
import { sentOutreach } from '../../../test/sent-outreach.ts'
import { today } from '../agenda/service.ts'
import type { Ctx } from '../context.ts'
import { personOutreach } from '../outreach/cadence-service.ts'
import { listMessages } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { checkMail } from './check.ts'
import { bouncedAddresses, confirmFinding, dismissFinding, listFindings } from './proposals.ts'
import { connectMail } from './settings.ts'

const bin = dovecotOrSkip()
const key = Buffer.alloc(32, 9)

/**
 * What a confirmed finding does beyond the proposal (issue 15): an absence
 * moves the 3B7 follow-up, mail sent from another client becomes a sent
 * message at its real time, a bounce marks the address.
 */
describeEngines('mail findings change the records', (h) => {
  const imap = dovecotAround(bin, (server) => {
    const d = (day: string) => `${day} +0000`
    server.deliver(
      '',
      mail(
        {
          From: 'Bo Lind <bo@contoso.example>',
          To: 'sam@example.org',
          Subject: 'Automatic reply: Your advice',
          'Auto-Submitted': 'auto-replied',
          'Message-ID': '<away@contoso.example>',
          Date: d('Mon, 2 Mar 2026 09:05:00'),
        },
        'I am on holiday until 2026-03-16 and will answer when I am back.',
      ),
    )
    server.deliver(
      '',
      mail(
        {
          From: 'Mail Delivery System <MAILER-DAEMON@mx.example>',
          To: 'sam@example.org',
          Subject: 'Undelivered Mail Returned to Sender',
          'Message-ID': '<bounce@mx.example>',
          'Content-Type': 'multipart/report; report-type=delivery-status; boundary="BB"',
          Date: d('Tue, 3 Mar 2026 12:00:00'),
        },
        '--BB\nContent-Type: text/plain\n\nYour message could not be delivered.\n--BB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gus@old.example\nAction: failed\nStatus: 5.1.1\n--BB--',
      ),
    )
    server.deliver(
      'Gesendet',
      mail(
        {
          From: 'sam@example.org',
          To: 'finn@wingtip.example',
          Subject: 'Hello from Sam',
          'Message-ID': '<first@example.org>',
          Date: d('Fri, 6 Mar 2026 09:30:00'),
        },
        'Hi Finn, I found you through Dana.\nWould you have 20 minutes?',
      ),
      true,
    )
    server.deliver(
      'Gesendet',
      mail(
        {
          From: 'sam@example.org',
          To: 'Hal Berg <hal@fourth.example>',
          Subject: 'Re: A question about your work',
          'Message-ID': '<again@example.org>',
          Date: d('Wed, 11 Mar 2026 08:15:00'),
        },
        'Hi Hal, just bringing this up once more.',
      ),
      true,
    )
  })

  async function explorer(): Promise<Ctx> {
    const base: Ctx = { ...(await h.newCtx('2026-03-02T09:00:00Z')), secretKey: () => key }
    const bo = await createPerson(base, { name: 'Bo Lind', emails: ['bo@contoso.example'] })
    const hal = await createPerson(base, { name: 'Hal Berg', emails: ['hal@fourth.example'] })
    await createPerson(base, { name: 'Finn Hale', emails: ['finn@wingtip.example'] })
    await createPerson(base, { name: 'Gus Ray', emails: ['gus@old.example', 'gus@new.example'] })
    for (const person of [bo, hal]) {
      const body = `Hi ${person.name}, would you have 20 minutes for my questions? Sam`
      await sentOutreach(base, person.id, 'A question about your work', body)
    }
    const ctx = { ...base, now: () => new Date('2026-03-12T10:00:00Z') }
    await connectMail(ctx, imapLogin(imap()))
    expect(await checkMail(ctx)).toMatchObject({ found: 4, error: null })
    return ctx
  }

  const personId = async (ctx: Ctx, address: string) =>
    (await listFindings(ctx)).find((f) => f.address === address)?.personId ?? ''
  const findingOf = async (ctx: Ctx, address: string) =>
    (await listFindings(ctx)).find((f) => f.address === address)

  it.skipIf(!bin)(
    "an auto-reply's absence moves the follow-up to 7 business days after the return, and Today says so",
    async () => {
      const ctx = await explorer()
      const bo = await personId(ctx, 'bo@contoso.example')
      // Sent Mon 2 Mar; without the absence the follow-up was due on Wed 11 Mar.
      const shifted = await personOutreach(ctx, bo)
      expect(shifted.followUp).toEqual({ state: 'upcoming', date: '2026-03-26' })
      expect(shifted.advice).toMatch(/^Away until Mon 16 Mar .*follow-up waits until Thu 26 Mar/)
      const agenda = await today(ctx)
      expect(agenda.items.filter((i) => i.personId === bo).map((i) => i.kind)).toEqual([
        'reply-awaited',
      ])
      expect(agenda.items.find((i) => i.personId === bo)?.detail).toMatch(
        /away until Mon 16 Mar \(their auto-reply said so\), so the follow-up is due on Thu 26 Mar/,
      )
      // Dismissed, the auto-reply counts for nothing: the follow-up is due again.
      await dismissFinding(ctx, (await findingOf(ctx, 'bo@contoso.example'))?.id ?? '')
      expect((await personOutreach(ctx, bo)).followUp).toEqual({
        state: 'due',
        date: '2026-03-11',
      })
      expect(
        (await today(ctx)).items.some((i) => i.personId === bo && i.kind === 'follow-up'),
      ).toBe(true)
    },
  )

  it.skipIf(!bin)(
    'a confirmed message sent from another client is recorded as an outreach or a follow-up at its real time',
    async () => {
      const ctx = await explorer()
      const finn = await findingOf(ctx, 'finn@wingtip.example')
      const hal = await findingOf(ctx, 'hal@fourth.example')
      expect([finn?.kind, hal?.kind]).toEqual(['sent_outside', 'sent_outside'])
      const confirmed = await confirmFinding(ctx, finn?.id ?? '')
      expect(confirmed.status).toBe('confirmed')
      const [toFinn] = (await listMessages(ctx, { personId: finn?.personId })).items
      expect(toFinn).toMatchObject({
        id: confirmed.messageId,
        kind: 'outreach',
        status: 'sent',
        channel: 'other',
        sentAt: '2026-03-06T09:30:00.000Z',
        subject: 'Hello from Sam',
        to: 'finn@wingtip.example',
      })
      expect((await personOutreach(ctx, finn?.personId ?? '')).followUp).toEqual({
        state: 'upcoming',
        date: '2026-03-17',
      })
      // Hal had an outreach unanswered: this one is the follow-up, and the chase is over.
      await confirmFinding(ctx, hal?.id ?? '')
      const toHal = (await listMessages(ctx, { personId: hal?.personId })).items
      expect(toHal.map((m) => [m.kind, m.sentAt]).sort()).toEqual([
        ['follow-up', '2026-03-11T08:15:00.000Z'],
        ['outreach', '2026-03-02T09:00:00.000Z'],
      ])
      const outreach = await personOutreach(ctx, hal?.personId ?? '')
      expect(outreach).toMatchObject({ attempts: 2, followUp: null })
      // Confirming twice records nothing more.
      await confirmFinding(ctx, hal?.id ?? '')
      expect((await listMessages(ctx, { personId: hal?.personId })).items).toHaveLength(2)
    },
  )

  it.skipIf(!bin)(
    'a bounce marks the address as bouncing until dismissed, only while the person has it',
    async () => {
      const ctx = await explorer()
      const bounce = await findingOf(ctx, 'gus@old.example')
      const gus = bounce?.personId ?? ''
      expect(await bouncedAddresses(ctx, gus)).toEqual(['gus@old.example'])
      await confirmFinding(ctx, bounce?.id ?? '')
      expect(await bouncedAddresses(ctx, gus)).toEqual(['gus@old.example'])
      const other = await explorer()
      const again = await findingOf(other, 'gus@old.example')
      await dismissFinding(other, again?.id ?? '')
      expect(await bouncedAddresses(other, again?.personId ?? '')).toEqual([])
    },
  )
})
