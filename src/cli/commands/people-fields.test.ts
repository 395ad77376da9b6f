import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'

describe('people add/edit/show with a birthday, web sites and profiles', () => {
  it('stores them from flags, shows them, and names a bad birthday', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const added = await cli(
      [
        'people',
        'add',
        'Ada Lovelace',
        '--birthday',
        '1815-12-10',
        '--website',
        'https://ada.example.org',
        '--profile',
        'Mastodon=https://hachyderm.example/@ada',
        '--profile',
        'XMPP=xmpp:ada@jabber.example',
      ],
      env,
    )
    expect(added.code).toBe(0)
    const shown = await cli(['people', 'show', 'Ada Lovelace'], env)
    expect(shown.stdout).toMatch(/Birthday\s+1815-12-10/)
    expect(shown.stdout).toMatch(/Web sites\s+https:\/\/ada\.example\.org/)
    expect(shown.stdout).toContain('Mastodon: https://hachyderm.example/@ada')
    expect(shown.stdout).toContain('XMPP: xmpp:ada@jabber.example')
    const edited = await cli(['people', 'edit', 'Ada Lovelace', '--birthday', '--12-10'], env)
    expect(edited.code).toBe(0)
    const json = (await cli(['people', 'show', 'Ada Lovelace', '--json'], env)).json<{
      birthday: string
      profiles: unknown[]
    }>()
    expect(json.birthday).toBe('--12-10')
    expect(json.profiles).toHaveLength(2)
    const bad = await cli(['people', 'edit', 'Ada Lovelace', '--birthday', '10.12.1815'], env)
    expect(bad.code).not.toBe(0)
    expect(bad.stderr).toMatch(/birthday.*not a birthday such as 1815-12-10/)
    expect(bad.stderr).not.toMatch(/at .*\.ts:\d+/)
  })
})
