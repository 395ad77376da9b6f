import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'

/** Runs the CLI in process on a fresh data directory, with `input` on stdin. */
function run(args: string[], input = '') {
  return cli(
    args,
    { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: '2026-03-02T09:00:00Z' },
    input,
  )
}

const good = `Hi Ana,

Dana Park suggested I write to you. Your move from a maths PhD into pricing is the path I am weighing now.

Would you be open to a 20-minute call in the coming weeks to share your advice?

Best,
Sam`

describe('coffeechat lint', () => {
  it('prints { words, problems } as JSON and exits 0, problems or not', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'coffeechat-lint-'))
    const file = join(dir, 'draft.txt')
    writeFileSync(file, good)
    const clean = await run(['lint', file, '--kind', 'outreach', '--json'])
    expect(clean.code).toBe(0)
    expect(JSON.parse(clean.stdout)).toEqual({ words: 42, problems: [] })

    const text = 'Hi Ana, are you hiring? I would love an hour of your time.'
    const flagged = await run(['lint', '-', '--kind', 'outreach', '--json'], text)
    expect(flagged.code).toBe(0)
    const result = JSON.parse(flagged.stdout)
    expect(Object.keys(result)).toEqual(['words', 'problems'])
    expect(result.words).toBe(13)
    for (const problem of result.problems) {
      expect(Object.keys(problem)).toEqual(['rule', 'message', 'start', 'end'])
    }
    const etiquette = result.problems.find((p: { rule: string }) => p.rule === 'etiquette')
    expect(text.slice(etiquette.start, etiquette.end)).toBe('are you hiring')
    expect(result.problems.map((p: { rule: string }) => p.rule)).toContain('short-conversation')
  })

  it('reads stdin without a file, and prints plain lines without --json', async () => {
    const plain = await run(['lint', '--kind', 'question'], 'Do you have any openings?')
    expect(plain.code).toBe(0)
    expect(plain.stdout).toMatch(
      /^5 words, 1 problem\n {2}etiquette \(0-24\) "Do you have any openings"/,
    )
  })

  it('exits 1 for an unreadable file and 2 for a kind that does not exist', async () => {
    const missing = await run(['lint', '/no/such/draft.txt', '--kind', 'outreach', '--json'])
    expect(missing).toMatchObject({ code: 1, stdout: '' })
    expect(missing.stderr).toBe('coffeechat: file: cannot read /no/such/draft.txt: no such file\n')
    const wrong = await run(['lint', '-', '--kind', 'memo'], 'x')
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(/option '--kind <kind>' argument 'memo' is invalid/)
    expect((await run(['lint', '-'], 'x')).code).toBe(2)
  })
})
