import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createPostgresDatabase } from '../../../test/engines.ts'
import { BASE_URL, startHostedServers, Visitor } from '../../../test/hosted-support.ts'
import { verifyIcs } from '../../formats/ics-verify.ts'
import type { RunningHostedServer } from '../serve-hosted.ts'

const postgres = inject('postgresUrl')
if (!postgres) console.warn('\n*** hosted calendar feed test SKIPPED: no PostgreSQL ***\n')

describe.runIf(postgres)('calendar feed in hosted mode', () => {
  let server: RunningHostedServer
  let close = async () => {}

  beforeAll(async () => {
    const started = await startHostedServers(await createPostgresDatabase(postgres ?? ''), 1)
    server = started.servers[0] as RunningHostedServer
    close = started.close
  }, 60_000)
  afterAll(async () => close())

  it('gives a URL on the public address that serves the account’s chats without a session', async () => {
    const ada = new Visitor(server)
    await ada.call('POST', '/api/auth/signup', {
      email: 'ada@example.org',
      password: 'correct horse battery',
    })
    const person = await ada.call('POST', '/api/people', { name: 'Grace Hopper' })
    const chat = await ada.call('POST', '/api/conversations', {
      personId: person.body.id,
      status: 'scheduled',
      scheduledAt: '2099-03-05T14:00:00Z',
    })
    const made = await ada.call('POST', '/api/calendar/feed')
    expect(made.status).toBe(201)
    expect(made.body.url).toMatch(new RegExp(`^${BASE_URL}/calendar/[A-Za-z0-9_-]{43}\\.ics$`))

    const path = new URL(made.body.url).pathname
    const feed = await fetch(`${server.url}${path}`)
    expect(feed.status).toBe(200)
    expect(verifyIcs(await feed.text()).events.map((e) => e.uid)).toEqual([
      `${chat.body.id}@coffeechat`,
    ])
    // Without a session the API itself stays closed.
    expect((await fetch(`${server.url}/api/calendar/feed`)).status).toBe(401)
    expect((await fetch(`${server.url}/calendar/${'x'.repeat(43)}.ics`)).status).toBe(404)
  })
})
