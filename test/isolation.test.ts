import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { RunningHostedServer } from '../src/server/serve-hosted.ts'
import { createPostgresDatabase } from './engines.ts'
import { startHostedServers, Visitor } from './hosted-support.ts'
import { mcpWalkAsSecond } from './isolation-mcp.ts'

// Every record of the first account carries this word, so a leak shows in any answer.
const MARKER = 'Zanzibarquokka'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/

const postgres = inject('postgresUrl')
if (!postgres) console.warn('\n*** the isolation test is SKIPPED: no PostgreSQL ***\n')

interface Operation {
  method: string
  path: string
  parameters: Array<{ name: string; in: string; schema?: JsonSchema }>
  body?: JsonSchema
}
interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  properties?: Record<string, JsonSchema>
  required?: string[]
  items?: JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  minItems?: number
  minLength?: number
  minimum?: number
}
type OpenApi = {
  paths: Record<
    string,
    Record<
      string,
      {
        parameters?: Operation['parameters']
        requestBody?: { content: Record<string, { schema: JsonSchema }> }
      }
    >
  >
  components?: { schemas?: Record<string, JsonSchema> }
}

/** Every operation of the OpenAPI document: new routes are covered without anyone remembering. */
function operationsOf(doc: OpenApi): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      parameters: op.parameters ?? [],
      body: op.requestBody?.content['application/json']?.schema,
    })),
  )
}

/** A minimal body that satisfies a schema's required fields; id-like fields get the first account's ids. */
function sample(
  schema: JsonSchema | undefined,
  doc: OpenApi,
  ids: Map<string, string>,
  name = '',
): unknown {
  if (!schema) return {}
  if (schema.$ref)
    return sample(doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''], doc, ids, name)
  const variant = schema.anyOf ?? schema.oneOf
  if (variant) return sample(variant.find((s) => s.type !== 'null') ?? variant[0], doc, ids, name)
  if (schema.enum) return schema.enum[0]
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type
  const idOf = (field: string) => ids.get(field.replace(/Ids?$/, '')) ?? ids.get('person') ?? ''
  switch (type) {
    case 'object': {
      const out: Record<string, unknown> = {}
      for (const key of schema.required ?? [])
        out[key] = sample(schema.properties?.[key], doc, ids, key)
      for (const key of Object.keys(schema.properties ?? {})) {
        if (/Ids?$/.test(key) && !(key in out))
          out[key] = sample(schema.properties?.[key], doc, ids, key)
      }
      return out
    }
    case 'array':
      return /Ids$/.test(name)
        ? [idOf(name)]
        : Array.from({ length: schema.minItems ?? 0 }, () => sample(schema.items, doc, ids))
    case 'integer':
    case 'number':
      return schema.minimum ?? 1
    case 'boolean':
      return true
    case 'string':
      if (/Id$/.test(name)) return idOf(name)
      if (/email/i.test(name)) return 'b@example.org'
      return 'x'.repeat(Math.max(schema.minLength ?? 1, 12))
    default:
      return null
  }
}

function collectIds(value: unknown, into: Set<string>): void {
  if (typeof value === 'string' && UUID.test(value)) into.add(value)
  else if (Array.isArray(value)) for (const v of value) collectIds(v, into)
  else if (value && typeof value === 'object')
    for (const v of Object.values(value)) collectIds(v, into)
}

