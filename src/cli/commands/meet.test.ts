import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addChat, cli, cliEnv, succeeds, tempDataDir } from '../../../test/cli-harness.ts'
import { engines } from '../../../test/engines.ts'
import { readJson } from '../../../test/json.ts'
import { openRuntime } from '../../runtime.ts'
import { createApp } from '../../server/app.ts'

/** GET on the HTTP API over the data the CLI wrote, for "same numbers" checks. */
async function apiGet(env: Record<string, string>, path: string) {
  const runtime = await openRuntime({ env })
  try {
    const app = createApp({ contextFor: () => runtime.ctx, local: true, version: 'test' })
    const response = await app.request(path, { headers: { host: '127.0.0.1:4321' } })
    return await readJson(response)
  } finally {
    await runtime.close()
  }
}

describe.each(engines())('CLI: questions, plan, prep, meet [%s]', (engine) => {
  it('prepares and runs a whole meeting from the terminal', async () => {
    const env = await cliEnv(engine)
    const at = (now: string) => ({ ...env, COFFEECHAT_NOW: now })
    const run = (args: string[], when = env.COFFEECHAT_NOW ?? '') => succeeds(args, at(when))
    await run(['careers', 'add', 'Data scientist'])
    await run(['people', 'add', 'Amara Okafor', '--org', 'Northwind', '--career', 'Data scientist'])
    const when = ['--at', '2026-03-05 15:00', '--tz', 'Europe/Berlin']
    const chat = await run(addChat('Amara Okafor', 'scheduled', ...when, '--json'))
    const id = chat.json<{ id: string }>().id
    const amara = 'Amara Okafor'

    // The bank.
    const bank = await run(['questions', 'list', '--topic', 'compensation', '--json'])
    expect(bank.json<Array<{ topic: string }>>().every((q) => q.topic === 'compensation')).toBe(
      true,
    )
    const flagged = await run([
      'questions',
      'add',
      'Are you hiring right now?',
      '--topic',
      'advice',
    ])
    expect(flagged.stderr).toMatch(/Careful: “Are you hiring” — /)
    await run(['questions', 'edit', 'hiring right now', '--rating', '1'])
    await run(['questions', 'retire', 'hiring right now'])
    expect(
      (await run(['questions', 'list', '--retired', '--json'])).json<unknown[]>(),
    ).toHaveLength(1)
    await run(['questions', 'rm', 'hiring right now'])
    const seedRm = await cli(['questions', 'rm', 'What do you enjoy most about your work?'], env)
    expect(seedRm.code).toBe(1)
    expect(seedRm.stderr).toMatch(/retire it instead/)

    // The plan.
    const suggested = await run(['plan', amara, '--suggest'])
    expect(suggested.stdout).toMatch(
      /a gap: Nobody in Data scientist has answered “Path into the role” yet/,
    )
    await run(['plan', amara, '--suggest', '--accept', '--count', '4'])
    await run([
      'plan',
      'add',
      amara,
      '--new',
      'How do clinicians take your models?',
      '--topic',
      'day-to-day',
      '--at',
      '1',
    ])
    await run(['plan', 'move', id, '1', '5'])
    await run(['plan', 'rm', id, '2'])
    const plan = (await run(['plan', id, '--json'])).json<{ items: Array<{ text: string }> }>()
    expect(plan.items).toHaveLength(4)
    expect(plan.items[3]?.text).toBe('How do clinicians take your models?')
    const shown = await run(['plan', amara])
    expect(shown.stdout).toMatch(/^ 4\. \[ \] How do clinicians take your models\?/m)
    expect(shown.stdout).toMatch(/Warning: Only 4 questions planned; 5–10 are recommended\./)
    const missingTopic = await cli(['plan', 'add', amara, '--new', 'What next?'], env)
    expect([missingTopic.code, missingTopic.stderr.trim()]).toEqual([
      1,
      'coffeechat: items.0.topic: choose the topic of the new question',
    ])
    expect((await cli(['plan', 'rm', amara, '9'], env)).stderr).toMatch(/use a number from 1 to 4/)

    // Prep sheet.
    const md = await run(['prep', amara])
    expect(md.stdout).toMatch(/^# Prep sheet: Amara Okafor/)
    expect(md.stdout).toContain('- **When:** Thursday, 5 March 2026 at 15:00 (Europe/Berlin)')
    const out = join(tempDataDir(), 'prep.html')
    await run(['prep', id, '--format', 'html', '--out', out])
    expect(readFileSync(out, 'utf8')).toMatch(
      /^<!doctype html>[\s\S]*How do clinicians take your models\?/,
    )
    expect((await cli(['prep', id, '--format', 'pdf'], env)).code).toBe(2)

    // The meeting.
    await run(['meet', 'note', amara, 'Her thesis: stochastic PDEs', '--research'])
    const started = await run(['meet', 'start', amara], '2026-03-05T14:00:00Z')
    expect(started.stdout).toMatch(/^Running since 15:00: 30:00 left of 30 minutes\./)
    await run(['meet', 'answer', amara, '1', 'A postdoc, then a bootcamp'], '2026-03-05T14:05:00Z')
    await run(
      ['meet', 'answer', amara, '1', 'and a lucky referral', '--append'],
      '2026-03-05T14:06:00Z',
    )
    await run(['meet', 'skip', amara, '2'], '2026-03-05T14:07:00Z')
    await run(['meet', 'ask', amara, '3'], '2026-03-05T14:08:00Z')
    await run(['meet', 'note', amara, 'Dashboards eat a day a week'], '2026-03-05T14:09:00Z')
    const referred = await run(
      ['meet', 'refer', amara, 'Jonas Becker', '--org', 'Northwind', '--note', 'engineering side'],
      '2026-03-05T14:10:00Z',
    )
    expect(referred.stdout).toMatch(/^Added Jonas Becker \(Northwind\), referred by Amara Okafor/)
    const warning = await run(['meet', 'status', amara], '2026-03-05T14:26:00Z')
    expect(warning.stdout).toMatch(/4:00 left of 30 minutes\.\n4 minutes left/)
    const timeUp = await run(['meet', 'status', amara], '2026-03-05T14:30:10Z')
    expect(timeUp.stdout).toContain('Our time is up — do you have five more minutes?')
    expect(timeUp.stdout).toMatch(
      / 1\. \[x\] .*\n {8}A postdoc, then a bootcamp\n {8}and a lucky referral/,
    )
    const ended = await run(['meet', 'end', amara, '--json'], '2026-03-05T14:34:00Z')
    expect(ended.json()).toMatchObject({ status: 'met', overrunSeconds: 240, overrunMinutes: 4 })
    const said = await run(['meet', 'status', amara], '2026-03-05T15:00:00Z')
    expect(said.stdout).toMatch(/^Ended at 15:34 after 34 minutes \(30 promised; 4 min over\)\./)

    // The same numbers through the API.
    const viaApi = await apiGet(at('2026-03-05T15:00:00Z'), `/api/conversations/${id}/meeting`)
    expect(viaApi).toMatchObject({
      overrunMinutes: 4,
      freeNotes: 'Dashboards eat a day a week',
      researchNotes: 'Her thesis: stochastic PDEs',
      referrals: [{ name: 'Jonas Becker' }],
    })
    const planViaApi = await apiGet(env, `/api/conversations/${id}/plan`)
    expect(planViaApi.counts).toEqual({ total: 4, planned: 1, asked: 2, skipped: 1 })
    const referral = (await run(['people', 'show', 'Jonas Becker', '--json'])).json()
    expect(referral).toMatchObject({ referredBy: 'Amara Okafor', careers: ['Data scientist'] })
  })

  it('keeps a question with an answer asked: skipping or un-asking it needs --clear-answer', async () => {
    const env = await cliEnv(engine)
    const run = (args: string[]) => succeeds(args, env)
    await run(['careers', 'add', 'Data scientist'])
    await run(['people', 'add', 'Amara Okafor', '--career', 'Data scientist'])
    await run(addChat('Amara Okafor', 'scheduled', '--at', '2026-03-02 10:00'))
    await run([
      'plan',
      'add',
      'Amara Okafor',
      '--new',
      'What is a typical week?',
      '--topic',
      'day-to-day',
    ])
    await run([
      'plan',
      'add',
      'Amara Okafor',
      '--new',
      'What do you like most?',
      '--topic',
      'likes',
    ])
    await run(['meet', 'answer', 'Amara Okafor', '1', 'Mostly cleaning data'])
    for (const verb of ['skip', 'unask']) {
      const refused = await cli(['meet', verb, 'Amara Okafor', '1'], env)
      expect([refused.code, refused.stderr.trim()]).toEqual([
        1,
        `coffeechat: answer: question 1 has an answer (“Mostly cleaning data”), so it was asked; add --clear-answer to ${verb === 'skip' ? 'skip it' : 'mark it not asked'} and delete that answer`,
      ])
    }
    expect((await run(['meet', 'skip', 'Amara Okafor', '2'])).stdout).toBe(
      '2. skipped: What do you like most?\n',
    )
    // An answer to a skipped question asks it.
    expect((await run(['meet', 'answer', 'Amara Okafor', '2', 'Real data'])).stdout).toBe(
      '2. asked: What do you like most?\n',
    )
    expect(
      (await run(['meet', 'unask', 'Amara Okafor', '1', '--clear-answer', '--json'])).json(),
    ).toMatchObject({ state: 'planned', answer: '' })
    const plan = (await run(['plan', 'Amara Okafor', '--json'])).json<{ counts: unknown }>()
    expect(plan.counts).toEqual({ total: 2, planned: 1, asked: 1, skipped: 0 })
  })

  it('names the conversation problem in one line', async () => {
    const env = await cliEnv(engine)
    const missing = await cli(['plan', 'Nobody Here'], env)
    expect([missing.code, missing.stderr.trim()]).toEqual([
      1,
      'coffeechat: conversation: no conversation with id "Nobody Here", and no person of that name',
    ])
    await cli(['people', 'add', 'Li Wei'], env)
    await cli(['chats', 'add', '--person', 'Li Wei', '--status', 'requested'], env)
    const early = await cli(['meet', 'start', 'Li Wei'], env)
    expect(early.code).toBe(1)
    expect(early.stderr).toMatch(
      /^coffeechat: status: a requested conversation is not scheduled yet/,
    )
    expect((await cli(['meet', 'start', 'Li Wei', '--at', 'soonish'], env)).stderr).toMatch(
      /"soonish" is not a time/,
    )
  })
})
