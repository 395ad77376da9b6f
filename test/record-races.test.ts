import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OpenDatabase } from '../src/db/connect.ts'
import { engines, openTestDatabase } from './engines.ts'
import { type Answer, type HostedApp, hostedAppOn, signedUp } from './hosted-in-process.ts'

type Call = (method: string, path: string, body?: unknown) => Promise<Answer>

/**
 * Linked records created, changed and deleted at the same moment: every
 * answer is a success or a clear 4xx (a record that went away is 404 or
 * 409), never a 5xx. PostgreSQL gets a pool wide enough that the requests
 * really overlap; rounds repeat, since a race is won or lost by timing.
 */
describe.each(engines())('linked records changed at the same moment [%s]', (engine) => {
  let database: OpenDatabase | undefined
  let app: HostedApp
  let call: Call

  beforeAll(async () => {
    // A pool wide enough that the requests really overlap.
    database = await openTestDatabase(engine, 20)
    app = hostedAppOn(database).app
    call = (await signedUp(app, `racer-${randomBytes(4).toString('hex')}@example.org`)).call
  })
  afterAll(async () => {
    await database?.close()
  })

  const rounds = 8
  const made = async (path: string, body: unknown) => {
    const answer = await call('POST', path, body)
    expect(answer.status, answer.text).toBeLessThan(300)
    return answer.body as { id: string; person?: { id: string } }
  }
  const failures = (answers: Answer[]) =>
    answers.filter((a) => a.status >= 500).map((a) => `${a.status} ${a.text.slice(0, 200)}`)

  it('captures a referral while its person is deleted', async () => {
    const answers: Answer[] = []
    for (let round = 0; round < rounds; round++) {
      const person = await made('/api/people', { name: `Referrer ${round}` })
      const chat = await made('/api/conversations', { personId: person.id })
      answers.push(
        ...(await Promise.all([
          call('POST', `/api/conversations/${chat.id}/referrals`, { name: 'Raj Patel' }),
          call('DELETE', `/api/people/${person.id}`),
          call('POST', `/api/conversations/${chat.id}/referrals`, {
            name: 'Mina Okafor',
            organization: `Brightline ${round}`,
          }),
        ])),
      )
    }
    expect(failures(answers)).toEqual([])
    for (const a of answers.filter((x) => x.status >= 400))
      expect([404, 409], a.text).toContain(a.status)
  })

  it('deletes an organization while its people are created and moved to it', async () => {
    const answers: Answer[] = []
    for (let round = 0; round < rounds; round++) {
      const org = await made('/api/organizations', { name: `Acme ${round}` })
      const people = await Promise.all(
        [1, 2, 3].map((n) =>
          made('/api/people', { name: `Worker ${round}.${n}`, organizationId: org.id }),
        ),
      )
      answers.push(
        ...(await Promise.all([
          ...people.map((p) =>
            call('PATCH', `/api/people/${p.id}`, { organizationId: org.id, title: 'Analyst' }),
          ),
          call('DELETE', `/api/organizations/${org.id}`),
          call('POST', '/api/people', { name: `Newcomer ${round}`, organizationId: org.id }),
          call('PATCH', `/api/organizations/${org.id}`, { industry: 'Insurance' }),
          call('DELETE', `/api/organizations/${org.id}`),
        ])),
      )
    }
    expect(failures(answers)).toEqual([])
  })

  it('deletes a career while people, organizations and conversations are tied to it', async () => {
    const answers: Answer[] = []
    for (let round = 0; round < rounds; round++) {
      const career = await made('/api/careers', { name: `Actuary ${round}` })
      const person = await made('/api/people', { name: `Ana ${round}` })
      answers.push(
        ...(await Promise.all([
          call('DELETE', `/api/careers/${career.id}`),
          call('POST', '/api/people', { name: `Ben ${round}`, careerIds: [career.id] }),
          call('PATCH', `/api/people/${person.id}`, { careerIds: [career.id] }),
          call('POST', '/api/organizations', { name: `Org ${round}`, careerIds: [career.id] }),
          call('POST', '/api/conversations', { personId: person.id, careerIds: [career.id] }),
          call('POST', '/api/careers', { name: `Focus ${round}`, parentId: career.id }),
        ])),
      )
    }
    expect(failures(answers)).toEqual([])
  })

  it('checks a restore (dry run) while records are created and deleted', async () => {
    const answers: Answer[] = []
    for (let round = 0; round < rounds; round++) {
      const org = await made('/api/organizations', { name: `Dry ${round}` })
      const backup = (await call('GET', '/api/export/json')).text
      answers.push(
        ...(await Promise.all([
          call('POST', '/api/restore?dryRun=true', backup),
          call('POST', '/api/people', { name: `Late ${round}`, organizationId: org.id }),
          call('DELETE', `/api/organizations/${org.id}`),
          call('POST', '/api/restore?dryRun=true', backup),
          call('POST', '/api/careers', { name: `Late career ${round}` }),
        ])),
      )
    }
    expect(failures(answers)).toEqual([])
  })

  it('saves SMTP settings while they are deleted', async () => {
    const settings = {
      host: 'smtp.example.org',
      port: 587,
      security: 'starttls',
      username: 'ada',
      password: 'app-password',
      fromAddress: 'ada@example.org',
    }
    const answers: Answer[] = []
    for (let round = 0; round < rounds; round++) {
      answers.push(
        ...(await Promise.all([
          call('PUT', '/api/smtp', settings),
          call('DELETE', '/api/smtp'),
          call('PUT', '/api/smtp', { ...settings, password: undefined }),
          call('DELETE', '/api/smtp'),
        ])),
      )
    }
    expect(failures(answers)).toEqual([])
  })
})