describe.runIf(postgres)('isolation between accounts, for every route of the API', () => {
  let server: RunningHostedServer
  let close = async () => {}
  const owner = { ids: new Set<string>(), byKind: new Map<string, string>() }
  let first: Visitor
  let second: Visitor

  beforeAll(async () => {
    const started = await startHostedServers(await createPostgresDatabase(postgres ?? ''), 1)
    server = started.servers[0] as RunningHostedServer
    close = started.close
    first = new Visitor(server)
    second = new Visitor(server)
    await first.call('POST', '/api/auth/signup', {
      email: 'first@example.org',
      password: 'first-password-1',
    })
    await second.call('POST', '/api/auth/signup', {
      email: 'second@example.org',
      password: 'second-password-1',
    })

    const make = async (kind: string, method: string, path: string, body?: unknown) => {
      const answer = await first.call(method, path, body)
      expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300)
      collectIds(answer.body, owner.ids)
      if (answer.body?.id) owner.byKind.set(kind, answer.body.id)
      return answer.body
    }
    const career = await make('career', 'POST', '/api/careers', {
      name: `Data scientist ${MARKER}`,
      hypothesis: MARKER,
    })
    await make('focus', 'POST', '/api/careers', { name: `NLP ${MARKER}`, parentId: career.id })
    const org = await make('organization', 'POST', '/api/organizations', {
      name: `Acme ${MARKER}`,
      notes: MARKER,
      careerIds: [career.id],
    })
    const person = await make('person', 'POST', '/api/people', {
      name: `Ada ${MARKER}`,
      organizationId: org.id,
      careerIds: [career.id],
      emails: ['ada@example.org'],
      notes: MARKER,
    })
    await make('referred', 'POST', '/api/people', { name: `Bo ${MARKER}`, referredById: person.id })
    const chat = await make('conversation', 'POST', '/api/conversations', {
      personId: person.id,
      status: 'scheduled',
      scheduledAt: '2030-03-05T15:00',
      timeZone: 'Europe/Berlin',
      notes: MARKER,
    })
    owner.byKind.set('conversation', chat.id)
    const question = await make('question', 'POST', '/api/questions', {
      text: `What about ${MARKER}?`,
      topic: 'day-to-day',
      careerId: career.id,
    })
    const item = await make('plan', 'POST', `/api/conversations/${chat.id}/plan/items`, {
      items: [{ questionId: question.id }],
    })
    const planItemId =
      (item.items ?? []).find((i: { questionId: string }) => i.questionId === question.id)?.id ??
      item.id
    owner.byKind.set('planItem', planItemId)
    await make('answer', 'PATCH', `/api/plan-items/${planItemId}`, {
      state: 'asked',
      answer: `Answer ${MARKER}`,
    })
    await make('meeting', 'PATCH', `/api/conversations/${chat.id}/meeting`, {
      researchNotes: MARKER,
    })
    await make('start', 'POST', `/api/conversations/${chat.id}/meeting/start`, {})
    await make('end', 'POST', `/api/conversations/${chat.id}/meeting/end`, {})
    await make('reflection', 'PATCH', `/api/conversations/${chat.id}/reflection`, {
      takeaways: MARKER,
      pros: [`modelling ${MARKER}`],
      fitRating: 4,
      pay: [{ low: 60000, high: 70000, currency: 'EUR', note: MARKER }],
    })
    const message = await make('message', 'POST', '/api/messages', {
      kind: 'outreach',
      personId: person.id,
      body: `Hello ${MARKER}, would you have 20 minutes?`,
    })
    owner.byKind.set('message', message.id)
    await make('template', 'PUT', '/api/templates/outreach-cold', {
      subject: `Hi ${MARKER}`,
      body: `Dear {firstName}, ${MARKER}?`,
    })
    await make('smtp', 'PUT', '/api/smtp', {
      host: 'smtp.example.org',
      port: 587,
      security: 'starttls',
      username: MARKER,
      password: MARKER,
      fromAddress: 'first@example.org',
    })
    await make('feed', 'POST', '/api/calendar/feed')
    await make('settings', 'PATCH', '/api/settings', { explorerName: MARKER })
    await make('token', 'POST', '/api/tokens', { name: `Claude ${MARKER}`, scope: 'read-write' })
  }, 120_000)
  afterAll(async () => close())

  it('answers 404 to the second account for every route that names a record of the first', async () => {
    const doc = (await first.call('GET', '/api/openapi.json')).body as OpenApi
    const operations = operationsOf(doc).filter(
      (op) =>
        !op.path.startsWith('/api/auth') &&
        !op.path.startsWith('/api/admin') &&
        op.path.includes('{id}'),
    )
    expect(operations.length).toBeGreaterThan(30)
    const failures: string[] = []
    for (const op of operations) {
      for (const id of owner.ids) {
        const path = op.path.replace('{id}', id)
        const body =
          op.method === 'GET' || (op.method === 'DELETE' && !op.body)
            ? undefined
            : sample(op.body, doc, owner.byKind)
        const answer = await second.call(op.method, path, body)
        const text = JSON.stringify(answer.body ?? '')
        if (answer.status !== 404 || text.includes(MARKER)) {
          failures.push(
            `${op.method} ${op.path} with ${id}: ${answer.status} ${text.slice(0, 160)}`,
          )
        }
      }
    }
    expect(failures).toEqual([])
  })

  it('shows the second account nothing of the first in any list, search, export, comparison or feed', async () => {
    const doc = (await first.call('GET', '/api/openapi.json')).body as OpenApi
    const reads = operationsOf(doc).filter(
      (op) =>
        op.method === 'GET' &&
        !op.path.includes('{') &&
        !op.path.startsWith('/api/admin') &&
        op.path !== '/api/openapi.json',
    )
    expect(reads.map((op) => op.path)).toEqual(
      expect.arrayContaining([
        '/api/people',
        '/api/search',
        '/api/export/json',
        '/api/careers/compare',
        '/api/today',
      ]),
    )
    const leaks: string[] = []
    for (const op of reads) {
      const query = op.parameters.some((p) => p.name === 'q') ? `?q=${MARKER}` : ''
      const response = await fetch(`${server.url}${op.path}${query}`, {
        headers: { cookie: second.cookie },
      })
      const text = Buffer.from(await response.arrayBuffer()).toString('latin1')
      if (response.status >= 300 && response.status !== 400)
        leaks.push(`${op.path}: ${response.status}`)
      if (text.includes(MARKER) || [...owner.ids].some((id) => text.includes(id)))
        leaks.push(`${op.path} shows the first account's data`)
    }
    for (const path of ['/api/templates/outreach-cold', `/api/settings`]) {
      const answer = await second.call('GET', path)
      if (JSON.stringify(answer.body).includes(MARKER))
        leaks.push(`${path} shows the first account's data`)
    }
    const feed = await second.call('POST', '/api/calendar/feed')
    const url = JSON.stringify(feed.body).match(/\/calendar\/[A-Za-z0-9_-]+\.ics/)?.[0] ?? ''
    const calendar = await (await fetch(`${server.url}${url}`)).text()
    if (calendar.includes(MARKER))
      leaks.push('the calendar feed shows the first account’s meetings')
    expect(leaks).toEqual([])
  })

  it('lets the second account neither reference nor change the first one’s records', async () => {
    const person = owner.byKind.get('person')
    const career = owner.byKind.get('career')
    const attempts: Array<[string, string, unknown]> = [
      ['POST', '/api/conversations', { personId: person }],
      ['POST', '/api/people', { name: 'Eve', referredById: person, careerIds: [career] }],
      ['POST', '/api/careers', { name: 'Eve', parentId: career }],
      ['POST', '/api/messages', { kind: 'outreach', personId: person }],
      ['POST', '/api/replies', { personId: person }],
      [
        'POST',
        '/api/questions',
        { text: 'What do you do all day?', topic: 'day-to-day', careerId: career },
      ],
    ]
    for (const [method, path, body] of attempts) {
      const answer = await second.call(method, path, body)
      expect(answer.status, `${method} ${path}`).toBeGreaterThanOrEqual(400)
      expect(JSON.stringify(answer.body)).not.toContain(MARKER)
    }
    const mine = await first.call('GET', `/api/people/${person}`)
    expect(mine.status).toBe(200)
    expect(mine.body.name).toContain(MARKER)
    expect((await first.call('GET', '/api/people')).body.total).toBe(2)
  })

  it('shows the second account nothing of the first through any MCP tool, resource or prompt', async () => {
    const leaks = await mcpWalkAsSecond({
      serverUrl: server.url,
      second,
      marker: MARKER,
      ids: owner.byKind,
    })
    expect(leaks).toEqual([])
    expect((await first.call('GET', '/api/people')).body.total).toBe(2)
  })
})
