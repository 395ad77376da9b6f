import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, it } from 'vitest'
import { addChat, cli, cliEnv } from '../../../test/cli-harness.ts'
import { engines } from '../../../test/engines.ts'
import { verifyIcs } from '../../formats/ics-verify.ts'

/** Adds a chat by `args` (a `chats add` command) and returns its id. */
async function chat(env: Record<string, string>, args: string[]): Promise<string> {
  const added = await cli([...args, '--json'], env)
  expect(added.stderr).toBe('')
  return added.json<{ id: string }>().id
}

for (const engine of engines()) {
  it(`exports every scheduled chat as .ics, and one chat by id or name [${engine}]`, async () => {
    const env = await cliEnv(engine)
    await cli(['people', 'add', 'Ada Lovelace', '--org', 'Analytical Engines'], env)
    await cli(['people', 'add', 'Grace Hopper'], env)
    const ada = await chat(env, [
      ...addChat('Ada Lovelace', 'scheduled', '--at', '2026-03-05 15:00', '--tz', 'Europe/Berlin'),
      '--place',
      'https://meet.example.org/ada',
    ])
    const grace = await chat(
      env,
      addChat('Grace Hopper', 'cancelled', '--at', '2026-03-06T10:00:00Z'),
    )
    await chat(env, ['chats', 'add', '--person', 'Grace Hopper'])

    const printed = await cli(['export', 'ics'], env)
    expect(printed.code).toBe(0)
    const all = verifyIcs(printed.stdout)
    expect(all.events.map((e) => [e.uid, e.status])).toEqual([
      [`${ada}@coffeechat`, 'CONFIRMED'],
      [`${grace}@coffeechat`, 'CANCELLED'],
    ])
    expect(all.events[0]).toMatchObject({
      start: '2026-03-05T14:00:00.000Z',
      summary: 'Coffee chat with Ada Lovelace (Analytical Engines)',
    })

    const out = join(env.COFFEECHAT_DATA ?? '', 'chats.ics')
    const written = await cli(['export', 'ics', '--out', out], env)
    expect(written.stdout).toBe(`Wrote 2 conversations to ${out}\n`)
    expect(readFileSync(out, 'utf8')).toBe(printed.stdout)
    const json = await cli(['export', 'ics', '--out', out, '--json'], env)
    expect(json.json()).toEqual({ out, events: 2, conversationIds: [ada, grace] })

    const one = await cli(['chats', 'ics', 'Ada Lovelace'], env)
    expect(verifyIcs(one.stdout).events.map((e) => e.uid)).toEqual([`${ada}@coffeechat`])
    const byId = await cli(['chats', 'ics', ada, '--json'], env)
    expect(byId.json()).toMatchObject({ fileName: 'coffee-chat-ada-lovelace.ics' })
    expect(byId.json<{ ics: string }>().ics).toBe(one.stdout)
  })
}

it('says what is wrong when a chat has no time, does not exist, or the file cannot be written', async () => {
  const env = await cliEnv('sqlite')
  await cli(['people', 'add', 'Ada Lovelace'], env)
  const open = await chat(env, ['chats', 'add', '--person', 'Ada Lovelace'])
  const unscheduled = await cli(['chats', 'ics', open], env)
  expect(unscheduled.code).toBe(1)
  expect(unscheduled.stderr).toMatch(
    /^coffeechat: scheduledAt: this conversation has no date and time yet/,
  )
  const missing = await cli(['chats', 'ics', 'Nobody Atall'], env)
  expect(missing.code).toBe(1)
  expect(missing.stderr).toMatch(/no conversation with id "Nobody Atall"/)
  const unwritable = await cli(['export', 'ics', '--out', '/no/such/dir/x.ics'], env)
  expect(unwritable.code).toBe(1)
  expect(unwritable.stderr).toMatch(/could not write \/no\/such\/dir\/x\.ics \(ENOENT\)/)
  expect((await cli(['export', 'nope'], env)).code).toBe(2)
})

it('makes the feed URL once, shows the feed without it, regenerates it and turns it off', async () => {
  const env = await cliEnv('sqlite')
  const made = await cli(['calendar', 'feed'], env)
  expect(made.code).toBe(0)
  const url = made.stdout.split('\n')[0] ?? ''
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:4321\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
  expect(made.stdout).toMatch(/Google Calendar cannot subscribe/)
  const token = url.slice(-47, -4)

  const shown = await cli(['calendar', 'feed'], env)
  expect(shown.stdout).toContain(`/calendar/${token.slice(0, 6)}….ics`)
  expect(shown.stdout).not.toContain(token)
  expect((await cli(['calendar', 'feed', '--json'], env)).json()).toMatchObject({
    active: true,
    prefix: token.slice(0, 6),
  })

  const again = await cli(
    ['calendar', 'feed', '--regenerate', '--base-url', 'http://localhost:8080', '--json'],
    env,
  )
  const fresh = again.json<{ url: string; webcalUrl: string }>()
  expect(fresh.url).toMatch(/^http:\/\/localhost:8080\/calendar\/[A-Za-z0-9_-]{43}\.ics$/)
  expect(fresh.url).not.toContain(token)
  expect(fresh.webcalUrl).toBe(fresh.url.replace('http:', 'webcal:'))

  expect((await cli(['calendar', 'feed', '--off'], env)).stdout).toMatch(/is off/)
  expect((await cli(['calendar', 'feed', '--off'], env)).stdout).toMatch(/already off/)
  expect((await cli(['calendar', 'feed', '--json'], env)).json()).toMatchObject({ active: true })
  const both = await cli(['calendar', 'feed', '--off', '--regenerate'], env)
  expect(both.code).toBe(2)
  expect(both.stderr).toMatch(/not both/)
  const badBase = await cli(['calendar', 'feed', '--regenerate', '--base-url', 'ftp://x'], env)
  expect(badBase.code).toBe(1)
  expect(badBase.stderr).toMatch(/baseUrl/)
})

it('exports the demo’s scheduled conversations as a file every line of which checks out', async () => {
  const env = await cliEnv('sqlite')
  expect((await cli(['demo'], env)).code).toBe(0)
  const exported = await cli(['export', 'ics'], env)
  expect(exported.code).toBe(0)
  const { events } = verifyIcs(exported.stdout)
  expect(events.length).toBeGreaterThan(3)
  for (const event of events) {
    expect(event.summary).toMatch(/^Coffee chat with /)
    expect(event.description).toMatch(/Length: \d+ minutes/)
  }
  expect(events.some((e) => /Questions to ask \(\d+\):\n1\. /.test(e.description))).toBe(true)
  expect(events.filter((e) => e.status === 'CONFIRMED').length).toBeGreaterThan(0)
})
