import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RunningHostedServer } from '../src/server/serve-hosted.ts'
import { type Dovecot, dovecotOrSkip, imapLogin, startDovecot } from './dovecot.ts'
import { createPostgresDatabase } from './engines.ts'
import { startHostedServers, Visitor } from './hosted-support.ts'

const postgres = inject('postgresUrl')
if (!postgres) console.warn('\n*** hosted mail-check tests SKIPPED: no PostgreSQL ***\n')
const bin = dovecotOrSkip()

/** Hosted mode reads each connected mailbox from a pg-boss job, one at a time per account. */
describe.runIf(postgres && bin)('hosted mode: the mail check job', () => {
  let a: RunningHostedServer
  let b: RunningHostedServer
  let imap: Dovecot
  let close = async () => {}

  beforeAll(async () => {
    imap = await startDovecot(bin ?? '')
    const started = await startHostedServers(await createPostgresDatabase(postgres ?? ''), 2)
    close = started.close
    ;[a, b] = started.servers as [RunningHostedServer, RunningHostedServer]
  }, 60_000)
  afterAll(async () => {
    await close()
    imap?.stop()
  })

  const until = async (what: () => Promise<boolean>) => {
    const deadline = Date.now() + 20_000
    while (Date.now() < deadline && !(await what())) await new Promise((r) => setTimeout(r, 200))
  }

  it('checks each connected mailbox once however many servers queue it, and records a failure', async () => {
    const hal = new Visitor(a)
    await hal.call('POST', '/api/auth/signup', {
      email: 'hal@example.org',
      password: 'hal-pw-1234',
    })
    await hal.call('POST', '/api/people', {
      name: 'Amara Okafor',
      emails: ['amara@northwind.example'],
    })
    imap.deliver(
      '',
      `From: amara@northwind.example\nTo: hal@example.org\nSubject: Happy to help\nMessage-ID: <job1@northwind.example>\nDate: ${new Date().toUTCString()}\n\nThursday works.\n`,
    )
    const connect = (password: string) => ({ ...imapLogin(imap), password })
    expect((await hal.call('PUT', '/api/mail', connect(imap.password))).status).toBe(200)
    const ivy = new Visitor(b)
    await ivy.call('POST', '/api/auth/signup', {
      email: 'ivy@example.org',
      password: 'ivy-pw-1234',
    })
    expect((await ivy.call('PUT', '/api/mail', connect('wrong'))).status).toBe(200)
    // An account with no mailbox is never queued.
    await new Visitor(a).call('POST', '/api/auth/signup', {
      email: 'joe@example.org',
      password: 'joe-pw-1234',
    })

    // Three fan-outs at once on two servers: each mailbox is queued once (exclusive per account).
    const inboxReads = () => imap.commands().filter((c) => /EXAMINE "?INBOX/i.test(c)).length
    const queued = await Promise.all([a.fanOutMail(), b.fanOutMail(), a.fanOutMail()])
    expect(queued.reduce((x, y) => x + y, 0)).toBeGreaterThan(0)
    expect(queued.reduce((x, y) => x + y, 0)).toBeLessThanOrEqual(2)
    await until(async () => {
      const [h, i] = await Promise.all([hal.call('GET', '/api/mail'), ivy.call('GET', '/api/mail')])
      return Boolean(h.body.mail.checkedAt && i.body.mail.checkedAt)
    })
    await new Promise((r) => setTimeout(r, 1500))
    // Hal's mailbox was read exactly once (Ivy's sign-in was refused before any folder).
    expect(inboxReads()).toBe(1)
    const halMail = (await hal.call('GET', '/api/mail')).body.mail
    expect(halMail).toMatchObject({ lastError: null, proposals: 1 })
    const findings = (await hal.call('GET', '/api/mail/findings')).body.findings
    expect(findings.map((f: { subject: string }) => f.subject)).toEqual(['Happy to help'])
    const ivyMail = (await ivy.call('GET', '/api/mail')).body.mail
    expect(ivyMail.lastError).toMatch(/refused the user name or password/)
    expect((await ivy.call('GET', '/api/mail/findings')).body.findings).toEqual([])

    // Just checked: nothing is due until mailCheckEveryMinutes have passed.
    expect(await a.fanOutMail()).toBe(0)
    // The servers still answer.
    expect((await ivy.call('GET', '/api/auth/me')).status).toBe(200)
  })
})
