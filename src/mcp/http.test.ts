import { randomBytes } from 'node:crypto'
import { Client } from '@modelcontextprotocol/sdk/client/index.js'
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js'
import type { Kysely } from 'kysely'
import { beforeAll, expect, it } from 'vitest'
import { describeEngines } from '../../test/engines.ts'
import { type HostedApp, hostedAppOn, signedUp } from '../../test/hosted-in-process.ts'
import { callTool } from '../../test/mcp-client.ts'
import { type RecordIds, validToolArgs } from '../../test/mcp-tool-args.ts'
import { createAccessToken } from '../core/access-tokens/service.ts'
import { listOrganizations } from '../core/organizations/service.ts'
import type { Database } from '../db/tables.ts'
import { createApp } from '../server/app.ts'
import { mcpTools } from './server.ts'

type Browser = Awaited<ReturnType<typeof signedUp>>

/** An MCP client of the in-process app at /mcp, with a bearer token. */
async function connect(
  app: Pick<HostedApp, 'request'>,
  token: string,
  base = 'https://careers.example.edu',
): Promise<Client> {
  const client = new Client({ name: 'coffeechat-test', version: '1.0.0' })
  await client.connect(
    new StreamableHTTPClientTransport(new URL(`${base}/mcp`), {
      requestInit: { headers: { authorization: `Bearer ${token}`, host: new URL(base).host } },
      fetch: async (url, init) => app.request(String(url), init),
    }),
  )
  return client
}

/** Everything the account holds, as its JSON export says it (without the export's own time). */
async function everything(browser: Browser): Promise<string> {
  const { text } = await browser.call('GET', '/api/export/json')
  return text.replace(/"exportedAt":"[^"]*"/, '')
}

async function worldOf(browser: Browser, db: Kysely<Database>): Promise<RecordIds> {
  const made = async (path: string, body: unknown) => {
    const answer = await browser.call('POST', path, body)
    if (answer.status >= 300) throw new Error(`${path}: ${answer.status} ${answer.text}`)
    return answer.body
  }
  const career = await made('/api/careers', { name: 'Data scientist' })
  const organization = await made('/api/organizations', { name: 'Acme', careerIds: [career.id] })
  const person = await made('/api/people', {
    name: 'Ada Lovelace',
    organizationId: organization.id,
    careerIds: [career.id],
    emails: ['ada@example.org'],
  })
  const conversation = await made('/api/conversations', {
    personId: person.id,
    status: 'scheduled',
    scheduledAt: '2026-03-01T15:00',
    timeZone: 'Europe/Berlin',
    careerIds: [career.id],
  })
  const plan = await made(`/api/conversations/${conversation.id}/plan/items`, {
    items: [{ text: 'How many hours does a normal week take?', topic: 'hours' }],
  })
  await made(`/api/conversations/${conversation.id}/meeting/start`, {})
  await made(`/api/conversations/${conversation.id}/meeting/end`, {})
  const draft = await made('/api/messages', { kind: 'outreach', personId: person.id })
  // What a mail check would have stored for a bounce to Ada (the IMAP side is
  // tested against dovecot in src/mcp/mail-tools.test.ts).
  const me = await browser.call('GET', '/api/auth/me')
  const mailFinding = `finding-${randomBytes(4).toString('hex')}`
  await db
    .insertInto('mail_findings')
    .values({
      id: mailFinding,
      owner_id: me.body.id,
      person_id: person.id,
      kind: 'bounce',
      status: 'proposed',
      folder: 'INBOX',
      header_message_id: `${mailFinding}@mx.example`,
      address: 'ada@example.org',
      subject: 'Undelivered Mail Returned to Sender',
      first_lines: 'Your message could not be delivered.',
      mail_at: '2026-03-01T12:00:00.000Z',
      absent_until: null,
      message_id: null,
      created_at: '2026-03-01T12:00:00.000Z',
    })
    .execute()
  return {
    mailFinding,
    career: career.id,
    organization: organization.id,
    person: person.id,
    conversation: conversation.id,
    planItem: plan.items[0].id,
    message: draft.id,
  }
}

