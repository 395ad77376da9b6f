import { expect, it } from 'vitest'
import { describeEngines, type EngineHarness } from '../../../test/engines.ts'
import { BASE_URL } from '../../../test/hosted-support.ts'
import { defaultSessionPolicy } from '../../core/accounts/sessions.ts'
import { createApp } from '../app.ts'

/** A hosted-mode app in process on this engine's database (no files, no mail). */
function hostedApp(h: EngineHarness) {
  const { db, engine } = h.database()
  const now = new Date('2026-03-02T09:00:00Z')
  return createApp({
    local: false,
    version: 'test',
    hosted: {
      instance: { db, engine, now: () => new Date(now) },
      baseUrl: new URL(BASE_URL),
      policy: defaultSessionPolicy,
      trustProxy: false,
      sendMail: async () => {},
    },
  })
}

/** A browser of one account: its session cookie, the instance's Origin. */
async function signUp(app: ReturnType<typeof hostedApp>, email: string) {
  let cookie = ''
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(path, {
      method,
      headers: {
        origin: BASE_URL,
        ...(cookie ? { cookie } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const set = response.headers.get('set-cookie')
    if (set) cookie = set.split(';')[0] ?? ''
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json') && text
    return { status: response.status, body: isJson ? JSON.parse(text) : null, text }
  }
  const made = await call('POST', '/api/auth/signup', { email, password: `${email} password` })
  expect(made.status, JSON.stringify(made.body)).toBeLessThan(300)
  const names = async () =>
    ((await call('GET', '/api/people?limit=100')).body.items as Array<{ name: string }>)
      .map((p) => p.name)
      .sort()
  return { call, names }
}

/** Two accounts, Ana and Ben, on one hosted app, each with a mentor of their own. */
async function anaAndBen(h: EngineHarness) {
  const app = hostedApp(h)
  const tag = Math.random().toString(36).slice(2, 8)
  const ana = await signUp(app, `ana-${tag}@example.org`)
  const ben = await signUp(app, `ben-${tag}@example.org`)
  await ana.call('POST', '/api/people', { name: 'Ana’s mentor' })
  await ben.call('POST', '/api/people', { name: 'Ben’s mentor' })
  return { app, ana, ben }
}

describeEngines('POST /api/restore in hosted mode', (h) => {
  it('acts on the signed-in account only, keeping the replaced data in the answer', async () => {
    const { ana, ben } = await anaAndBen(h)
    const benBackup = (await ben.call('GET', '/api/export/json')).text
    await ben.call('POST', '/api/people', { name: 'Ben’s later contact' })

    const dry = await ben.call('POST', '/api/restore?dryRun=true', benBackup)
    expect(dry.body).toMatchObject({ rows: { people: 1 }, present: { people: 2 } })
    const restored = await ben.call('POST', '/api/restore?replace=true', benBackup)
    expect(restored.status).toBe(200)
    // The app servers keep no files: the answer is the copy of what was replaced.
    expect(restored.body.replaced).toMatchObject({
      savedTo: null,
      fileName: 'coffeechat-before-restore-2026-03-02T09-00-00-000Z.json',
    })
    expect(restored.body.replaced.backup).toContain('Ben’s later contact')
    expect(restored.body.replaced.backup).not.toContain('Ana’s mentor')
    expect(await ben.names()).toEqual(['Ben’s mentor'])
    expect(await ana.names()).toEqual(['Ana’s mentor'])
  })

  it('refuses another account’s backup (its ids are taken) and changes neither account', async () => {
    const { app, ana, ben } = await anaAndBen(h)
    const anaBackup = (await ana.call('GET', '/api/export/json')).text
    for (const query of ['?dryRun=true', '?replace=true']) {
      const refused = await ben.call('POST', `/api/restore${query}`, anaBackup)
      expect(refused.status, query).toBe(400)
      expect(refused.body.issues).toEqual([
        {
          path: 'tables.people.0.id',
          message: expect.stringMatching(
            /^people, row 1 \(id [0-9a-f-]+\): this record belongs to another account here\. A backup keeps/,
          ),
        },
      ])
    }
    expect(await ben.names()).toEqual(['Ben’s mentor'])
    expect(await ana.names()).toEqual(['Ana’s mentor'])
    // Without a session there is no account to restore into.
    const anonymous = await app.request('/api/restore?replace=true', {
      method: 'POST',
      headers: { origin: BASE_URL, 'content-type': 'application/json' },
      body: anaBackup,
    })
    expect(anonymous.status).toBe(401)
    expect(await ana.names()).toEqual(['Ana’s mentor'])
  })
})
