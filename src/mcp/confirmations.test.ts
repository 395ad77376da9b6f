import { randomBytes } from 'node:crypto'
import { fileURLToPath } from 'node:url'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../test/cli-harness.ts'
import { describeEngines } from '../../test/engines.ts'
import { type HostedApp, hostedAppOn, signedUp } from '../../test/hosted-in-process.ts'
import { callTool } from '../../test/mcp-client.ts'

type Browser = Awaited<ReturnType<typeof signedUp>>

async function connect(app: HostedApp, token: string): Promise<Client> {
  const client = new Client({ name: 'coffeechat-test', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL('https://careers.example.edu/mcp'), {
      requestInit: { headers: { authorization: `Bearer ${token}` } },
      fetch: async (url, init) => app.request(String(url), init),
    }),
  )
  return client
}

async function made(browser: Browser, path: string, body: unknown) {
  const answer = await browser.call('POST', path, body)
  if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${answer.text}`)
  return answer.body
}

describeEngines('MCP edits and removals behind a one-time confirmation', (h) => {
  let app: HostedApp
  let now = new Date('2026-03-02T09:00:00Z')
  let owner: Browser
  let client: Client
  const email = () => `c-${randomBytes(4).toString('hex')}@example.org`
  const newPerson = async (browser: Browser = owner, name = 'Ada Lovelace') =>
    (await made(browser, '/api/people', { name, title: 'Analyst' })).id as string
  const personOf = async (id: string, browser: Browser = owner) =>
    (await browser.call('GET', `/api/people/${id}`)).body

  beforeAll(async () => {
    app = hostedAppOn(h.database(), () => now).app
    owner = await signedUp(app, email())
    const token = (await owner.call('POST', '/api/tokens', { name: 'rw', scope: 'read-write' }))
      .body
    client = await connect(app, token.token)
  }, 60_000)
  afterAll(async () => {
    await client?.close()
  })

  it('previews an edit, changes nothing, then applies it once with the confirmation', async () => {
    const id = await newPerson()
    const before = await personOf(id)
    const args = { personId: id, title: 'Principal analyst', tags: ['mentor'] }
    const preview = await callTool(client, 'update_person', args)
    expect(preview.isError, preview.text).toBe(false)
    expect(preview.data).toMatchObject({
      applied: false,
      preview: {
        person: { id, title: 'Analyst' },
        changes: [
          { field: 'title', before: 'Analyst', after: 'Principal analyst' },
          { field: 'tags', before: [], after: ['mentor'] },
        ],
      },
    })
    expect(preview.data.confirmation).toMatch(/^ccc_[\w-]{32}$/)
    expect(Date.parse(preview.data.expiresAt) - now.getTime()).toBe(10 * 60_000)
    expect(await personOf(id)).toEqual(before)

    const confirmation = preview.data.confirmation
    const applied = await callTool(client, 'update_person', { ...args, confirmation })
    expect(applied.isError, applied.text).toBe(false)
    expect(applied.data).toMatchObject({ applied: true, result: { title: 'Principal analyst' } })
    expect((await personOf(id)).tags).toEqual(['mentor'])

    const again = await callTool(client, 'update_person', { ...args, confirmation })
    expect(again.isError).toBe(true)
    expect(again.text).toBe(
      'the input is not valid: confirmation: this confirmation is not valid (or was used already); call update_person without confirmation for a new preview',
    )
  })

  it('binds the confirmation to the exact arguments, the tool and the record as previewed', async () => {
    const id = await newPerson()
    const before = await personOf(id)
    const ask = async (args: Record<string, unknown>) =>
      (await callTool(client, 'update_person', args)).data.confirmation as string

    const other = await callTool(client, 'update_person', {
      personId: id,
      title: 'CEO',
      confirmation: await ask({ personId: id, title: 'Intern' }),
    })
    expect(other.text).toMatch(/confirmation was given for other arguments/)

    // Keys in another order are the same arguments.
    const reordered = await callTool(client, 'update_person', {
      title: 'Intern',
      personId: id,
      confirmation: await ask({ personId: id, title: 'Intern' }),
    })
    expect(reordered.isError, reordered.text).toBe(false)
    await owner.call('PATCH', `/api/people/${id}`, { title: before.title })

    const elsewhere = await callTool(client, 'delete_draft', {
      messageId: 'whatever',
      confirmation: await ask({ personId: id, title: 'CEO' }),
    })
    expect(elsewhere.isError).toBe(true)
    // The draft does not exist: its preview fails before any confirmation is looked at.
    expect(elsewhere.text).toBe('not found: no message with id whatever')

    const stale = await ask({ personId: id, title: 'CEO' })
    await owner.call('PATCH', `/api/people/${id}`, { notes: 'Changed in the app meanwhile' })
    const changed = await callTool(client, 'update_person', {
      personId: id,
      title: 'CEO',
      confirmation: stale,
    })
    expect(changed.text).toMatch(/the record changed since this confirmation's preview/)
    expect((await personOf(id)).title).toBe('Analyst')
  })

  it('refuses a confirmation for another tool, and one that expired', async () => {
    const person = await newPerson()
    const draft = await made(owner, '/api/messages', { kind: 'outreach', personId: person })
    const forPerson = (await callTool(client, 'update_person', { personId: person, title: 'CEO' }))
      .data.confirmation
    const wrongTool = await callTool(client, 'delete_draft', {
      messageId: draft.id,
      confirmation: forPerson,
    })
    expect(wrongTool.text).toMatch(/this confirmation is for update_person, not delete_draft/)

    const late = (await callTool(client, 'delete_draft', { messageId: draft.id })).data
    now = new Date(Date.parse(late.expiresAt))
    try {
      const expired = await callTool(client, 'delete_draft', {
        messageId: draft.id,
        confirmation: late.confirmation,
      })
      expect(expired.text).toMatch(/this confirmation expired \(they last 10 minutes\)/)
    } finally {
      now = new Date('2026-03-02T09:00:00Z')
    }
    expect((await owner.call('GET', `/api/messages/${draft.id}`)).status).toBe(200)
  })

  it('removes a plan question and deletes a draft once confirmed, and never a sent message', async () => {
    const person = await newPerson()
    const conversation = await made(owner, '/api/conversations', { personId: person })
    const plan = await made(owner, `/api/conversations/${conversation.id}/plan/items`, {
      items: [
        { text: 'What does a normal week look like?', topic: 'day-to-day' },
        { text: 'How did you start?', topic: 'path' },
      ],
    })
    const item = plan.items[0]
    const preview = await callTool(client, 'remove_question_from_plan', { planItemId: item.id })
    expect(preview.data.preview.remove).toMatchObject({ id: item.id, text: item.text })
    const removed = await callTool(client, 'remove_question_from_plan', {
      planItemId: item.id,
      confirmation: preview.data.confirmation,
    })
    expect(removed.isError, removed.text).toBe(false)
    const left = await owner.call('GET', `/api/conversations/${conversation.id}/plan`)
    expect(left.body.items.map((i: { text: string }) => i.text)).toEqual(['How did you start?'])

    const draft = await made(owner, '/api/messages', { kind: 'outreach', personId: person })
    const ask = (await callTool(client, 'delete_draft', { messageId: draft.id })).data
    expect(ask.preview.remove.id).toBe(draft.id)
    const deleted = await callTool(client, 'delete_draft', {
      messageId: draft.id,
      confirmation: ask.confirmation,
    })
    expect(deleted.data).toEqual({ applied: true, result: { deleted: draft.id } })
    expect((await owner.call('GET', `/api/messages/${draft.id}`)).status).toBe(404)

    const other = await made(owner, '/api/messages', {
      kind: 'outreach',
      personId: person,
      subject: 'A question about your work',
      body: 'Dear Ada,\n\nWould you have 20 minutes to tell me about your work?\n\nBest,\nEve',
    })
    await made(owner, `/api/messages/${other.id}/sent`, { channel: 'copy' })
    const sent = await callTool(client, 'delete_draft', { messageId: other.id })
    expect(sent.isError).toBe(true)
    expect(sent.text).toMatch(/not possible now: that message is sent, not a draft/)
  })

  it('does not let account B use account A’s confirmation, and A’s stays good', async () => {
    const mine = await newPerson()
    const args = { personId: mine, title: 'Principal analyst' }
    const ask = (await callTool(client, 'update_person', args)).data

    const second = await signedUp(app, email())
    const theirs = await newPerson(second, 'Grace Hopper')
    const token = (await second.call('POST', '/api/tokens', { name: 'b', scope: 'read-write' }))
      .body
    const other = await connect(app, token.token)
    try {
      const onMine = await callTool(other, 'update_person', {
        ...args,
        confirmation: ask.confirmation,
      })
      expect(onMine.text).toBe(`not found: no person with id ${mine}`)
      const onTheirs = await callTool(other, 'update_person', {
        personId: theirs,
        title: 'Principal analyst',
        confirmation: ask.confirmation,
      })
      expect(onTheirs.text).toMatch(/this confirmation is not valid/)
      expect((await personOf(theirs, second)).title).toBe('Analyst')
    } finally {
      await other.close()
    }
    const applied = await callTool(client, 'update_person', {
      ...args,
      confirmation: ask.confirmation,
    })
    expect(applied.isError, applied.text).toBe(false)
    expect((await personOf(mine)).title).toBe('Principal analyst')
  })

  it('annotates the tools that need a confirmation as destructive', async () => {
    const { tools } = await client.listTools()
    const destructive = tools.filter((t) => t.annotations?.destructiveHint).map((t) => t.name)
    expect(destructive.sort()).toEqual([
      'delete_draft',
      'remove_question_from_plan',
      'update_organization',
      'update_person',
    ])
    const update = tools.find((t) => t.name === 'update_person')
    expect(Object.keys(update?.inputSchema.properties ?? {})).toContain('confirmation')
  })
})

describe('MCP confirmations over stdio (coffeechat mcp)', () => {
  const bin = fileURLToPath(new URL('../../bin/coffeechat.js', import.meta.url))
  const dataDir = tempDataDir()
  let client: Client
  beforeAll(async () => {
    const added = await cli(['people', 'add', 'Ada Lovelace', '--title', 'Analyst'], {
      COFFEECHAT_DATA: dataDir,
    })
    expect(added.code, added.stderr).toBe(0)
    client = new Client({ name: 'coffeechat-test', version: '1.0.0' })
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [bin, 'mcp', '--data', dataDir],
        env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' },
        stderr: 'pipe',
      }),
    )
  }, 60_000)
  afterAll(async () => {
    await client?.close()
  })

  it('previews, then applies with the confirmation, once', async () => {
    const people = await callTool(client, 'list_people', {})
    const id = people.data.items[0].id
    const ask = await callTool(client, 'update_person', { personId: id, title: 'Countess' })
    expect(ask.data.applied).toBe(false)
    const shown = await cli(['people', 'show', id, '--json'], { COFFEECHAT_DATA: dataDir })
    expect(shown.json<{ title: string }>().title).toBe('Analyst')
    const args = { personId: id, title: 'Countess', confirmation: ask.data.confirmation }
    expect((await callTool(client, 'update_person', args)).data.applied).toBe(true)
    expect((await callTool(client, 'update_person', args)).isError).toBe(true)
    const after = await cli(['people', 'show', id, '--json'], { COFFEECHAT_DATA: dataDir })
    expect(after.json<{ title: string }>().title).toBe('Countess')
  })
})