describeEngines('the MCP server over Streamable HTTP', (h) => {
  let app: HostedApp
  let owner: Browser
  let ids: RecordIds
  let writeToken: { id: string; token: string }
  let readToken: { id: string; token: string }
  beforeAll(async () => {
    app = hostedAppOn(h.database()).app
    owner = await signedUp(app, `mcp-${randomBytes(4).toString('hex')}@example.org`)
    ids = await worldOf(owner, h.database().db)
    writeToken = (await owner.call('POST', '/api/tokens', { name: 'rw', scope: 'read-write' })).body
    readToken = (await owner.call('POST', '/api/tokens', { name: 'r', scope: 'read' })).body
  }, 60_000)

  it('lists every tool of the registry, each with a JSON Schema of its input', async () => {
    const client = await connect(app, readToken.token)
    const { tools } = await client.listTools()
    expect(tools.map((t) => t.name).sort()).toEqual(mcpTools.map((t) => t.name).sort())
    for (const tool of tools) expect(tool.inputSchema.type, tool.name).toBe('object')
    const add = tools.find((t) => t.name === 'add_person')
    expect(add?.inputSchema.required).toEqual(['name'])
    expect(add?.annotations?.readOnlyHint).toBe(false)
    expect(tools.find((t) => t.name === 'career_board')?.annotations?.readOnlyHint).toBe(true)
    await client.close()
  })

  it('calls every tool with valid input and gets its record back', async () => {
    const client = await connect(app, writeToken.token)
    const args = validToolArgs(ids)
    const failures: string[] = []
    for (const tool of mcpTools) {
      const input = args[tool.name]
      if (!input) {
        failures.push(`${tool.name}: no valid arguments in test/mcp-tool-args.ts`)
        continue
      }
      const answer = await callTool(client, tool.name, input)
      if (answer.isError) failures.push(`${tool.name}: ${answer.text}`)
    }
    expect(failures).toEqual([])
    const people = await owner.call('GET', '/api/people')
    expect(people.body.items.map((p: { name: string }) => p.name)).toContain('Grace Hopper')
    const reflection = await owner.call('GET', `/api/conversations/${ids.conversation}/reflection`)
    expect(reflection.body.takeaways).toBe('Hours are long.')
    const drafts = await owner.call('GET', `/api/messages?personId=${ids.person}`)
    expect(drafts.body.items.every((m: { status: string }) => m.status === 'draft')).toBe(true)
    await client.close()
  })

  it('answers invalid input to every tool with a clear error and writes nothing', async () => {
    const client = await connect(app, writeToken.token)
    const before = await everything(owner)
    const failures: string[] = []
    for (const tool of mcpTools) {
      const answer = await callTool(client, tool.name, { notAField: true })
      if (!answer.isError || !/notAField|Unrecognized|not a known field/i.test(answer.text))
        failures.push(`${tool.name}: ${answer.text.slice(0, 200)}`)
    }
    const noName = await callTool(client, 'add_person', {})
    expect(noName.isError).toBe(true)
    expect(noName.text).toMatch(/Input validation error.*\bname\b/s)
    const missing = await callTool(client, 'get_person', { id: 'no-such-person' })
    expect(missing.isError).toBe(true)
    expect(missing.text).toBe('not found: no person with id no-such-person')
    const wrongValue = await callTool(client, 'fill_reflection', {
      conversationId: ids.conversation,
      fitRating: 9,
    })
    expect(wrongValue.isError).toBe(true)
    expect(wrongValue.text).toMatch(/fitRating/)
    expect(failures).toEqual([])
    expect(await everything(owner)).toBe(before)
    await client.close()
  })

  it('lets a read-only token read, and refuses every write naming the scope', async () => {
    const client = await connect(app, readToken.token)
    const before = await everything(owner)
    const args = validToolArgs(ids)
    for (const tool of mcpTools.filter((t) => t.writes)) {
      const answer = await callTool(client, tool.name, args[tool.name])
      expect(answer.isError, tool.name).toBe(true)
      expect(answer.text, tool.name).toContain('read scope')
    }
    expect((await callTool(client, 'get_person', { id: ids.person })).data.name).toBe(
      'Ada Lovelace',
    )
    expect(await everything(owner)).toBe(before)
    await client.close()
  })

  it('offers each career board and conversation as Markdown, and the four prompts', async () => {
    const client = await connect(app, readToken.token)
    const { resources } = await client.listResources()
    const uris = resources.map((r) => r.uri)
    expect(uris).toContain(`coffeechat://careers/${ids.career}/board.md`)
    expect(uris).toContain(`coffeechat://conversations/${ids.conversation}.md`)
    const read = await client.readResource({
      uri: `coffeechat://conversations/${ids.conversation}.md`,
    })
    const first = read.contents[0]
    expect(first && 'text' in first ? first.text : '').toContain('# Conversation with Ada Lovelace')
    await expect(
      client.readResource({ uri: 'coffeechat://conversations/nope.md' }),
    ).rejects.toThrow(/no conversation with id nope/)
    const { prompts } = await client.listPrompts()
    expect(prompts.map((p) => p.name).sort()).toEqual([
      'draft_thank_you',
      'prepare_conversation',
      'what_people_said',
      'which_careers',
    ])
    const prepared = await client.getPrompt({
      name: 'prepare_conversation',
      arguments: { conversationId: ids.conversation },
    })
    const message = prepared.messages[0]?.content
    expect(message?.type === 'text' ? message.text : '').toContain('Ada Lovelace')
    await client.close()
  })

  it('refuses a revoked token at once, and a request without one', async () => {
    const extra = (await owner.call('POST', '/api/tokens', { name: 'x', scope: 'read' })).body
    const client = await connect(app, extra.token)
    expect((await callTool(client, 'today')).isError).toBe(false)
    expect((await owner.call('DELETE', `/api/tokens/${extra.id}`)).status).toBe(204)
    await expect(client.listTools()).rejects.toThrow(/401|not valid/)
    const bare = await app.request('/mcp', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/list' }),
    })
    expect(bare.status).toBe(401)
    expect(await bare.text()).toContain('Authorization: Bearer')
  })

  it('serves /mcp in local mode too, to a token the local explorer made', async () => {
    const ctx = await h.newCtx()
    const local = createApp({ local: true, contextFor: () => ctx, version: 'test' })
    const made = await createAccessToken(ctx, { name: 'local', scope: 'read-write' })
    const client = await connect(local, made.token, 'http://127.0.0.1:4321')
    const added = await callTool(client, 'add_organization', { name: 'Local Ltd' })
    expect(added.isError, added.text).toBe(false)
    expect((await listOrganizations(ctx, {})).items.map((o) => o.name)).toEqual(['Local Ltd'])
    await client.close()
    const none = await local.request('http://127.0.0.1:4321/mcp', {
      method: 'POST',
      headers: { host: '127.0.0.1:4321', 'content-type': 'application/json' },
      body: '{}',
    })
    expect(none.status).toBe(401)
  })
})
