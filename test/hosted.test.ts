import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RunningHostedServer } from '../src/server/serve-hosted.ts'
import { createPostgresDatabase } from './engines.ts'
import { BASE_URL, type Mail, signIn, startHostedServers, Visitor } from './hosted-support.ts'

const postgres = inject('postgresUrl')
if (!postgres) console.warn('\n*** hosted-mode tests SKIPPED: no PostgreSQL ***\n')

describe.runIf(postgres)('hosted mode: two app servers, one PostgreSQL', () => {
  let servers: RunningHostedServer[] = []
  let mail: Mail[] = []
  let close = async () => {}
  let a: RunningHostedServer
  let b: RunningHostedServer

  beforeAll(async () => {
    const started = await startHostedServers(await createPostgresDatabase(postgres ?? ''), 2)
    servers = started.servers
    mail = started.mail
    close = started.close
    ;[a, b] = servers as [RunningHostedServer, RunningHostedServer]
  }, 60_000)
  afterAll(async () => close())

  it('signs up through one server and uses the session through the other', async () => {
    const ada = new Visitor(a)
    const signed = await ada.call('POST', '/api/auth/signup', {
      email: 'Ada@Example.org',
      password: 'correct horse battery',
    })
    expect(signed.status).toBe(201)
    expect(signed.body).toMatchObject({ email: 'ada@example.org', role: 'admin' })
    const cookie = signed.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/Secure/)
    expect(cookie).toMatch(/SameSite=Lax/)

    const onB = new Visitor(b)
    onB.cookie = ada.cookie
    expect((await onB.call('GET', '/api/auth/me')).body.email).toBe('ada@example.org')
    const person = await onB.call('POST', '/api/people', { name: 'Grace Hopper' })
    expect(person.status).toBe(201)
    expect(
      (await ada.call('GET', '/api/people')).body.items.map((p: { name: string }) => p.name),
    ).toEqual(['Grace Hopper'])

    expect((await ada.call('POST', '/api/auth/logout')).status).toBe(200)
    expect((await onB.call('GET', '/api/people')).status).toBe(401)
  })

  it('answers 401 to every API route without a session, and serves the public ones', async () => {
    const stranger = new Visitor(a)
    for (const path of [
      '/api/people',
      '/api/careers',
      '/api/settings',
      '/api/search?q=x',
      '/api/auth/me',
    ]) {
      expect((await stranger.call('GET', path)).status).toBe(401)
    }
    expect((await stranger.call('GET', '/api/meta')).body).toMatchObject({ mode: 'hosted' })
    expect((await stranger.call('GET', '/api/openapi.json')).status).toBe(200)
    const forged = new Visitor(a)
    const refused = await forged.call(
      'POST',
      '/api/auth/login',
      { email: 'x@example.org', password: 'whatever1' },
      { origin: 'https://evil.example' },
    )
    expect(refused.status).toBe(403)
  })

  it('says the same thing for an unknown email and a wrong password', async () => {
    await new Visitor(a).call('POST', '/api/auth/signup', {
      email: 'bo@example.org',
      password: 'bo-password-1',
    })
    const unknown = await signIn(a, 'nobody@example.org', 'bo-password-1')
    const wrong = await signIn(b, 'bo@example.org', 'not-the-password')
    expect(unknown.status).toBe(401)
    expect(wrong.status).toBe(401)
    expect(unknown.body).toEqual(wrong.body)
    expect(wrong.body.error).toBe('the email or the password is not right')
  })

  it('rate-limits failed sign-ins per account across both servers', async () => {
    await new Visitor(a).call('POST', '/api/auth/signup', {
      email: 'cy@example.org',
      password: 'cy-password-1',
    })
    for (let i = 0; i < 5; i++) {
      const server = i % 2 === 0 ? a : b
      expect((await signIn(server, 'cy@example.org', `wrong-${i}-pass`)).status).toBe(401)
    }
    const locked = await signIn(b, 'cy@example.org', 'cy-password-1')
    expect(locked.status).toBe(429)
    expect(locked.body.error).toMatch(/too many failed sign-ins; try again in 15 minutes/)
    expect(locked.headers.get('retry-after')).toBe('900')
  })

  it('rotates the session at sign-in and ends sessions on a password change', async () => {
    const di = new Visitor(a)
    await di.call('POST', '/api/auth/signup', {
      email: 'di@example.org',
      password: 'di-password-1',
    })
    const first = di.cookie
    await di.call('POST', '/api/auth/login', { email: 'di@example.org', password: 'di-password-1' })
    expect(di.cookie).not.toBe(first)
    const old = new Visitor(b)
    old.cookie = first
    expect((await old.call('GET', '/api/auth/me')).status).toBe(401)

    const other = new Visitor(b)
    await other.call('POST', '/api/auth/login', {
      email: 'di@example.org',
      password: 'di-password-1',
    })
    const changed = await di.call('POST', '/api/auth/password', {
      currentPassword: 'di-password-1',
      newPassword: 'di-password-2',
    })
    expect(changed.status).toBe(200)
    expect((await other.call('GET', '/api/auth/me')).status).toBe(401)
    expect((await di.call('GET', '/api/auth/me')).status).toBe(200)
  })

  it('resets a forgotten password with a one-time emailed link', async () => {
    await new Visitor(a).call('POST', '/api/auth/signup', {
      email: 'eve@example.org',
      password: 'eve-password-1',
    })
    const before = mail.length
    expect(
      (
        await new Visitor(b).call('POST', '/api/auth/password-reset/request', {
          email: 'eve@example.org',
        })
      ).status,
    ).toBe(200)
    expect(
      (
        await new Visitor(b).call('POST', '/api/auth/password-reset/request', {
          email: 'ghost@example.org',
        })
      ).status,
    ).toBe(200)
    expect(mail.length).toBe(before + 1)
    const link = mail
      .at(-1)
      ?.text.match(/https:\/\/careers\.example\.edu\/reset-password\?token=(\S+)/)
    const token = decodeURIComponent(link?.[1] ?? '')
    expect(mail.at(-1)?.to).toBe('eve@example.org')
    const reset = await new Visitor(a).call('POST', '/api/auth/password-reset', {
      token,
      newPassword: 'eve-password-2',
    })
    expect(reset.status).toBe(200)
    const again = await new Visitor(a).call('POST', '/api/auth/password-reset', {
      token,
      newPassword: 'eve-password-3',
    })
    expect(again.body.issues[0].path).toBe('token')
    expect((await signIn(a, 'eve@example.org', 'eve-password-2')).status).toBe(200)
  })

  it('lets the administrator invite, disable and see counts — never notes', async () => {
    const admin = new Visitor(a)
    await admin.call('POST', '/api/auth/login', {
      email: 'ada@example.org',
      password: 'correct horse battery',
    })
    expect(
      (await admin.call('PUT', '/api/admin/sign-up-mode', { signUpMode: 'invitation' })).status,
    ).toBe(200)
    const uninvited = await new Visitor(b).call('POST', '/api/auth/signup', {
      email: 'fay@example.org',
      password: 'fay-password-1',
    })
    expect(uninvited.status).toBe(403)
    const invited = await admin.call('POST', '/api/admin/invitations', { email: 'fay@example.org' })
    const token = new URL(invited.body.link).searchParams.get('invitation') ?? ''
    const fay = new Visitor(b)
    expect(
      (
        await fay.call('POST', '/api/auth/signup', {
          email: 'fay@example.org',
          password: 'fay-password-1',
          invitation: token,
        })
      ).status,
    ).toBe(201)
    await fay.call('POST', '/api/people', { name: 'Secret Contact', notes: 'private notes' })
    const accounts = await admin.call('GET', '/api/admin/accounts')
    const row = accounts.body.accounts.find((x: { email: string }) => x.email === 'fay@example.org')
    expect(row.counts.people).toBe(1)
    expect(JSON.stringify(accounts.body)).not.toMatch(/Secret Contact|private notes/)
    expect((await fay.call('GET', '/api/admin/accounts')).status).toBe(403)

    await admin.call('POST', `/api/admin/accounts/${row.id}/disable`)
    expect((await fay.call('GET', '/api/people')).status).toBe(401)
    const disabled = await signIn(a, 'fay@example.org', 'fay-password-1')
    expect(disabled.status).toBe(403)
    await admin.call('POST', `/api/admin/accounts/${row.id}/enable`)
    expect((await signIn(a, 'fay@example.org', 'fay-password-1')).status).toBe(200)
    await admin.call('PUT', '/api/admin/sign-up-mode', { signUpMode: 'open' })
  })

  it('deletes an account with every record it owns', async () => {
    const gus = new Visitor(a)
    const account = await gus.call('POST', '/api/auth/signup', {
      email: 'gus@example.org',
      password: 'gus-password-1',
    })
    const career = await gus.call('POST', '/api/careers', { name: 'Actuary' })
    const person = await gus.call('POST', '/api/people', {
      name: 'Hal',
      careerIds: [career.body.id],
    })
    await gus.call('POST', '/api/conversations', { personId: person.body.id })
    const { db } = a.hosted.instance
    const owned = async () =>
      Promise.all(
        (['careers', 'people', 'conversations', 'person_careers', 'search_documents'] as const).map(
          async (table) =>
            (
              await db
                .selectFrom(table)
                .select('owner_id')
                .where('owner_id', '=', account.body.id)
                .execute()
            ).length,
        ),
      )
    expect((await owned()).every((n) => n > 0)).toBe(true)
    expect((await gus.call('DELETE', '/api/auth/account', { password: 'wrong' })).status).toBe(400)
    expect(
      (await gus.call('DELETE', '/api/auth/account', { password: 'gus-password-1' })).status,
    ).toBe(200)
    expect(await owned()).toEqual([0, 0, 0, 0, 0])
    const sessions = await db
      .selectFrom('sessions')
      .select('account_id')
      .where('account_id', '=', account.body.id)
      .execute()
    expect(sessions).toEqual([])
    expect((await signIn(b, 'gus@example.org', 'gus-password-1')).status).toBe(401)
  })

  it('sends one digest per account per day, however many servers run the jobs', async () => {
    const hal = new Visitor(a)
    await hal.call('POST', '/api/auth/signup', {
      email: 'hal@example.org',
      password: 'hal-password-1',
    })
    const person = await hal.call('POST', '/api/people', { name: 'Ida' })
    const soon = new Date(Date.now() + 3 * 60 * 60 * 1000).toISOString()
    await hal.call('POST', '/api/conversations', {
      personId: person.body.id,
      status: 'scheduled',
      scheduledAt: soon,
    })
    const before = mail.filter((m) => m.to === 'hal@example.org').length
    await Promise.all([a.fanOutDigests(), b.fanOutDigests(), a.fanOutDigests()])
    const deadline = Date.now() + 20_000
    while (
      Date.now() < deadline &&
      mail.filter((m) => m.to === 'hal@example.org').length === before
    ) {
      await new Promise((r) => setTimeout(r, 200))
    }
    await new Promise((r) => setTimeout(r, 1500))
    const digests = mail.filter((m) => m.to === 'hal@example.org').slice(before)
    expect(digests).toHaveLength(1)
    expect(digests[0]?.subject).toMatch(/^coffeechat today: \d+ things? to do$/)
    expect(digests[0]?.text).toMatch(/Meetings today and tomorrow:[\s\S]*Ida/)
    expect(digests[0]?.text).toMatch(/https:\/\/careers\.example\.edu\/conversations\//)
    expect(BASE_URL).toBe('https://careers.example.edu')
  })
})
