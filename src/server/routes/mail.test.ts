import { expect, it } from 'vitest'
import { dovecotAround, dovecotOrSkip, imapLogin } from '../../../test/dovecot.ts'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'

const bin = dovecotOrSkip()

describeEngines('HTTP API for the mailbox', (h) => {
  const imap = dovecotAround(bin)

  /** The API of a fresh explorer on 10 March 2026, with a mail key of `keyByte`. */
  async function explorerApi(keyByte: number) {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    return httpClient({
      ...ctx,
      now: () => new Date('2026-03-10T09:00:00Z'),
      secretKey: () => Buffer.alloc(32, keyByte),
    })
  }

  it.skipIf(!bin)(
    'connects, checks, lists and confirms a reply; the password never comes back',
    async () => {
      const server = imap()
      const call = await explorerApi(3)
      const person = await call('POST', '/api/people', {
        name: 'Ana Souza',
        emails: ['ana@example.org'],
      })
      const draft = await call('POST', '/api/messages', {
        kind: 'outreach',
        personId: person.body.id,
        subject: 'Your advice',
        body: 'Hi Ana, would you share your advice in a 20-minute call? Best, Sam',
      })
      await call('POST', `/api/messages/${draft.body.id}/sent`, {
        channel: 'copy',
        sentAt: '2026-03-02T09:00:00Z',
      })
      server.deliver(
        '',
        'From: ana@example.org\nSubject: Re: Your advice\nMessage-ID: <h1@example.org>\nDate: Tue, 3 Mar 2026 10:00:00 +0000\n\nSure, Thursday?\n',
      )

      const bad = await call('PUT', '/api/mail', {
        host: 'imap.example.org',
        security: 'none',
        username: 'ada',
        password: 'x',
      })
      expect(bad.status).toBe(400)
      expect(bad.text).toContain('without TLS the password would cross the network')
      const put = await call('PUT', '/api/mail', imapLogin(server))
      expect(put.status).toBe(200)
      expect(put.text).not.toContain(server.password)
      expect((await call('POST', '/api/mail/check')).body).toEqual({
        found: 1,
        applied: 0,
        error: null,
      })
      const listed = await call('GET', `/api/mail/findings?personId=${person.body.id}`)
      expect(listed.body.findings).toMatchObject([
        { kind: 'reply', status: 'proposed', firstLines: 'Sure, Thursday?' },
      ])
      const confirmed = await call(
        'POST',
        `/api/mail/findings/${listed.body.findings[0].id}/confirm`,
      )
      expect(confirmed.body.status).toBe('confirmed')
      expect((await call('GET', `/api/messages/${draft.body.id}`)).body.status).toBe('replied')
      expect((await call('POST', '/api/mail/findings/nope/confirm')).status).toBe(404)
      expect((await call('DELETE', '/api/mail')).body).toEqual({ mail: null })
      expect((await call('POST', '/api/mail/check')).status).toBe(409)
    },
  )

  it.skipIf(!bin)(
    'records mail sent from another client on confirm, refuses what cannot be recorded and keeps it proposed',
    async () => {
      const server = imap()
      const call = await explorerApi(4)
      const bea = await call('POST', '/api/people', {
        name: 'Bea Kim',
        emails: ['bea@route.example'],
      })
      const cy = await call('POST', '/api/people', {
        name: 'Cy Dunn',
        emails: ['cy@route.example'],
      })
      server.deliver(
        'Gesendet',
        'From: sam@example.org\nTo: Bea Kim <bea@route.example>\nSubject: Twenty minutes?\nMessage-ID: <route-s1@example.org>\nDate: Wed, 4 Mar 2026 08:30:00 +0000\n\nHi Bea, would you have 20 minutes?\n',
        true,
      )
      server.deliver(
        '',
        'From: cy@route.example\nSubject: Hello\nMessage-ID: <route-r1@route.example>\nDate: Wed, 4 Mar 2026 09:30:00 +0000\n\nHi Sam!\n',
      )
      await call('PUT', '/api/mail', imapLogin(server))
      expect((await call('POST', '/api/mail/check')).body.error).toBeNull()
      const bad = await call('GET', '/api/mail/findings?status=maybe')
      expect(bad.status).toBe(400)
      expect(bad.text).toContain('status')
      const proposed = (await call('GET', '/api/mail/findings?status=proposed')).body.findings
      const sent = proposed.find((f: { personId: string }) => f.personId === bea.body.id)
      const reply = proposed.find((f: { personId: string }) => f.personId === cy.body.id)
      expect(sent).toMatchObject({ kind: 'sent_outside', personName: 'Bea Kim' })
      expect(reply).toMatchObject({ kind: 'reply', personName: 'Cy Dunn' })

      const recorded = await call('POST', `/api/mail/findings/${sent.id}/confirm`)
      expect(recorded.status).toBe(200)
      const message = await call('GET', `/api/messages/${recorded.body.messageId}`)
      expect(message.body).toMatchObject({
        kind: 'outreach',
        status: 'sent',
        channel: 'other',
        sentAt: '2026-03-04T08:30:00.000Z',
        subject: 'Twenty minutes?',
      })

      // Nothing was sent to Cy: the reply cannot be recorded, and the finding stays proposed.
      const refused = await call('POST', `/api/mail/findings/${reply.id}/confirm`)
      expect(refused.status).toBe(400)
      expect(refused.body.error).toContain('nothing has been sent to Cy Dunn yet')
      const still = (await call('GET', `/api/mail/findings?personId=${cy.body.id}`)).body.findings
      expect(still[0].status).toBe('proposed')
      expect((await call('POST', `/api/mail/findings/${reply.id}/dismiss`)).body.status).toBe(
        'dismissed',
      )
    },
  )
})
