import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'

/** A fresh install never asks for the name: the CLI must not send "Best, {myName}" either. */
describe('coffeechat send: unfinished drafts, and taking a sending back', () => {
  it('refuses every way out while {myName} is unfilled, then fills, sends and unsends', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: '2026-03-02T09:00:00Z' }
    await cli(['careers', 'add', 'Data scientist'], env)
    await cli(['orgs', 'add', 'Northwind Health'], env)
    const person = await cli(
      [
        'people',
        'add',
        'Ana Souza',
        '--org',
        'Northwind Health',
        '--career',
        'Data scientist',
        '--connection',
        'alumni',
        '--email',
        'ana@example.org',
        '--json',
      ],
      env,
    )
    expect(person.code, person.stderr).toBe(0)
    const draft = await cli(
      ['drafts', 'new', '--kind', 'outreach', '--person', 'Ana Souza', '--json'],
      env,
    )
    const id = draft.json<{ id: string }>().id
    const shown = await cli(['drafts', 'show', id], env)
    expect(shown.stdout).toMatch(/1 to look at/)
    expect(shown.stdout).toMatch(/unfilled-variable .*"\{myName\}"/)
    expect(shown.stdout).toMatch(/Not ready to send/)

    for (const args of [
      ['send', id, '--sent', '--via', 'copy'],
      ['send', id, '--via', 'smtp', '--yes'],
      ['send', id, '--via', 'eml', '--out', '-'],
      ['send', id, '--via', 'mailto'],
      ['send', id, '--via', 'copy'],
    ]) {
      const refused = await cli(args, env)
      expect(refused.code, args.join(' ')).toBe(1)
      expect(refused.stderr).toMatch(/\{myName\}.*explorerName/)
      expect(refused.stdout).toBe('')
    }

    await cli(['settings', 'edit', 'explorerName', 'Sam Lee'], env)
    const filled = await cli(['drafts', 'fill', id], env)
    expect(filled.code, filled.stderr).toBe(0)
    expect(filled.stdout).toMatch(/\nSam Lee\n/)
    const sent = await cli(['send', id, '--sent', '--via', 'other'], env)
    expect(sent.code, sent.stderr).toBe(0)
    expect(sent.stdout).toMatch(/went out .* \(another way\)/)

    const back = await cli(['unsend', id], env)
    expect(back.code, back.stderr).toBe(0)
    expect(back.stdout).toMatch(/is a draft again\. The conversation it started is gone again\./)
    const twice = await cli(['unsend', id], env)
    expect(twice.code).toBe(1)
    expect(twice.stderr).toMatch(/is a draft/)
  })
})
