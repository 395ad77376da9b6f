import { randomBytes } from 'node:crypto'
import { simpleParser } from 'mailparser'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { addAnaSouza, httpClient } from '../../../test/http-client.ts'
import { startTestSmtpServer, type TestSmtpServer } from '../../../test/smtp-server.ts'
import type { Ctx } from '../../core/context.ts'

let smtp: TestSmtpServer
beforeAll(async () => {
  smtp = await startTestSmtpServer()
})
afterAll(async () => {
  await smtp.close()
})

describeEngines('HTTP API for messages, SMTP, lint and Today', (h) => {
  async function setUp() {
    const key = randomBytes(32)
    const ctx: Ctx = { ...(await h.newCtx()), secretKey: () => key }
    const call = httpClient(ctx)
    await call('PATCH', '/api/settings', { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
    const personId = await addAnaSouza(call, { connectionNote: 'the TU Berlin alumni network' })
    return { ctx, call, personId }
  }

  it('drafts, lints, edits and downloads a message as .eml', async () => {
    const { call, personId } = await setUp()
    const draft = await call('POST', '/api/messages', { kind: 'outreach', personId })
    expect(draft.status).toBe(201)
    expect(draft.body).toMatchObject({ status: 'draft', to: 'ana@example.org', unfilled: [] })
    expect(draft.body.lint.body).toEqual({ words: expect.any(Number), problems: [] })
    expect(draft.body.mailto.href).toMatch(/^mailto:ana@example\.org\?subject=/)

    const edited = await call('PATCH', `/api/messages/${draft.body.id}`, {
      body: 'Do you have any openings on your team?',
    })
    expect(edited.body.lint.body.problems.map((p: { rule: string }) => p.rule)).toContain(
      'etiquette',
    )
    expect((await call('PATCH', `/api/messages/${draft.body.id}`, { kind: 'memo' })).status).toBe(
      400,
    )

    const eml = await call('GET', `/api/messages/${draft.body.id}/draft.eml`)
    expect(eml.status).toBe(200)
    expect(eml.headers.get('content-type')).toBe('message/rfc822')
    expect(eml.headers.get('content-disposition')).toMatch(/^attachment; filename="[\w-]+\.eml"$/)
    const mail = await simpleParser(eml.text)
    expect(mail.headers.get('x-unsent')).toBe('1')
    expect(mail.text?.trimEnd()).toBe('Do you have any openings on your team?')

    const list = await call('GET', `/api/messages?personId=${personId}&status=draft`)
    expect(list.body).toMatchObject({ total: 1, items: [{ id: draft.body.id }] })
  })

  it('takes the time of an autosaved edit (updatedAt), and names a malformed one', async () => {
    const { call, personId } = await setUp()
    const draft = await call('POST', '/api/messages', { kind: 'outreach', personId })
    const path = `/api/messages/${draft.body.id}`
    const saved = await call('PATCH', path, {
      subject: 'A question about data science',
      updatedAt: '2026-03-02T09:20:00.000Z',
    })
    expect(saved.status).toBe(200)
    expect(saved.body.subject).toBe('A question about data science')
    const replay = await call('PATCH', path, {
      subject: 'Hello',
      updatedAt: '2026-03-02T09:10:00+01:00',
    })
    expect(replay.status).toBe(200)
    expect(replay.body.subject).toBe('A question about data science')
    const malformed = await call('PATCH', path, { subject: 'Hello', updatedAt: 'just now' })
    expect(malformed.status).toBe(400)
    expect(malformed.body.issues).toEqual([
      { path: 'updatedAt', message: expect.stringMatching(/ISO instant/) },
    ])
    expect((await call('GET', path)).body.subject).toBe('A question about data science')
  })

  it('lints any text as the live editor does, and names a wrong kind', async () => {
    const { call } = await setUp()
    const result = await call('POST', '/api/lint', {
      kind: 'question',
      text: 'Are you hiring?',
      subject: 'Quick question',
    })
    expect(result.body).toEqual({
      words: 3,
      problems: [
        { rule: 'etiquette', message: expect.stringMatching(/hiring/), start: 0, end: 14 },
      ],
      subject: { words: 2, problems: [] },
    })
    const wrong = await call('POST', '/api/lint', { kind: 'memo', text: 'x' })
    expect(wrong.status).toBe(400)
    expect(wrong.body.issues[0].path).toBe('kind')
  })

  it('sends through SMTP only with confirm: true, and never returns the password', async () => {
    const { call, personId } = await setUp()
    const saved = await call('PUT', '/api/smtp', {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: smtp.user,
      password: smtp.password,
      fromName: 'Sam Lee',
      fromAddress: 'sam@example.org',
    })
    expect(saved.status).toBe(200)
    expect(saved.body.smtp).toMatchObject({ passwordSet: true, username: 'sam' })
    expect(saved.text).not.toContain(smtp.password)
    expect((await call('GET', '/api/smtp')).text).not.toContain(smtp.password)
    expect((await call('POST', '/api/smtp/test')).body).toEqual({ ok: true })

    const draft = await call('POST', '/api/messages', { kind: 'outreach', personId })
    const refused = await call('POST', `/api/messages/${draft.body.id}/send`, {})
    expect(refused.status).toBe(400)
    expect(refused.body.issues[0].path).toBe('confirm')
    const before = smtp.received.length
    const sent = await call('POST', `/api/messages/${draft.body.id}/send`, { confirm: true })
    expect(sent.status).toBe(200)
    expect(sent.body).toMatchObject({ status: 'sent', channel: 'smtp' })
    expect(smtp.received[before]?.subject).toBe(draft.body.subject)
    const again = await call('POST', `/api/messages/${draft.body.id}/send`, { confirm: true })
    expect(again.status).toBe(409)

    await call('PUT', '/api/smtp', {
      host: smtp.host,
      port: smtp.port,
      security: 'none',
      username: smtp.user,
      password: 'nope',
      fromAddress: 'sam@example.org',
    })
    const second = await call('POST', '/api/messages', { kind: 'follow-up', personId })
    const failed = await call('POST', `/api/messages/${second.body.id}/send`, { confirm: true })
    expect(failed.status).toBe(502)
    expect(failed.body).toMatchObject({ reason: 'auth', error: expect.stringMatching(/535/) })
  })

  it('records "I sent it" and a reply, and shows the person’s responsiveness', async () => {
    const { ctx, call, personId } = await setUp()
    const draft = await call('POST', '/api/messages', { kind: 'outreach', personId })
    const sent = await call('POST', `/api/messages/${draft.body.id}/sent`, { channel: 'mailto' })
    expect(sent.body).toMatchObject({ status: 'sent', channel: 'mailto' })
    const later = httpClient({ ...ctx, now: () => new Date('2026-03-04T12:00:00Z') })
    const reply = await later('POST', '/api/replies', { personId })
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({
      message: { id: draft.body.id, status: 'replied' },
      conversation: { status: 'requested' },
      outreach: { responsiveness: 'booster', chasing: false },
    })
    const outreach = await later('GET', `/api/people/${personId}/outreach`)
    expect(outreach.body).toMatchObject({ responsiveness: 'booster', attempts: 1 })
    expect((await call('GET', '/api/people/nobody/outreach')).status).toBe(404)
    const neither = await call('POST', '/api/replies', {})
    expect(neither.status).toBe(400)
  })

  it('answers Today and the templates, all described in the OpenAPI document', async () => {
    const { call } = await setUp()
    const today = await call('GET', '/api/today')
    expect(today.body).toMatchObject({ today: '2026-03-02', timeZone: 'Europe/Berlin' })
    expect(today.body.items[0]).toMatchObject({
      kind: 'coverage',
      action: { href: expect.stringMatching(/^\/careers\//) },
    })
    const templates = await call('GET', '/api/templates')
    expect(templates.body.templates).toHaveLength(7)
    expect(templates.body.variables.map((v: { name: string }) => v.name)).toContain('takeaway')
    const saved = await call('PUT', '/api/templates/check-in', {
      subject: 'Hello {firstName}',
      body: 'Hi {firstName}, how are things? {myName}',
    })
    expect(saved.body).toMatchObject({ isDefault: false })
    expect(
      (await call('PUT', '/api/templates/check-in', { subject: 'x {nope}', body: 'y' })).status,
    ).toBe(400)
    expect((await call('DELETE', '/api/templates/check-in')).body.isDefault).toBe(true)
    expect((await call('GET', '/api/templates/nothing')).status).toBe(400)
    const paths = Object.keys((await call('GET', '/api/openapi.json')).body.paths)
    for (const path of [
      '/api/messages/{id}/send',
      '/api/messages/{id}/draft.eml',
      '/api/replies',
      '/api/lint',
      '/api/today',
      '/api/smtp',
      '/api/templates/{key}',
      '/api/people/{id}/outreach',
    ]) {
      expect(paths).toContain(path)
    }
  })
})
