import { randomBytes } from 'node:crypto'
import { beforeAll, expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import {
  type Answer,
  type HostedApp,
  hostedAppOn,
  signedUp,
} from '../../../test/hosted-in-process.ts'

/** A script of the instance: no cookie, no Origin, only its bearer token. */
function scriptOf(app: HostedApp, token: string) {
  return async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const response = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    const isJson = response.headers.get('content-type')?.includes('json') && text
    return { status: response.status, body: isJson ? JSON.parse(text) : null, text }
  }
}

describeEngines('personal access tokens over the API', (h) => {
  let app: HostedApp
  const email = () => `t-${randomBytes(4).toString('hex')}@example.org`
  beforeAll(() => {
    app = hostedAppOn(h.database()).app
  })

  it('makes, lists and revokes tokens in Settings’ session, and shows each token once', async () => {
    const browser = await signedUp(app, email())
    const made = await browser.call('POST', '/api/tokens', { name: 'Claude', scope: 'read' })
    expect(made.status, made.text).toBe(201)
    expect(made.body.token).toMatch(/^cct_/)
    const listed = await browser.call('GET', '/api/tokens')
    expect(listed.body).toHaveLength(1)
    expect(listed.text).not.toContain(made.body.token)
    expect(listed.body[0]).toMatchObject({ name: 'Claude', scope: 'read', lastUsedAt: null })

    await scriptOf(app, made.body.token)('GET', '/api/people')
    expect((await browser.call('GET', '/api/tokens')).body[0].lastUsedAt).not.toBeNull()

    expect((await browser.call('DELETE', `/api/tokens/${made.body.id}`)).status).toBe(204)
    expect((await browser.call('GET', '/api/tokens')).body).toEqual([])
    expect((await browser.call('DELETE', `/api/tokens/${made.body.id}`)).status).toBe(404)
    const bad = await browser.call('POST', '/api/tokens', { name: '', scope: 'everything' })
    expect(bad.status).toBe(400)
    expect(bad.body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['name', 'scope'])
  })

  it('refuses an expired token with 401 saying when it expired, over the API and MCP', async () => {
    let now = new Date()
    const clocked = hostedAppOn(h.database(), () => now).app
    const browser = await signedUp(clocked, email())
    const made = await browser.call('POST', '/api/tokens', { name: 'week', expiresInDays: 7 })
    expect(made.status, made.text).toBe(201)
    expect(Date.parse(made.body.expiresAt) - now.getTime()).toBe(7 * 24 * 3600 * 1000)
    const script = scriptOf(clocked, made.body.token)
    expect((await script('GET', '/api/people')).status).toBe(200)
    now = new Date(Date.parse(made.body.expiresAt))
    const refused = await script('GET', '/api/people')
    expect(refused.status).toBe(401)
    expect(refused.body.error).toMatch(
      /^this access token expired on \d{1,2} \w{3} \d{4} \(UTC\); make a new one/,
    )
    const mcp = await clocked.request('/mcp', {
      method: 'POST',
      headers: {
        authorization: `Bearer ${made.body.token}`,
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(mcp.status).toBe(401)
    expect(await mcp.text()).toContain('this access token expired on')
    // The list says so, for the explorer to replace it.
    const listed = await browser.call('GET', '/api/tokens')
    expect(listed.body[0]).toMatchObject({ name: 'week', expired: true })
    const wrong = await browser.call('POST', '/api/tokens', { name: 'x', expiresInDays: 0 })
    expect(wrong.status).toBe(400)
    expect(wrong.body.issues[0]).toMatchObject({ path: 'expiresInDays' })
  })

  it('lets a read token read and refuses its writes with 403 naming the scope', async () => {
    const browser = await signedUp(app, email())
    const read = (await browser.call('POST', '/api/tokens', { name: 'r', scope: 'read' })).body
    const write = (await browser.call('POST', '/api/tokens', { name: 'w', scope: 'read-write' }))
      .body
    const reader = scriptOf(app, read.token)
    const writer = scriptOf(app, write.token)
    const refused = await reader('POST', '/api/people', { name: 'Ada' })
    expect(refused.status).toBe(403)
    expect(refused.body.error).toMatch(/read scope/)
    const person = await writer('POST', '/api/people', { name: 'Ada' })
    expect(person.status, person.text).toBe(201)
    const seen = await reader('GET', `/api/people/${person.body.id}`)
    expect(seen.status).toBe(200)
    expect(seen.body.name).toBe('Ada')
    expect((await reader('PATCH', `/api/people/${person.body.id}`, { name: 'Eve' })).status).toBe(
      403,
    )
    expect((await reader('DELETE', `/api/people/${person.body.id}`)).status).toBe(403)
    expect((await browser.call('GET', '/api/people')).body.total).toBe(1)
  })

  it('never lets a token manage tokens or the account, whatever its scope', async () => {
    const browser = await signedUp(app, email())
    const write = (await browser.call('POST', '/api/tokens', { name: 'w', scope: 'read-write' }))
      .body
    const writer = scriptOf(app, write.token)
    expect((await writer('GET', '/api/auth/me')).status).toBe(200)
    for (const [method, path] of [
      ['POST', '/api/tokens'],
      ['GET', '/api/tokens'],
      ['DELETE', `/api/tokens/${write.id}`],
      ['POST', '/api/auth/password'],
      ['DELETE', '/api/auth/account'],
      ['GET', '/api/admin/accounts'],
    ] as const) {
      const answer = await writer(method, path, method === 'GET' ? undefined : {})
      expect(answer.status, `${method} ${path}`).toBe(403)
    }
    expect((await browser.call('GET', '/api/tokens')).body).toHaveLength(1)
  })

  it('refuses a revoked token at once, for every one of many simultaneous requests', async () => {
    const browser = await signedUp(app, email())
    const token = (await browser.call('POST', '/api/tokens', { name: 'busy', scope: 'read' })).body
    const script = scriptOf(app, token.token)
    const before = await Promise.all(Array.from({ length: 16 }, () => script('GET', '/api/today')))
    expect(before.map((a) => a.status)).toEqual(Array(16).fill(200))
    expect((await browser.call('DELETE', `/api/tokens/${token.id}`)).status).toBe(204)
    const after = await Promise.all(Array.from({ length: 16 }, () => script('GET', '/api/today')))
    expect(after.map((a) => a.status)).toEqual(Array(16).fill(401))
    expect(after[0]?.body.error).toMatch(/not valid/)
    // A wrong token is refused, not taken for no token (which would ask for a session).
    expect((await scriptOf(app, 'cct_nope')('GET', '/api/people')).status).toBe(401)
  })

  it('acts for the token’s own account only', async () => {
    const first = await signedUp(app, email())
    const second = await signedUp(app, email())
    const person = await first.call('POST', '/api/people', { name: 'Ada Lovelace' })
    const token = (await second.call('POST', '/api/tokens', { name: 'b', scope: 'read-write' }))
      .body
    const script = scriptOf(app, token.token)
    expect((await script('GET', `/api/people/${person.body.id}`)).status).toBe(404)
    expect((await script('PATCH', `/api/people/${person.body.id}`, { name: 'x' })).status).toBe(404)
    const mine = await script('GET', '/api/people')
    expect(mine.body.total).toBe(0)
    expect(mine.text).not.toContain('Lovelace')
  })
})
