import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'

describe('people duplicates, merge and unmerge', () => {
  async function twoAdas() {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const add = async (...args: string[]) => {
      const added = await cli(['people', 'add', ...args, '--json'], env)
      expect(added.code, added.stderr).toBe(0)
      return added.json<{ id: string }>().id
    }
    const ada = await add('Ada Lovelace', '--org', 'Acme', '--email', 'ada.lovelace@gmail.com')
    const twin = await add(
      'Ada K. Lovelace',
      '--org',
      'Acme',
      '--title',
      'Analyst',
      '--email',
      'adalovelace@gmail.com',
    )
    const chat = await cli(
      ['chats', 'add', '--person', twin, '--status', 'identified', '--json'],
      env,
    )
    expect(chat.code, chat.stderr).toBe(0)
    return { env, ada, twin }
  }

  it('lists a suggestion with its reasons and the command that merges it', async () => {
    const { env, ada, twin } = await twoAdas()
    const listed = await cli(['people', 'duplicates'], env)
    expect(listed.code).toBe(0)
    expect(listed.stdout).toContain(
      'Ada Lovelace (Acme) ada.lovelace@gmail.com  ~  Ada K. Lovelace (Acme) adalovelace@gmail.com',
    )
    expect(listed.stdout).toContain(
      '  Ada Lovelace and Ada K. Lovelace differ only by a middle initial, both at Acme',
    )
    expect(listed.stdout).toContain(
      '  same Gmail address without dots: ada.lovelace@gmail.com, adalovelace@gmail.com',
    )
    expect(listed.stdout).toContain(`coffeechat people merge ${ada} ${twin}`)
    const json = await cli(['people', 'duplicates', '--json'], env)
    expect(json.json<{ total: number }>().total).toBe(1)
  })

  it('previews with --dry-run, refuses without --yes off a terminal, merges with --yes, and unmerges', async () => {
    const { env, ada, twin } = await twoAdas()
    const preview = await cli(
      ['people', 'merge', 'Ada Lovelace', 'Ada K. Lovelace', '--dry-run'],
      env,
    )
    expect(preview.code, preview.stderr).toBe(0)
    expect(preview.stdout).toContain(
      `Merge B Ada K. Lovelace (${twin}) into A Ada Lovelace (${ada}):`,
    )
    expect(preview.stdout).toMatch(/Title\s+Analyst\s+Analyst\s+B's/)
    expect(preview.stdout).toContain('Moves to Ada Lovelace: 1 conversation.')
    expect(preview.stdout).toContain('- Name: Ada K. Lovelace')
    const asked = await cli(['people', 'merge', ada, twin], env)
    expect(asked.code).toBe(2)
    expect(asked.stderr).toContain('needs your confirmation: run it in a terminal, or add --yes')
    expect((await cli(['people', 'show', twin], env)).code).toBe(0)

    const merged = await cli(['people', 'merge', ada, twin, '--yes'], env)
    expect(merged.code, merged.stderr).toBe(0)
    expect(merged.stdout).toContain(
      `Merged Ada K. Lovelace into Ada Lovelace — ${ada}. Undo: coffeechat people unmerge`,
    )
    expect((await cli(['people', 'show', twin], env)).code).toBe(1)
    const chats = await cli(['chats', 'list', '--json'], env)
    expect(chats.json<Array<{ personId: string }>>().map((c) => c.personId)).toEqual([ada])

    const undone = await cli(['people', 'unmerge'], env)
    expect(undone.code, undone.stderr).toBe(0)
    expect(undone.stdout).toContain(
      `Ada K. Lovelace is back — ${twin}; Ada Lovelace is as before the merge.`,
    )
    expect(
      (await cli(['people', 'show', twin, '--json'], env)).json<{ title: string }>().title,
    ).toBe('Analyst')
    const nothing = await cli(['people', 'unmerge'], env)
    expect(nothing.code).toBe(1)
    expect(nothing.stderr).toContain('there is no merge to undo')
  })

  it('names what is wrong: an ambiguous or unknown name, the same person twice', async () => {
    const { env, ada } = await twoAdas()
    await cli(['people', 'add', 'Ada Lovelace'], env)
    const ambiguous = await cli(
      ['people', 'merge', 'Ada Lovelace', 'Ada K. Lovelace', '--yes'],
      env,
    )
    expect(ambiguous.code).toBe(1)
    expect(ambiguous.stderr).toContain('"Ada Lovelace" names 2 people; use the id instead')
    const unknown = await cli(['people', 'merge', ada, 'Nobody', '--yes'], env)
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toContain('no person named "Nobody"')
    const same = await cli(['people', 'merge', ada, ada, '--yes'], env)
    expect(same.code).toBe(2)
    expect(same.stderr).toContain('are the same person')
    expect(ambiguous.stderr + unknown.stderr + same.stderr).not.toMatch(/\n\s+at /)
  })

  it('dismisses a pair with not-same', async () => {
    const { env, ada, twin } = await twoAdas()
    const dismissed = await cli(['people', 'not-same', ada, twin], env)
    expect(dismissed.code, dismissed.stderr).toBe(0)
    expect((await cli(['people', 'duplicates'], env)).stdout).toContain('No likely duplicates.')
  })
})
