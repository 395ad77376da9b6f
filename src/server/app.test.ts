import { expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import type { Ctx } from '../core/context.ts'
import { createApp } from './app.ts'

const origin = 'http://127.0.0.1:4321'

function client(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
  return async (
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) => {
    const response = await app.request(path, {
      method,
      headers: {
        host: '127.0.0.1:4321',
        ...(body === undefined ? {} : { 'content-type': 'application/json', origin }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    })
    const text = await response.text()
    return {
      status: response.status,
      body: text ? JSON.parse(text) : null,
      headers: response.headers,
    }
  }
}

describeEngines('HTTP API', (h) => {
  it('creates, reads, lists, changes and deletes every kind of record', async () => {
    const call = client(await h.newCtx())
    const career = await call('POST', '/api/careers', { name: 'Data scientist' })
    expect(career.status).toBe(201)
    const org = await call('POST', '/api/organizations', {
      name: 'Acme',
      motivation: 2,
      careerIds: [career.body.id],
    })
    expect(org.status).toBe(201)
    const person = await call('POST', '/api/people', {
      name: 'Ada Lovelace',
      organizationId: org.body.id,
      careerIds: [career.body.id],
      emails: ['ada@example.org'],
    })
    expect(person.status).toBe(201)
    expect(person.body).toMatchObject({ organization: 'Acme', careers: ['Data scientist'] })
    const chat = await call('POST', '/api/conversations', {
      personId: person.body.id,
      format: 'video',
    })
    expect(chat.status).toBe(201)

    for (const [plural, id] of [
      ['careers', career.body.id],
      ['organizations', org.body.id],
      ['people', person.body.id],
      ['conversations', chat.body.id],
    ]) {
      const list = await call('GET', `/api/${plural}?limit=10`)
      expect(list.status).toBe(200)
      expect(list.body).toMatchObject({ total: 1, limit: 10, offset: 0 })
      expect(list.body.items[0].id).toBe(id)
      expect((await call('GET', `/api/${plural}/${id}`)).body.id).toBe(id)
    }

    const patched = await call('PATCH', `/api/people/${person.body.id}`, { title: 'Engineer' })
    expect(patched.status).toBe(200)
    expect(patched.body).toMatchObject({ title: 'Engineer', name: 'Ada Lovelace' })
    const moved = await call('PATCH', `/api/conversations/${chat.body.id}`, { status: 'requested' })
    expect(moved.body.status).toBe('requested')

    expect((await call('DELETE', `/api/conversations/${chat.body.id}`)).status).toBe(204)
    expect((await call('DELETE', `/api/people/${person.body.id}`)).status).toBe(204)
    expect((await call('DELETE', `/api/organizations/${org.body.id}`)).status).toBe(204)
    expect((await call('DELETE', `/api/careers/${career.body.id}`)).status).toBe(204)
    expect((await call('GET', `/api/people/${person.body.id}`)).status).toBe(404)
  })

  it('answers 400 with every failing field path', async () => {
    const call = client(await h.newCtx())
    const bad = await call('POST', '/api/people', { name: '', emails: ['nope'], colour: 'blue' })
    expect(bad.status).toBe(400)
    expect(bad.body.error).toMatch(/^the request is not valid: /)
    expect(bad.body.issues).toEqual([
      { path: 'name', message: 'give the person a name' },
      { path: 'emails.0', message: 'not an email address such as ada@example.org' },
      { path: 'colour', message: 'is not a known field' },
    ])
    const query = await call('GET', '/api/people?limit=0')
    expect(query.status).toBe(400)
    expect(query.body.issues[0].path).toBe('limit')
    const json = await call('POST', '/api/careers', '{"name":')
    expect(json).toMatchObject({
      status: 400,
      body: { error: 'the request body is not valid JSON' },
    })
    const person = await call('POST', '/api/people', { name: 'Ada' })
    const chat = await call('POST', '/api/conversations', { personId: person.body.id })
    const move = await call('PATCH', `/api/conversations/${chat.body.id}`, { status: 'thanked' })
    expect(move.status).toBe(400)
    expect(move.body.issues[0].path).toBe('status')
  })

  it('answers 404 for unknown ids and routes, 409 for conflicts', async () => {
    const call = client(await h.newCtx())
    const missing = await call('GET', '/api/careers/0190-nope')
    expect(missing).toMatchObject({ status: 404, body: { error: 'no career with id 0190-nope' } })
    expect((await call('PATCH', '/api/organizations/nope', { name: 'x' })).status).toBe(404)
    expect((await call('GET', '/api/nothing-here')).status).toBe(404)
    const parent = await call('POST', '/api/careers', { name: 'Data scientist' })
    await call('POST', '/api/careers', { name: 'NLP', parentId: parent.body.id })
    const conflict = await call('DELETE', `/api/careers/${parent.body.id}`)
    expect(conflict.status).toBe(409)
    expect(conflict.body.error).toMatch(/has 1 focus area \(NLP\)/)
  })

  it('reads and changes settings, and searches', async () => {
    const call = client(await h.newCtx())
    const settings = await call('GET', '/api/settings')
    expect(settings.body.settings.outreachMaxWords).toBe(75)
    expect(settings.body.entries.length).toBeGreaterThan(20)
    const changed = await call('PATCH', '/api/settings', { outreachMaxWords: 100 })
    expect(changed.body.settings.outreachMaxWords).toBe(100)
    expect((await call('PATCH', '/api/settings', { outreachMaxWords: 'lots' })).status).toBe(400)
    expect(
      (await call('DELETE', '/api/settings/outreachMaxWords')).body.settings.outreachMaxWords,
    ).toBe(75)
    await call('POST', '/api/people', {
      name: 'Zoë Adams',
      notes: 'works on <script>alert(1)</script> filters',
    })
    const found = await call('GET', '/api/search?q=zoe')
    expect(found.body.results[0]).toMatchObject({ kind: 'person', title: 'Zoë Adams' })
    expect((await call('GET', '/api/search')).status).toBe(400)
  })

  it('refuses other hosts (DNS rebinding) and writes from other origins', async () => {
    const call = client(await h.newCtx())
    const rebound = await call('GET', '/api/people', undefined, { host: 'attacker.example:4321' })
    expect(rebound.status).toBe(403)
    const forged = await call(
      'POST',
      '/api/people',
      { name: 'Mallory' },
      { origin: 'https://attacker.example' },
    )
    expect(forged.status).toBe(403)
    const crossSite = await call('DELETE', '/api/people/x', undefined, {
      'sec-fetch-site': 'cross-site',
    })
    expect(crossSite.status).toBe(403)
    expect((await call('GET', '/api/people', undefined, { host: 'localhost:4321' })).status).toBe(
      200,
    )
    expect((await call('GET', '/api/people')).body.total).toBe(0)
  })

  it('sends strict security headers and an OpenAPI document of every route', async () => {
    const call = client(await h.newCtx())
    const doc = await call('GET', '/api/openapi.json')
    expect(doc.status).toBe(200)
    expect(doc.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(doc.headers.get('x-content-type-options')).toBe('nosniff')
    const paths = Object.keys(doc.body.paths)
    for (const plural of ['people', 'organizations', 'careers', 'conversations']) {
      expect(paths).toContain(`/api/${plural}`)
      expect(paths).toContain(`/api/${plural}/{id}`)
      expect(Object.keys(doc.body.paths[`/api/${plural}/{id}`]).sort()).toEqual([
        'delete',
        'get',
        'patch',
      ])
    }
  })
})
