import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { chmodSync, readFileSync, writeFileSync } from 'node:fs'
import { createServer as createHttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openRuntime, type Runtime } from '../src/runtime.ts'
import { listen, type RunningServer, startServer } from '../src/server/serve.ts'
import { cli, tempDataDir } from './cli-harness.ts'
import { describeEngines } from './engines.ts'
import { hostedAppOn, signedUp } from './hosted-in-process.ts'
import { freePort } from './ports.ts'

const NOW = '2026-03-02T09:00:00Z'

/** The same records, made through whichever CLI `run` is (local or remote). */
async function makeRecords(run: (args: string[], at: string) => ReturnType<typeof cli>) {
  const steps = [
    ['careers', 'add', 'Data scientist', '--hypothesis', 'I like statistics'],
    ['careers', 'add', 'Product manager'],
    [
      'people',
      'add',
      'Ada Lovelace',
      '--org',
      'Analytical Engines',
      '--title',
      'Analyst',
      '--career',
      'Data scientist',
      '--email',
      'ada@example.org',
      '--tag',
      'alumni',
    ],
    ['people', 'add', 'Grace Hopper', '--org', 'Navy', '--career', 'Product manager'],
    ['people', 'edit', 'grace hopper', '--referred-by', 'Ada Lovelace', '--title', 'Admiral'],
    ['chats', 'add', '--person', 'Ada Lovelace', '--at', '2026-03-05 15:00', '--tz', 'UTC'],
    ['plan', 'Ada Lovelace', '--suggest', '--accept', '--count', '3'],
    [
      'plan',
      'add',
      'Ada Lovelace',
      '--new',
      'What surprised you in your first year?',
      '--topic',
      'day-to-day',
    ],
    ['plan', 'move', 'Ada Lovelace', '4', '1'],
    ['plan', 'rm', 'Ada Lovelace', '2'],
    ['meet', 'answer', 'Ada Lovelace', '1', 'The pace of releases'],
    ['orgs', 'add', 'Bletchley Park', '--industry', 'Codes', '--motivation', '2'],
    [
      'orgs',
      'edit',
      'navy',
      '--motivation',
      '3',
      '--advocacy',
      'yes',
      '--career',
      'Product manager',
    ],
    ['careers', 'add', 'Analytics engineer', '--parent', 'Data scientist'],
    ['careers', 'edit', 'Analytics engineer', '--parent', 'none', '--status', 'exploring'],
    ['drafts', 'new', '--kind', 'outreach', '--person', 'Grace Hopper'],
    ['chats', 'add', '--person', 'Grace Hopper', '--status', 'met'],
    ['people', 'add', 'Dorothy Vaughan', '--org', 'NACA'],
    [
      'chats',
      'add',
      '--person',
      'Dorothy Vaughan',
      '--status',
      'scheduled',
      '--at',
      '2026-03-02 08:30',
      '--tz',
      'UTC',
    ],
    ['meet', 'start', 'Dorothy Vaughan', '--at', '2026-03-02 08:31'],
    ['meet', 'end', 'Dorothy Vaughan', '--at', '2026-03-02 08:58'],
    ['meet', 'refer', 'Dorothy Vaughan', 'Katherine Goble', '--org', 'NACA', '--note', 'orbits'],
    ['meet', 'refer', 'Dorothy Vaughan', 'Katherine Goble'],
    [
      'reflect',
      'Grace Hopper',
      '--fit',
      '4',
      '--pro',
      'real data',
      '--pay',
      '62000-70000 EUR/year PhD entry, Berlin, 2026',
      '--next-person',
      'Mary Jackson: knows the wind tunnels',
    ],
    ['reflect', 'Grace Hopper', '--add-person', '1', '--done'],
  ]
  const outputs: string[] = []
  for (const [i, step] of steps.entries()) {
    // A minute apart, before NOW: the lists' order by time is then the same on both sides.
    const at = new Date(Date.parse(NOW) - (steps.length - i) * 60_000).toISOString()
    const result = await run(step, at)
    expect(result.code, `${step.join(' ')}: ${result.stderr}`).toBe(0)
    outputs.push(result.stdout + result.stderr)
  }
  return outputs
}

