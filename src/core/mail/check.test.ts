import { createServer, type Server, connect as tcpConnect } from 'node:net'
import { expect, it } from 'vitest'
import {
  type Dovecot,
  dovecotAround,
  dovecotOrSkip,
  imapLogin,
  rfc5322 as mail,
  maildirState,
} from '../../../test/dovecot.ts'
import { describeEngines } from '../../../test/engines.ts'
import { freePort } from '../../../test/ports.ts'
import { sentOutreach } from '../../../test/sent-outreach.ts'
import { at } from '../../../test/ticking-clock.ts'
import type { Ctx } from '../context.ts'
import { personOutreach } from '../outreach/cadence-service.ts'
import { createDraft, getMessage } from '../outreach/service.ts'
import { createPerson } from '../people/service.ts'
import { checkMail } from './check.ts'
import { confirmFinding, dismissFinding, listFindings } from './proposals.ts'
import { connectMail, disconnectMail, mailStatus } from './settings.ts'

const bin = dovecotOrSkip()
const key = Buffer.alloc(32, 7)
async function explorer(newCtx: (now?: string) => Promise<Ctx>) {
  const ctx: Ctx = { ...(await newCtx('2026-03-02T09:00:00Z')), secretKey: () => key }
  const person = (name: string, emails: string[]) => createPerson(ctx, { name, emails })
  const amara = await person('Amara Okafor', ['amara@northwind.example'])
  const bo = await person('Bo Lind', ['bo@contoso.example'])
  const chen = await person('Chen Wu', ['chen@fabrikam.example'])
  const dee = await person('Dee Martin', ['dee@tailspin.example'])
  const eve = await person('Eve Stone', ['eve@adatum.example'])
  const finn = await person('Finn Hale', ['finn@wingtip.example'])
  const gus = await person('Gus Ray', ['gus@old.example'])
  const toAmara = await sentOutreach(
    ctx,
    amara.id,
    'Your advice on data science',
    'Hi Amara, would you have 20 minutes for my questions? Sam',
  )
  const toEve = await createDraft(ctx, {
    kind: 'outreach',
    personId: eve.id,
    subject: 'Coffee in March?',
    body: 'Hi Eve, would you have 20 minutes? Sam',
  })
  return {
    ctx: at(ctx, '2026-03-10T12:00:00Z'),
    amara,
    bo,
    chen,
    dee,
    eve,
    finn,
    gus,
    toAmara,
    toEve,
  }
}

