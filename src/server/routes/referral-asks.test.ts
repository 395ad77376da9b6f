import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'
import type { Ctx } from '../../core/context.ts'

describeEngines('HTTP API for asking for referrals', (h) => {
  /** Sam meets Ana on Thursday 5 March 2026 at 15:00 in Berlin; she replied on `repliedAt`. */
  async function metAna(repliedAt: string) {
    const ctx = await h.newCtx('2026-03-02T09:00:00Z')
    const at = (instant: string) =>
      httpClient({ ...ctx, now: () => new Date(instant) } satisfies Ctx)
    const call = at('2026-03-02T09:00:00Z')
    await call('PATCH', '/api/settings', { explorerName: 'Sam Lee', timeZone: 'Europe/Berlin' })
    const person = await call('POST', '/api/people', {
      name: 'Ana Souza',
      emails: ['ana@example.org'],
      connection: 'alumni',
    })
    const personId = person.body.id as string
    const draft = await call('POST', '/api/messages', {
      kind: 'outreach',
      personId,
      subject: 'Your advice',
      body: 'Hi Ana, would you share your advice in a 20-minute call? Best, Sam',
    })
    const sent = await call('POST', `/api/messages/${draft.body.id}/sent`, { channel: 'copy' })
    const chatId = sent.body.conversationId as string
    await at(repliedAt)('POST', '/api/replies', { personId, repliedAt })
    await call('PATCH', `/api/conversations/${chatId}`, {
      status: 'scheduled',
      scheduledAt: '2026-03-05T14:00:00Z',
    })
    await at('2026-03-05T15:00:00Z')('PATCH', `/api/conversations/${chatId}`, { status: 'met' })
    return { at, personId, chatId }
  }

  it('advises a booster to wait a week, then drafts the ask', async () => {
    const { at, personId, chatId } = await metAna('2026-03-03T10:00:00Z')
    const path = `/api/people/${personId}/referral-ask`
    const soon = await at('2026-03-09T09:00:00Z')('GET', path)
    expect(soon.status).toBe(200)
    expect(soon.body).toMatchObject({
      personId,
      conversationId: chatId,
      responsiveness: 'booster',
      advice: { ok: false, advisedFrom: '2026-03-12', cautions: [{ code: 'too-soon' }] },
      summary: 'Not advised yet: too soon, wait until 2026-03-12.',
    })
    const refused = await at('2026-03-09T09:00:00Z')('POST', path, {})
    expect(refused.status).toBe(400)
    expect(refused.body.issues).toEqual([
      { path: 'reason', message: expect.stringMatching(/^Give it until 2026-03-12/) },
    ])
    const week = await at('2026-03-12T09:00:00Z')('GET', path)
    expect(week.body.advice).toEqual({
      ok: true,
      advisedFrom: '2026-03-12',
      cautions: [],
      overriddenBecause: null,
    })
    const drafted = await at('2026-03-12T09:00:00Z')('POST', path)
    expect(drafted.status).toBe(201)
    expect(drafted.body.message).toMatchObject({
      kind: 'check-in',
      status: 'draft',
      conversationId: chatId,
      subject: 'Who else should I talk to?',
    })
    // No career on record: the ask reads "our conversation", with nothing left to fill in.
    expect(drafted.body.message.body).toMatch(/^Hi Ana,\n\nThank you again for our conversation;/)
    expect(drafted.body.message.unfilled).toEqual([])
    const listed = await at('2026-03-12T09:00:00Z')(
      'GET',
      `/api/messages?personId=${personId}&status=draft`,
    )
    expect(listed.body.items.map((m: { id: string }) => m.id)).toEqual([drafted.body.message.id])
  })

  it('cautions against asking an obligate, and goes ahead with a reason', async () => {
    const { at, personId } = await metAna('2026-03-16T10:00:00Z')
    const path = `/api/people/${personId}/referral-ask`
    const later = at('2026-04-01T09:00:00Z')
    const advice = await later('GET', path)
    expect(advice.body).toMatchObject({
      responsiveness: 'obligate',
      advice: { ok: false, cautions: [{ code: 'not-a-booster' }] },
    })
    const drafted = await later('POST', path, { reason: 'She said to write again in April.' })
    expect(drafted.status).toBe(201)
    expect(drafted.body.referralAsk.advice).toMatchObject({
      ok: true,
      overriddenBecause: 'She said to write again in April.',
    })
    // The reason is kept with the draft, for every device that opens it.
    const messageId = drafted.body.message.id as string
    expect(drafted.body.message.overrideReason).toBe('She said to write again in April.')
    const read = await later('GET', `/api/messages/${messageId}`)
    expect(read.body.overrideReason).toBe('She said to write again in April.')
    // A hand-written ask in a draft gets its reason where the explorer confirms it.
    const own = await later('POST', '/api/messages', {
      kind: 'check-in',
      personId,
      subject: 'Thanks again',
      body: 'Could you introduce me to someone in pricing?',
    })
    expect(own.body.overrideReason).toBeNull()
    const confirmed = await later('PATCH', `/api/messages/${own.body.id}`, {
      overrideReason: '  She offered names herself.  ',
    })
    expect(confirmed.status).toBe(200)
    expect(confirmed.body.overrideReason).toBe('She offered names herself.')
    const tooLong = await later('PATCH', `/api/messages/${own.body.id}`, {
      overrideReason: 'x'.repeat(1001),
    })
    expect(tooLong.status).toBe(400)
    expect(tooLong.body.issues[0].path).toBe('overrideReason')
    expect((await later('POST', path, { reason: 42 })).status).toBe(400)
    expect((await later('POST', path, { why: 'x' })).status).toBe(400)
  })

  it('answers 404 for nobody, 409 before the meeting, and documents both routes', async () => {
    const ctx = await h.newCtx()
    const call = httpClient(ctx)
    expect((await call('GET', '/api/people/nobody/referral-ask')).status).toBe(404)
    expect((await call('POST', '/api/people/nobody/referral-ask', {})).status).toBe(404)
    const person = await call('POST', '/api/people', { name: 'Jonas Becker' })
    const path = `/api/people/${person.body.id}/referral-ask`
    expect((await call('GET', path)).body).toMatchObject({ advice: null, conversationId: null })
    const early = await call('POST', path, { reason: 'we chatted at a conference' })
    expect(early.status).toBe(409)
    expect(early.body.error).toMatch(/^You have not met Jonas Becker yet/)
    const doc = (await call('GET', '/api/openapi.json')).body
    expect(Object.keys(doc.paths['/api/people/{id}/referral-ask'])).toEqual(['get', 'post'])
  })
})