/** The read commands, each also with --json. */
async function readCommands(run: (args: string[]) => ReturnType<typeof cli>) {
  const chats = (await run(['chats', 'list', '--json'])).json<Array<{ id: string }>>()
  const drafts = (await run(['drafts', 'list', '--json'])).json<Array<{ id: string }>>()
  const base = [
    ['today'],
    ['people', 'list'],
    ['people', 'list', '--career', 'data scientist'],
    ['people', 'list', '--org', 'Navy', '--tag', 'alumni'],
    ['people', 'show', 'Ada Lovelace'],
    ['people', 'show', 'grace HOPPER'],
    ['orgs', 'list'],
    ['orgs', 'show', 'analytical engines'],
    ['careers', 'list'],
    ['careers', 'show', 'Data scientist'],
    ['careers', 'compare'],
    ['careers', 'compare', 'Product manager'],
    ['chats', 'list'],
    ['chats', 'list', '--person', 'Ada Lovelace', '--upcoming'],
    ['chats', 'show', chats[0]?.id ?? 'none'],
    ['search', 'ada'],
    ['drafts', 'list'],
    ['drafts', 'list', '--status', 'all', '--person', 'Grace Hopper'],
    ['drafts', 'show', drafts[0]?.id ?? 'none'],
    ['reflect', 'Grace Hopper'],
    ['plan', 'Ada Lovelace'],
    ['plan', 'Grace Hopper', '--suggest', '--json'],
    ['meet', 'status', 'Dorothy Vaughan'],
    ['meet', 'status', 'Ada Lovelace', '--json'],
    ['prep', 'Ada Lovelace'],
    ['prep', 'Grace Hopper', '--format', 'html'],
    ['reflect', 'Grace Hopper', '--heard'],
    ['reflect', 'Ada Lovelace'],
    // Refusals print the same too.
    ['people', 'show', 'Nobody'],
    ['careers', 'show', 'Astronaut'],
    ['chats', 'show', 'no-such-id'],
    ['people', 'add', ''],
  ]
  const all = base.flatMap((args) => [args, [...args, '--json']])
  const outputs: Array<{ args: string; code: number; stdout: string; stderr: string }> = []
  for (const args of all) {
    const { code, stdout, stderr } = await run(args)
    outputs.push({ args: args.join(' '), code, stdout, stderr })
  }
  return outputs
}

/** Ids the two runs make differently, as placeholders in order of appearance. */
function sameShape(text: string): string {
  const seen = new Map<string, string>()
  // A table cuts long ids with an ellipsis.
  const uncut = text.replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f-]{0,23}…/g, '<cut id>')
  return uncut.replace(/[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => {
    if (!seen.has(id)) seen.set(id, `<id${seen.size}>`)
    return seen.get(id) ?? id
  })
}

describe('the remote CLI against a local server: the same output as the local CLI', () => {
  const data = tempDataDir()
  const localEnv = { COFFEECHAT_DATA: data, COFFEECHAT_NOW: NOW, LANG: 'en_GB.UTF-8' }
  let runtime: Runtime
  let server: RunningServer
  const local = (args: string[]) => cli(args, localEnv)
  const remote = (args: string[]) =>
    cli(['--server', server.url, ...args], { COFFEECHAT_NOW: NOW, LANG: 'en_GB.UTF-8' })

  beforeAll(async () => {
    await makeRecords((args, at) => cli(args, { ...localEnv, COFFEECHAT_NOW: at }))
    runtime = await openRuntime({ dataDir: data, env: localEnv })
    server = await startServer({ runtime, port: 0, host: '127.0.0.1', version: 'test' })
  })
  afterAll(async () => {
    await server?.close()
    await runtime?.close()
  })

  it('prints exactly what the local command prints, text and JSON, answers and refusals', async () => {
    const here = await readCommands(local)
    const there = await readCommands(remote)
    expect(there).toEqual(here)
    // Not a vacuous comparison: the records are there.
    expect(here.find((o) => o.args === 'people list')?.stdout).toContain('Analytical Engines')
    expect(here.find((o) => o.args === 'people show Nobody')).toMatchObject({
      code: 1,
      stderr: 'coffeechat: person: no person named "Nobody"\n',
    })
    expect(here.find((o) => o.args === 'people add ')?.code).toBe(1)
    expect(here.find((o) => o.args === 'plan Ada Lovelace')?.stdout).toMatch(
      /^ 1\. \[x\] What surprised you in your first year\?/m,
    )
    expect(here.find((o) => o.args === 'meet status Dorothy Vaughan')?.stdout).toMatch(/^Ended at/)
  })

  it('writes through the server what the local CLI then reads', async () => {
    const added = await remote(['people', 'add', 'Katherine Johnson', '--org', 'NASA'])
    expect(added.code, added.stderr).toBe(0)
    expect(added.stderr).toBe('Added organization NASA\n')
    const shown = await local(['people', 'show', 'Katherine Johnson'])
    expect(shown.stdout).toContain('NASA')
    const removed = await remote(['people', 'rm', 'katherine johnson'])
    expect(removed.stdout).toBe('Deleted Katherine Johnson\n')
    expect((await local(['people', 'show', 'Katherine Johnson'])).code).toBe(1)
    const org = await remote(['orgs', 'rm', 'NASA'])
    expect(org.stdout).toBe('Deleted organization NASA\n')
    const again = await remote(['orgs', 'rm', 'NASA'])
    expect(again.stderr).toBe('coffeechat: organization: no organization named "NASA"\n')
  })

  it('lists the tokens of a local server as the local command does', async () => {
    await local(['tokens', 'create', 'laptop', '--scope', 'read'])
    const here = await local(['tokens', 'list'])
    expect(here.stdout).toContain('laptop')
    const there = await remote(['tokens', 'list'])
    expect([there.code, there.stdout, there.stderr]).toEqual([here.code, here.stdout, here.stderr])
  })

  it('says which commands need the data directory, without a stack trace', async () => {
    const exported = await remote(['questions', 'list'])
    expect(exported.code).toBe(2)
    expect(exported.stderr).toBe(
      'coffeechat: `questions list` works on a local data directory only; run it on the server (without --server)\n',
    )
    expect((await local(['people', 'show', 'Ada Lovelace'])).code).toBe(0)
    const both = await cli(['--server', server.url, '--data', data, 'today'], {})
    expect(both.code).toBe(2)
    expect(both.stderr).toMatch(/--data and --server do not go together/)
    // An explicit --data wins over COFFEECHAT_SERVER in the environment.
    const here = await cli(['--data', data, 'people', 'show', 'Ada Lovelace'], {
      COFFEECHAT_SERVER: 'https://careers.example.edu',
    })
    expect(here.code, here.stderr).toBe(0)
  })
})

