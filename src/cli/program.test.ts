import { describe, expect, inject, it } from 'vitest'
import { cli, tempDataDir } from '../../test/cli-harness.ts'
import { createPostgresDatabase } from '../../test/engines.ts'
import { conversationStatuses } from '../core/conversations/status.ts'

const NOW = '2026-03-02T09:00:00Z'

describe('coffeechat CLI', () => {
  it('adds, lists, shows, edits and removes every kind of record', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
    expect(
      (await cli(['careers', 'add', 'Data scientist', '--hypothesis', 'modelling'], env)).code,
    ).toBe(0)
    expect(
      (await cli(['careers', 'add', 'ML in healthcare', '--parent', 'data scientist'], env)).code,
    ).toBe(0)
    const org = await cli(
      ['orgs', 'add', 'Analytical Engines', '--motivation', '3', '--advocacy', 'yes', '--json'],
      env,
    )
    expect(org.json()).toMatchObject({ name: 'Analytical Engines', motivation: 3, advocacy: true })
    const added = await cli(
      [
        'people',
        'add',
        'Ada Lovelace',
        '--org',
        'Analytical Engines',
        '--title',
        'Engineer',
        '--career',
        'Data scientist',
        '--email',
        'ada@example.org',
        '--linkedin',
        'https://www.linkedin.com/in/ada',
        '--tag',
        'alumni',
      ],
      env,
    )
    expect(added.code).toBe(0)
    expect(added.stdout).toMatch(/^Added Ada Lovelace \(Analytical Engines\)/)
    await cli(
      [
        'people',
        'add',
        '--name',
        'Grace Hopper',
        '--org',
        'US Navy',
        '--referred-by',
        'Ada Lovelace',
      ],
      env,
    )

    const people = await cli(['people', 'list', '--json'], env)
    expect(people.code).toBe(0)
    const list = people.json<Array<Record<string, unknown>>>()
    expect(list).toHaveLength(2)
    expect(list[0]).toMatchObject({
      name: 'Ada Lovelace',
      organization: 'Analytical Engines',
      title: 'Engineer',
      emails: ['ada@example.org'],
      linkedinUrl: 'https://www.linkedin.com/in/ada',
      careers: ['Data scientist'],
      tags: ['alumni'],
    })
    expect(list[1]).toMatchObject({
      name: 'Grace Hopper',
      organization: 'US Navy',
      linkedinUrl: null,
      referredBy: 'Ada Lovelace',
    })
    expect(typeof list[0]?.id).toBe('string')

    const chat = await cli(
      [
        'chats',
        'add',
        '--person',
        'ada lovelace',
        '--at',
        '2026-03-05 15:00',
        '--tz',
        'Europe/Berlin',
        '--status',
        'scheduled',
        '--json',
      ],
      env,
    )
    const chatId = chat.json<{ id: string; scheduledAt: string }>().id
    expect(chat.json()).toMatchObject({
      scheduledAt: '2026-03-05T14:00:00.000Z',
      careers: ['Data scientist'],
    })
    expect((await cli(['chats', 'edit', chatId, '--status', 'met'], env)).stdout).toMatch(/\(met\)/)
    expect((await cli(['chats', 'show', chatId], env)).stdout).toMatch(/Next\s+thanked/)

    expect(
      (
        await cli(['people', 'edit', 'Grace Hopper', '--title', 'Rear Admiral', '--json'], env)
      ).json(),
    ).toMatchObject({ title: 'Rear Admiral' })
    expect((await cli(['people', 'show', 'Grace Hopper'], env)).stdout).toMatch(
      /Referred by\s+Ada Lovelace/,
    )
    expect((await cli(['careers', 'list'], env)).stdout).toMatch(
      /Data scientist[\s\S]*\n\s+ML in healthcare/,
    )
    expect((await cli(['orgs', 'list', '--json'], env)).json<unknown[]>()).toHaveLength(2)

    expect((await cli(['chats', 'rm', chatId], env)).code).toBe(0)
    expect((await cli(['people', 'rm', 'Grace Hopper'], env)).stdout).toBe('Deleted Grace Hopper\n')
    expect((await cli(['orgs', 'rm', 'US Navy'], env)).code).toBe(0)
    expect((await cli(['careers', 'rm', 'ML in healthcare'], env)).code).toBe(0)
    expect((await cli(['people', 'list', '--json'], env)).json<unknown[]>()).toHaveLength(1)
  })

  it('exits 1 with one line on stderr for a user error, and 2 for wrong usage', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const missing = await cli(['people', 'show', 'Nobody'], env)
    expect(missing).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'coffeechat: person: no person named "Nobody"\n',
    })
    const invalid = await cli(['people', 'add', 'Ada', '--email', 'not-an-email'], env)
    expect(invalid.code).toBe(1)
    expect(invalid.stderr).toBe(
      'coffeechat: emails.0: not an email address such as ada@example.org\n',
    )
    const usage = await cli(['people', 'frobnicate'], env)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/unknown command 'frobnicate'/)
    expect((await cli(['orgs', 'add', 'X', '--motivation', 'lots'], env)).code).toBe(2)
    expect((await cli(['start', '--host', '0.0.0.0'], env)).code).toBe(2)
    expect((await cli(['--version'], env)).code).toBe(0)
    const badClock = await cli(['people', 'list'], { ...env, COFFEECHAT_NOW: 'yesterday' })
    expect(badClock.stderr).toMatch(/COFFEECHAT_NOW: "yesterday" is not an ISO instant/)
  })

  it('fills an empty data directory with the demo, once', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
    const demo = await cli(['demo', '--json'], env)
    expect(demo.code).toBe(0)
    // Features add people to the demo; the brief asks for about 15 people at 8 organizations.
    const summary = demo.json<{
      careers: number
      organizations: number
      people: number
      conversations: number
    }>()
    expect(summary).toMatchObject({ careers: 5, organizations: 8 })
    expect(summary.people).toBeGreaterThanOrEqual(15)
    expect(summary.people).toBeLessThanOrEqual(30)
    expect(summary.conversations).toBeGreaterThanOrEqual(16)
    const listed = (await cli(['people', 'list', '--json'], env)).json<unknown[]>()
    expect(listed).toHaveLength(summary.people)
    const chats = (await cli(['chats', 'list', '--json'], env)).json<Array<{ status: string }>>()
    const statuses = new Set(chats.map((c) => c.status))
    // Every status there is.
    for (const status of conversationStatuses) expect(statuses).toContain(status)
    const people = (await cli(['people', 'list', '--json'], env)).json<
      Array<{ referredBy: string | null }>
    >()
    expect(people.filter((p) => p.referredBy).length).toBeGreaterThanOrEqual(4)
    const again = await cli(['demo'], env)
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/already holds records/)
  })

  it('reads and changes settings by key', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    expect((await cli(['settings', 'edit', 'outreachMaxWords', '100'], env)).stdout).toBe(
      'outreachMaxWords = 100\n',
    )
    expect((await cli(['settings', 'edit', 'holidays', '2026-12-24,2026-12-25'], env)).code).toBe(0)
    expect((await cli(['settings', 'edit', 'monthlyCheckIn', 'yes'], env)).code).toBe(0)
    expect((await cli(['settings', 'edit', 'timeZone', 'Europe/Berlin'], env)).code).toBe(0)
    const shown = (await cli(['settings', 'show', 'holidays', '--json'], env)).json()
    expect(shown).toMatchObject({
      key: 'holidays',
      value: ['2026-12-24', '2026-12-25'],
      isDefault: false,
    })
    const wrong = await cli(['settings', 'edit', 'thankYouDeadline', '9pm'], env)
    expect(wrong).toMatchObject({
      code: 1,
      stderr: 'coffeechat: thankYouDeadline: use 24-hour HH:MM, such as 21:00\n',
    })
    expect((await cli(['settings', 'edit', 'nope', '1'], env)).stderr).toMatch(
      /"nope" is not a setting/,
    )
    await cli(['settings', 'rm', 'outreachMaxWords'], env)
    const list = (await cli(['settings', 'list', '--json'], env)).json<
      Array<{ key: string; value: unknown }>
    >()
    expect(list.find((e) => e.key === 'outreachMaxWords')?.value).toBe(75)
    expect(list.find((e) => e.key === 'monthlyCheckIn')?.value).toBe(true)
  })

  it('searches from the command line', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    await cli(
      ['people', 'add', 'José Núñez', '--notes', 'Pricing models at the Zürich office'],
      env,
    )
    const found = await cli(['search', 'zurich', 'pricing', '--json'], env)
    expect(found.json()).toEqual([expect.objectContaining({ kind: 'person', title: 'José Núñez' })])
    expect((await cli(['search', 'zurich'], env)).stdout).toMatch(/\[Zürich\]/)
  })

  it.runIf(inject('postgresUrl'))(
    'works the same on PostgreSQL when DATABASE_URL is set',
    async () => {
      const adminUrl = inject('postgresUrl') ?? ''
      const env = {
        DATABASE_URL: await createPostgresDatabase(adminUrl),
        COFFEECHAT_DATA: tempDataDir(),
      }
      expect(
        (await cli(['people', 'add', 'Ada Lovelace', '--org', 'Analytical Engines'], env)).code,
      ).toBe(0)
      const people = (await cli(['people', 'list', '--json'], env)).json()
      expect(people).toEqual([
        expect.objectContaining({ name: 'Ada Lovelace', organization: 'Analytical Engines' }),
      ])
    },
  )
})