function fill(imap: Dovecot, ourMessageId: string): void {
  const d = (day: string) => `${day} +0000`
  imap.deliver(
    '',
    mail(
      {
        From: 'Amara Okafor <amara@northwind.example>',
        To: 'sam@example.org',
        Subject: 'Re: Your advice on data science',
        'Message-ID': '<r1@northwind.example>',
        Date: d('Tue, 3 Mar 2026 10:00:00'),
      },
      'Happy to talk!\nThursday works.\n\n> Hi Amara',
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'Amara <amara.private@home.example>',
        To: 'sam@example.org',
        Subject: 'Re: Your advice',
        'Message-ID': '<r2@home.example>',
        'In-Reply-To': `<${ourMessageId}@coffeechat.local>`,
        References: `<${ourMessageId}@coffeechat.local>`,
        Date: d('Wed, 4 Mar 2026 08:00:00'),
      },
      'Writing from my own address.',
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'bo@contoso.example',
        To: 'sam@example.org',
        Subject: 'Out of office',
        'Auto-Submitted': 'auto-replied',
        'Message-ID': '<a1@contoso.example>',
        Date: d('Tue, 3 Mar 2026 11:00:00'),
      },
      'I am away and back on 2026-03-16.',
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'chen@fabrikam.example',
        To: 'sam@example.org',
        Subject: 'Abwesenheitsnotiz: Kaffee',
        'Message-ID': '<a2@fabrikam.example>',
        Date: d('Tue, 3 Mar 2026 11:00:00'),
      },
      'Ich bin bis zum 20.03.2026 nicht im Büro.',
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'dee@tailspin.example',
        To: 'sam@example.org',
        Subject: 'Réponse automatique',
        'X-Autoreply': 'yes',
        'Message-ID': '<a3@tailspin.example>',
        Date: d('Tue, 3 Mar 2026 11:00:00'),
      },
      "Je suis absente jusqu'au 18 mars 2026.",
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'Mail Delivery System <MAILER-DAEMON@mx.example>',
        To: 'sam@example.org',
        Subject: 'Undelivered Mail Returned to Sender',
        'Message-ID': '<b1@mx.example>',
        'Content-Type': 'multipart/report; report-type=delivery-status; boundary="BB"',
        Date: d('Tue, 3 Mar 2026 12:00:00'),
      },
      '--BB\nContent-Type: text/plain\n\nYour message could not be delivered.\n--BB\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example\n\nFinal-Recipient: rfc822; gus@old.example\nAction: failed\nStatus: 5.1.1\n--BB--',
    ),
  )
  imap.deliver(
    '',
    mail(
      {
        From: 'Deals <spam@stranger.example>',
        To: 'sam@example.org',
        Subject: 'You won',
        'Message-ID': '<s1@stranger.example>',
        Date: d('Tue, 3 Mar 2026 13:00:00'),
      },
      'Secret stranger text',
    ),
  )
  imap.deliver(
    'Gesendet',
    mail(
      {
        From: 'sam@example.org',
        To: 'Eve Stone <eve@adatum.example>',
        Subject: 'Coffee in March?',
        'Message-ID': '<o1@example.org>',
        Date: d('Thu, 5 Mar 2026 09:30:00'),
      },
      'Hi Eve, would you have 20 minutes?',
    ),
    true,
  )
  imap.deliver(
    'Gesendet',
    mail(
      {
        From: 'sam@example.org',
        To: 'finn@wingtip.example',
        Subject: 'Hello from Sam',
        'Message-ID': '<o2@example.org>',
        Date: d('Fri, 6 Mar 2026 09:30:00'),
      },
      'Hi Finn, I found you through Dana.',
    ),
    true,
  )
  imap.deliver(
    'Gesendet',
    mail(
      {
        From: 'sam@example.org',
        To: 'someone@stranger.example',
        Subject: 'Private',
        'Message-ID': '<o3@example.org>',
        Date: d('Fri, 6 Mar 2026 10:30:00'),
      },
      'Nothing for coffeechat',
    ),
    true,
  )
}