describeEngines('the remote CLI against a hosted server, with personal access tokens', (h) => {
  let server: RunningServer
  let browser: Awaited<ReturnType<typeof signedUp>>
  let app: ReturnType<typeof hostedAppOn>['app']
  let serverNow = NOW
  const token = async (scope: 'read' | 'read-write') => {
    const made = await browser.call('POST', '/api/tokens', { name: scope, scope })
    expect(made.status, made.text).toBe(201)
    return made.body as { id: string; token: string }
  }
  const remote = (args: string[], env: Record<string, string> = {}, input = '') =>
    cli(
      ['--server', server.url, ...args],
      { COFFEECHAT_NOW: NOW, LANG: 'en_GB.UTF-8', ...env },
      input,
    )

  beforeAll(async () => {
    app = hostedAppOn(h.database(), () => new Date(serverNow)).app
    server = await listen(app, 0, '127.0.0.1')
    browser = await signedUp(app, `r-${randomBytes(4).toString('hex')}@example.org`)
    await browser.call('PATCH', '/api/settings', { timeZone: 'UTC' })
  })
  afterAll(async () => {
    await server?.close()
  })

  it('makes and reads the records as the local CLI does on its own data, token kept out of the output', async () => {
    const { token: secret } = await token('read-write')
    const stdinRun = (args: string[]) => remote(['--token-stdin', ...args], {}, `${secret}\n`)
    const data = tempDataDir()
    const localEnv = { COFFEECHAT_DATA: data, COFFEECHAT_NOW: NOW, LANG: 'en_GB.UTF-8' }
    const local = (args: string[]) => cli(args, localEnv)
    await local(['settings', 'set', 'timeZone', 'UTC'])

    const madeThere = await makeRecords((args, at) => {
      serverNow = at
      return remote(['--token-stdin', ...args], { COFFEECHAT_NOW: at }, `${secret}\n`)
    })
    serverNow = NOW
    const madeHere = await makeRecords((args, at) => cli(args, { ...localEnv, COFFEECHAT_NOW: at }))
    expect(madeThere.map(sameShape)).toEqual(madeHere.map(sameShape))

    const there = await readCommands(stdinRun)
    const here = await readCommands(local)
    expect(JSON.parse(sameShape(JSON.stringify(there)))).toEqual(
      JSON.parse(sameShape(JSON.stringify(here))),
    )
    expect(JSON.stringify(there)).not.toContain(secret)
    expect(JSON.stringify(madeThere)).not.toContain(secret)
  })

  it('records answers, meeting notes and a sending on the server', async () => {
    const { token: secret } = await token('read-write')
    const run = (args: string[]) => remote(args, { COFFEECHAT_TOKEN: secret })
    const person = await browser.call('POST', '/api/people', { name: 'Mary Somerville' })
    const chat = await browser.call('POST', '/api/conversations', { personId: person.body.id })
    await browser.call('POST', `/api/conversations/${chat.body.id}/plan/items`, {
      items: [{ text: 'What does a normal week look like?', topic: 'day-to-day' }],
    })
    const answered = await run(['meet', 'answer', 'Mary Somerville', '1', 'Long weeks in March'])
    expect(answered.code, answered.stderr).toBe(0)
    expect(answered.stdout).toBe('1. asked: What does a normal week look like?\n')
    const appended = await run(['meet', 'answer', chat.body.id, '1', 'calm in summer', '--append'])
    expect(appended.code, appended.stderr).toBe(0)
    const plan = await browser.call('GET', `/api/conversations/${chat.body.id}/plan`)
    expect(plan.body.items[0].answer).toBe('Long weeks in March\ncalm in summer')
    const noted = await run(['meet', 'note', 'Mary Somerville', 'Knows the Bonn team'])
    expect(noted.stdout).toBe('Noted in the meeting notes.\n')
    const meeting = await browser.call('GET', `/api/conversations/${chat.body.id}/meeting`)
    expect(meeting.body.freeNotes).toBe('Knows the Bonn team')
    const missing = await run(['meet', 'answer', 'Mary Somerville', '7', 'x'])
    expect(missing.stderr).toBe(
      'coffeechat: question: "7" is not a question of the plan; use a number from 1 to 1\n',
    )

    const draft = await browser.call('POST', '/api/messages', {
      kind: 'outreach',
      personId: person.body.id,
      subject: 'Your work',
      body: 'Dear Mary,\n\nWould you tell me about your work?\n\nBest,\nEve',
    })
    const sent = await run(['send', draft.body.id, '--sent', '--via', 'copy'])
    expect(sent.code, sent.stderr).toBe(0)
    expect(sent.stdout).toMatch(/^Recorded: the outreach to Mary Somerville went out /)
    expect((await browser.call('GET', `/api/messages/${draft.body.id}`)).body.status).toBe('sent')
    const back = await run(['unsend', draft.body.id])
    expect(back.code, back.stderr).toBe(0)
    expect(back.stdout).toMatch(/^The outreach to Mary Somerville is a draft again\./)
    const edited = await run(['drafts', 'edit', draft.body.id, '--subject', 'About your work'])
    expect(edited.code, edited.stderr).toBe(0)
    expect(edited.stdout).toContain('About your work')
    const filled = await run(['drafts', 'fill', draft.body.id, '--json'])
    expect(filled.json<{ subject: string; status: string }>()).toMatchObject({
      subject: 'About your work',
      status: 'draft',
    })
    expect((await browser.call('GET', `/api/messages/${draft.body.id}`)).body.subject).toBe(
      'About your work',
    )
    const resent = await run(['send', draft.body.id, '--sent', '--via', 'copy'])
    expect(resent.code, resent.stderr).toBe(0)
    const second = await browser.call('POST', '/api/messages', {
      kind: 'outreach',
      personId: person.body.id,
    })
    const dropped = await run(['drafts', 'rm', second.body.id])
    expect(dropped.stdout).toBe('Deleted the outreach to Mary Somerville\n')
    expect((await browser.call('GET', `/api/messages/${second.body.id}`)).status).toBe(404)
    const chatGone = await run(['chats', 'rm', chat.body.id])
    expect(chatGone.stdout).toBe('Deleted conversation with Mary Somerville\n')
    const smtp = await run(['send', draft.body.id])
    expect(smtp.stderr).toBe(
      'coffeechat: `send` works on a local data directory only; run it on the server (without --server)\n',
    )
  })

  it('takes the token from a file readable by its owner alone, or from the environment', async () => {
    const { token: secret } = await token('read')
    const file = join(tempDataDir(), 'token')
    writeFileSync(file, `${secret}\n`)
    chmodSync(file, 0o644)
    const loose = await remote(['--token-file', file, 'people', 'list'])
    expect(loose.code).toBe(2)
    expect(loose.stderr).toBe(
      `coffeechat: the token file ${file} can be read by others; make it yours alone: chmod 600 ${file}\n`,
    )
    chmodSync(file, 0o600)
    const fromFile = await remote(['--token-file', file, 'people', 'list'])
    expect(fromFile.code, fromFile.stderr).toBe(0)
    const fromEnv = await remote(['people', 'list'], { COFFEECHAT_TOKEN: secret })
    expect(fromEnv.stdout).toBe(fromFile.stdout)
  })

  it('turns 401 and 403 into clear messages, exit code 1, nothing written', async () => {
    const read = await token('read')
    const secretOfWriter = (await token('read-write')).token
    const refused = await remote(['people', 'add', 'Eve'], { COFFEECHAT_TOKEN: read.token })
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      'coffeechat: this access token has the read scope, which cannot change data; make a read-write token for that\n',
    )
    const listed = await remote(['people', 'list', '--json'], { COFFEECHAT_TOKEN: read.token })
    expect(listed.json<Array<{ name: string }>>().map((p) => p.name)).not.toContain('Eve')

    expect((await browser.call('DELETE', `/api/tokens/${read.id}`)).status).toBe(204)
    const revoked = await remote(['today'], { COFFEECHAT_TOKEN: read.token })
    expect(revoked.code).toBe(1)
    expect(revoked.stderr).toMatch(/^coffeechat: the server refused the request: .*not valid/)
    expect(revoked.stderr).not.toContain(read.token)

    const tokens = await remote(['tokens', 'list'], { COFFEECHAT_TOKEN: secretOfWriter })
    expect(tokens.stderr).toBe(
      'coffeechat: access tokens cannot manage accounts or tokens; sign in to do that\n',
    )
    expect(tokens.code).toBe(1)

    const week = await browser.call('POST', '/api/tokens', { name: 'week', expiresInDays: 7 })
    serverNow = new Date(Date.parse(NOW) + 8 * 24 * 3600 * 1000).toISOString()
    try {
      const expired = await remote(['today'], { COFFEECHAT_TOKEN: week.body.token })
      expect(expired.code).toBe(1)
      expect(expired.stderr).toMatch(
        /^coffeechat: the server refused the request: this access token expired on \d{1,2} \w{3} 2026 \(UTC\); make a new one/,
      )
    } finally {
      serverNow = NOW
    }

    const none = await remote(['today'])
    expect(none.code).toBe(1)
    expect(none.stderr).toMatch(/needs a personal access token: pass --token-stdin/)
  })
})

