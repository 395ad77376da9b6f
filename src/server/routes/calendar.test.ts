import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'
import type { Ctx } from '../../core/context.ts'
import { createConversation } from '../../core/conversations/service.ts'
import { createOrganization } from '../../core/organizations/service.ts'
import { createPerson } from '../../core/people/service.ts'
import { verifyIcs } from '../../formats/ics-verify.ts'
import { createApp } from '../app.ts'

const feedPath = (url: string) => new URL(url).pathname

async function world(ctx: Ctx) {
  const org = await createOrganization(ctx, { name: 'Analytical Engines' })
  const ada = await createPerson(ctx, { name: 'Ada Lovelace', organizationId: org.id })
  const scheduled = await createConversation(ctx, {
    personId: ada.id,
    status: 'scheduled',
    scheduledAt: '2026-03-05T14:00:00Z',
    place: 'Café Einstein',
  })
  const cancelled = await createConversation(ctx, {
    personId: ada.id,
    status: 'cancelled',
    scheduledAt: '2026-03-06T14:00:00Z',
  })
  const open = await createConversation(ctx, { personId: ada.id })
  return { scheduled, cancelled, open }
}

describeEngines('HTTP: calendar', (h) => {
  it('downloads one conversation as text/calendar, named after the person', async () => {
    const ctx = await h.newCtx()
    const call = httpClient(ctx)
    const { scheduled, open } = await world(ctx)
    const file = await call('GET', `/api/conversations/${scheduled.id}/calendar.ics`)
    expect(file.status).toBe(200)
    expect(file.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="coffee-chat-ada-lovelace.ics"',
    )
    expect(verifyIcs(file.text).events[0]).toMatchObject({
      uid: `${scheduled.id}@coffeechat`,
      summary: 'Coffee chat with Ada Lovelace (Analytical Engines)',
      location: 'Café Einstein',
    })

    const unscheduled = await call('GET', `/api/conversations/${open.id}/calendar.ics`)
    expect(unscheduled.status).toBe(400)
    expect(unscheduled.body.issues[0].path).toBe('scheduledAt')
    expect(unscheduled.body.error).toMatch(/no date and time yet/)
    const missing = await call('GET', '/api/conversations/nope/calendar.ics')
    expect(missing.status).toBe(404)
    expect(missing.body.error).toBe('no conversation with id nope')
  })

  it('makes, shows, regenerates and turns off the feed; the feed needs the current token and no session', async () => {
    const ctx = await h.newCtx()
    const call = httpClient(ctx)
    const { scheduled } = await world(ctx)
    expect((await call('GET', '/api/calendar/feed')).body).toEqual({
      active: false,
      prefix: null,
      createdAt: null,
    })
    const made = await call('POST', '/api/calendar/feed')
    expect(made.status).toBe(201)
    expect(made.body.url).toMatch(/^http:\/\/127\.0\.0\.1:4321\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
    expect(made.body.webcalUrl).toMatch(/^webcal:\/\/127\.0\.0\.1:4321\/calendar\//)
    const shown = await call('GET', '/api/calendar/feed')
    expect(shown.body).toMatchObject({
      active: true,
      prefix: feedPath(made.body.url).slice(10, 16),
    })
    expect(shown.text).not.toContain(made.body.url.slice(-20))

    const feed = await call('GET', feedPath(made.body.url))
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(feed.headers.get('content-disposition')).toBe('inline; filename="coffeechat.ics"')
    expect(feed.headers.get('cache-control')).toBe('private, max-age=300')
    const calendar = verifyIcs(feed.text)
    expect(calendar.properties).toMatchObject({
      'X-WR-CALNAME': 'coffeechat',
      'X-PUBLISHED-TTL': 'PT1H',
    })
    expect(feed.text).toContain('\r\nREFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n')
    // The cancelled conversation is not in the feed: that is how subscribers delete it.
    expect(calendar.events.map((e) => e.uid)).toEqual([`${scheduled.id}@coffeechat`])

    const again = await call('POST', '/api/calendar/feed')
    expect(again.body.url).not.toBe(made.body.url)
    const old = await call('GET', feedPath(made.body.url))
    const unknown = await call('GET', `/calendar/${'A'.repeat(43)}.ics`)
    const malformed = await call('GET', '/calendar/short.ics')
    for (const answer of [old, unknown, malformed]) {
      expect(answer.status).toBe(404)
      expect(answer.text).toBe(unknown.text)
    }
    expect(unknown.body.error).toMatch(/turned off or replaced/)
    expect((await call('GET', feedPath(again.body.url))).status).toBe(200)

    expect((await call('DELETE', '/api/calendar/feed')).body).toMatchObject({ active: false })
    expect((await call('GET', feedPath(again.body.url))).status).toBe(404)
  })

  it('answers 304 to a matching ETag and HEAD without a body', async () => {
    const ctx = await h.newCtx()
    await world(ctx)
    const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
    const host = { host: '127.0.0.1:4321' }
    const made = await app.request('/api/calendar/feed', {
      method: 'POST',
      headers: { ...host, origin: 'http://127.0.0.1:4321' },
    })
    const path = feedPath(((await made.json()) as { url: string }).url)
    const first = await app.request(path, { headers: host })
    const etag = first.headers.get('etag') ?? ''
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const second = await app.request(path, { headers: { ...host, 'if-none-match': etag } })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
    const head = await app.request(path, { method: 'HEAD', headers: host })
    expect(head.status).toBe(200)
    expect(head.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
    expect(await head.text()).toBe('')
    // Local mode answers loopback names only, the feed included.
    const foreign = await app.request(path, { headers: { host: 'evil.example' } })
    expect(foreign.status).toBe(403)
  })

  it('describes the calendar routes in the OpenAPI document', async () => {
    const call = httpClient(await h.newCtx())
    const doc = await call('GET', '/api/openapi.json')
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining(['/api/conversations/{id}/calendar.ics', '/api/calendar/feed']),
    )
  })
})