describeEngines('mail check', (h) => {
  const imap = dovecotAround(bin)

  it.skipIf(!bin)(
    'proposes replies, auto-replies, bounces and sent mail of known people only, reading read-only',
    async () => {
      const server = imap()
      const world = await explorer(h.newCtx)
      fill(server, world.toAmara.id)
      const { ctx } = world
      await connectMail(ctx, imapLogin(server))
      const before = maildirState(server.maildir)
      const result = await checkMail(ctx)
      expect(result).toEqual({ found: 8, applied: 1, error: null })
      const findings = await listFindings(ctx)
      const summary = findings.map((f) => [f.kind, f.address, f.status, f.absentUntil]).sort()
      expect(summary).toEqual(
        [
          ['auto_reply', 'bo@contoso.example', 'proposed', '2026-03-16'],
          ['auto_reply', 'chen@fabrikam.example', 'proposed', '2026-03-20'],
          ['auto_reply', 'dee@tailspin.example', 'proposed', '2026-03-18'],
          ['bounce', 'gus@old.example', 'proposed', null],
          ['reply', 'amara.private@home.example', 'proposed', null],
          ['reply', 'amara@northwind.example', 'proposed', null],
          ['sent_draft', 'eve@adatum.example', 'applied', null],
          ['sent_outside', 'finn@wingtip.example', 'proposed', null],
        ].sort(),
      )
      const threaded = findings.find((f) => f.address === 'amara.private@home.example')
      expect(threaded).toMatchObject({ personId: world.amara.id, messageId: world.toAmara.id })
      expect(findings.find((f) => f.address === 'amara@northwind.example')?.firstLines).toBe(
        'Happy to talk!\nThursday works.',
      )
      expect(JSON.stringify(findings)).not.toMatch(/stranger|Secret|Private/)
      expect(await getMessage(ctx, world.toEve.id)).toMatchObject({
        status: 'sent',
        sentAt: '2026-03-05T09:30:00.000Z',
      })

      // Read-only: no write command reached the server, and the mailbox and its flags are unchanged.
      expect(
        server
          .commands()
          .filter((c) =>
            /\b(STORE|COPY|MOVE|EXPUNGE|APPEND|SELECT|DELETE|RENAME|CREATE)\b/i.test(c),
          ),
      ).toEqual([])
      expect(server.commands().some((c) => /EXAMINE "?Gesendet/.test(c))).toBe(true)
      expect(maildirState(server.maildir)).toEqual(before)

      // Confirming the reply records it: the message is answered, Amara a booster.
      const reply = findings.find((f) => f.address === 'amara@northwind.example')
      await confirmFinding(ctx, reply?.id ?? '')
      expect(await getMessage(ctx, world.toAmara.id)).toMatchObject({
        status: 'replied',
        repliedAt: '2026-03-03T10:00:00.000Z',
      })
      expect((await personOutreach(ctx, world.amara.id)).responsiveness).toBe('booster')
      await dismissFinding(ctx, threaded?.id ?? '')
      expect((await mailStatus(ctx))?.proposals).toBe(5)

      // A second check finds nothing new; disconnecting forgets everything.
      expect(await checkMail(ctx)).toEqual({ found: 0, applied: 0, error: null })
      await disconnectMail(ctx)
      expect(await mailStatus(ctx)).toBeNull()
      expect(await listFindings(ctx)).toEqual([])
    },
  )

  it.skipIf(!bin)(
    'says what went wrong with a wrong password or a refused connection',
    async () => {
      const server = imap()
      const { ctx } = await explorer(h.newCtx)
      await connectMail(ctx, { ...imapLogin(server), password: 'wrong' })
      const wrong = await checkMail(ctx)
      expect(wrong).toMatchObject({ found: 0 })
      expect(wrong.error).toMatch(/refused the user name or password for ada; .*app password/)
      expect((await mailStatus(ctx))?.lastError).toBe(wrong.error)
      // Free a moment ago: nothing listens there.
      const closed = await freePort()
      await connectMail(ctx, {
        host: '127.0.0.1',
        port: closed,
        security: 'none',
        username: 'ada',
        password: 'x',
      })
      expect((await checkMail(ctx)).error).toMatch(`could not reach 127.0.0.1:${closed}`)
    },
  )

  it.skipIf(!bin)(
    'keeps what it found when the server drops mid-fetch, and carries on next time',
    async () => {
      const server = imap()
      const world = await explorer(h.newCtx)
      const { ctx } = world
      const proxy = await droppingProxy(server.port)
      try {
        await connectMail(ctx, { ...imapLogin(server), port: proxy.port })
        const broken = await checkMail(ctx)
        expect(broken.error).toMatch(/broke off.*what was found so far is kept/)
        expect(broken.found).toBeGreaterThan(0)
        const kept = (await listFindings(ctx)).length
        expect(kept).toBe(broken.found)
        await connectMail(ctx, imapLogin(server))
        const rest = await checkMail(ctx)
        expect(rest.error).toBeNull()
        expect((await listFindings(ctx)).length).toBe(kept + rest.found)
        // All that concerns this explorer (the threaded reply answers another explorer's message).
        expect(kept + rest.found).toBe(7)
      } finally {
        proxy.server.close()
      }
    },
  )
})

/** Forwards to dovecot, and cuts the connection once the third message of a fetch went by. */
function droppingProxy(target: number): Promise<{ server: Server; port: number }> {
  const server = createServer((client) => {
    const upstream = tcpConnect(target, '127.0.0.1')
    let seen = ''
    client.pipe(upstream)
    upstream.on('data', (chunk: Buffer) => {
      const start = seen.length
      seen += chunk.toString('latin1')
      const third = [...seen.matchAll(/\* \d+ FETCH/g)][2]
      if (third) {
        client.end(chunk.subarray(0, Math.max(0, third.index - start)), () => client.destroy())
        upstream.destroy()
        return
      }
      client.write(chunk)
    })
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      resolve({ server, port: typeof address === 'object' && address ? address.port : 0 })
    })
  })
}
