import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { type OpenDatabase, openDatabase } from '../../src/db/connect.ts'
import { createPostgresDatabase, engines } from '../engines.ts'
import { type FuzzTarget, hostedTarget, localTarget } from './fuzz-apps.ts'
import { anyRequest, type FuzzRequest, type OpenApiDocument } from './openapi-requests.ts'

/**
 * Schema-driven fuzzing of the whole API, on both engines: SQLite in local
 * mode, PostgreSQL in hosted mode signed in. Every operation of the OpenAPI
 * document gets valid bodies, broken ones (wrong types, hostile strings —
 * NUL, lone surrogates, huge, unicode), deep nesting, bad ids and queries
 * and wrong content types. No answer may be a 5xx or take over 5 s. On
 * PostgreSQL four requests run at a time, as on a server with several users.
 *
 * COFFEECHAT_FUZZ_REQUESTS sets the count per engine (2,000 by default);
 * COFFEECHAT_FUZZ_SEED replays a run.
 */
const requests = Number(process.env.COFFEECHAT_FUZZ_REQUESTS ?? 2000)
const seed = Number(process.env.COFFEECHAT_FUZZ_SEED ?? Date.now() % 1_000_000)
const slowMs = 5000
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g

// These would open a connection to whatever SMTP host a fuzzed request saved.
const offline = new Set(['POST /api/smtp/test', 'POST /api/messages/{id}/send'])

async function seedRecords(target: FuzzTarget): Promise<string[]> {
  const ids = new Set<string>()
  const make = async (method: string, path: string, body?: unknown) => {
    const answer = await target.json(method, path, body)
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body)}`).toBeLessThan(300)
    for (const id of JSON.stringify(answer.body).match(UUID) ?? []) ids.add(id)
    return answer.body as { id: string; items?: Array<{ id: string; questionId: string }> }
  }
  const career = await make('POST', '/api/careers', { name: 'Data scientist' })
  await make('POST', '/api/careers', { name: 'NLP', parentId: career.id })
  const org = await make('POST', '/api/organizations', { name: 'Acme', careerIds: [career.id] })
  const person = await make('POST', '/api/people', {
    name: 'Ada Lovelace',
    organizationId: org.id,
    careerIds: [career.id],
    emails: ['ada@example.org'],
  })
  await make('POST', '/api/people', { name: 'Bo', referredById: person.id })
  const chat = await make('POST', '/api/conversations', {
    personId: person.id,
    status: 'scheduled',
    scheduledAt: '2026-03-05T15:00',
    timeZone: 'Europe/Berlin',
  })
  const question = await make('POST', '/api/questions', {
    text: 'What does a day look like?',
    topic: 'day-to-day',
    careerId: career.id,
  })
  await make('POST', `/api/conversations/${chat.id}/plan/items`, {
    items: [{ questionId: question.id }],
  })
  await make('POST', '/api/messages', { kind: 'outreach', personId: person.id, body: 'Hello?' })
  return [...ids]
}

interface Finding {
  request: string
  status: number
  ms: number
  answer: string
}

function describeRequest(request: FuzzRequest): string {
  const body = request.body === undefined ? '' : ` ${JSON.stringify(request.body.slice(0, 300))}`
  return `${request.method} ${request.path.slice(0, 300)} [${request.contentType ?? 'no type'}]${body}`
}

describe.each(engines())('fuzzing the API from its OpenAPI document [%s]', (engine) => {
  let database: OpenDatabase | undefined
  let target: FuzzTarget
  let doc: OpenApiDocument
  let ids: string[] = []

  beforeAll(async () => {
    if (engine === 'sqlite') {
      database = await openDatabase({ sqliteFile: ':memory:' })
      target = await localTarget(database)
    } else {
      const url = await createPostgresDatabase(inject('postgresUrl') ?? '')
      database = await openDatabase({ databaseUrl: url, maxConnections: 4 })
      target = await hostedTarget(database)
    }
    const described = await target.send({
      operation: 'doc',
      method: 'GET',
      path: '/api/openapi.json',
      contentType: undefined,
      body: undefined,
    })
    doc = JSON.parse(described.text)
    ids = await seedRecords(target)
  })
  afterAll(async () => {
    await database?.close()
  })

  it(`answers ${requests} fuzzed requests without a 5xx, each within ${slowMs / 1000} s`, async () => {
    const arbitrary = anyRequest(doc, { ids: () => ids }, (op) =>
      offline.has(`${op.method} ${op.template}`),
    )
    const sample = fc.sample(arbitrary, { numRuns: requests, seed })
    const findings: Finding[] = []
    const seen = new Set<string>()
    const one = async (request: FuzzRequest) => {
      seen.add(request.operation)
      const answer = await target.send(request)
      if (answer.status >= 500 || answer.ms > slowMs) {
        findings.push({
          request: describeRequest(request),
          status: answer.status,
          ms: Math.round(answer.ms),
          answer: answer.text.slice(0, 200),
        })
      }
    }
    // PostgreSQL answers several at once (a pool of 4), as a hosted server does; SQLite one by one.
    const parallel = engine === 'postgres' ? 4 : 1
    for (let i = 0; i < sample.length; i += parallel) {
      await Promise.all(sample.slice(i, i + parallel).map(one))
    }
    const operations = Object.values(doc.paths).flatMap((methods) => Object.keys(methods)).length
    expect(seen.size, 'operations reached').toBeGreaterThan((operations - offline.size) * 0.9)
    expect(findings, `seed ${seed} (COFFEECHAT_FUZZ_SEED=${seed} replays it)`).toEqual([])
  }, 300_000)
})