describe('the remote CLI when the server cannot be used', () => {
  it('refuses a certificate this machine does not trust, naming why', async () => {
    const dir = tempDataDir()
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    )
    const server = createHttpsServer(
      { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) },
      (_req, res) => res.end('{}'),
    )
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as AddressInfo
    try {
      const answer = await cli(['--server', `https://127.0.0.1:${port}`, 'today'], {
        COFFEECHAT_TOKEN: 'cct_secret',
      })
      expect(answer.code).toBe(1)
      expect(answer.stderr).toBe(
        `coffeechat: the server at https://127.0.0.1:${port} has a certificate this machine does not trust (DEPTH_ZERO_SELF_SIGNED_CERT); check the address, or the server's certificate\n`,
      )
    } finally {
      server.closeAllConnections()
      await new Promise((done) => server.close(done))
    }
  })

  it('says nothing answers, or that plain http to another machine would expose the token', async () => {
    const port = await freePort()
    const refused = await cli(
      ['--server', `http://127.0.0.1:${port}`, '--token', 'cct_x', 'today'],
      {},
    )
    expect(refused.code).toBe(1)
    expect(refused.stderr).toBe(
      `coffeechat: nothing answers at http://127.0.0.1:${port} (connection refused); is the server running?\n`,
    )
    const plain = await cli(['--server', 'http://example.org', 'today'], {
      COFFEECHAT_TOKEN: 'cct_secret',
    })
    expect(plain.code).toBe(2)
    expect(plain.stderr).toMatch(/plain http to another machine/)
    expect(plain.stderr).not.toContain('cct_secret')
    const wrong = await cli(['--server', 'ftp://example.org', 'today'], {})
    expect(wrong.code).toBe(2)
    const unknown = await cli(['--server', 'https://no-such-host.invalid', 'today'], {})
    expect(unknown.stderr).toMatch(
      /^coffeechat: cannot find the server no-such-host.invalid \(no such host name\)|^coffeechat: cannot reach the server/,
    )
    expect(unknown.code).toBe(1)
    const lonely = await cli(['--token-stdin', 'today'], {})
    expect(lonely.stderr).toBe(
      'coffeechat: --token-stdin needs --server <url> (or COFFEECHAT_SERVER)\n',
    )
  })
})
