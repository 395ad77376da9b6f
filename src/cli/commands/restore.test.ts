import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { addChat, cli, tempDataDir } from '../../../test/cli-harness.ts'

const NOW = '2026-03-02T09:00:00Z'

async function explorer() {
  const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
  await cli(['careers', 'add', 'Data scientist'], env)
  await cli(
    [
      'people',
      'add',
      'Ada Lovelace',
      '--org',
      'Analytical Engines',
      '--career',
      'Data scientist',
      '--email',
      'ada@example.org',
    ],
    env,
  )
  await cli(
    addChat('Ada Lovelace', 'scheduled', '--at', '2026-03-05 15:00', '--tz', 'Europe/Berlin'),
    env,
  )
  return env
}

describe('coffeechat export and restore', () => {
  it('exports JSON that restores into an empty data directory to the same bytes', async () => {
    const env = await explorer()
    const backup = await cli(['export', 'json'], env)
    expect(backup.code).toBe(0)
    expect(JSON.parse(backup.stdout)).toMatchObject({ format: 'coffeechat-backup', version: 1 })
    const file = join(tempDataDir(), 'backup.json')
    const written = await cli(['export', 'json', '--out', file], env)
    expect(written.stdout).toMatch(/^Wrote the backup \(.*1 people.*\) to /)
    expect(readFileSync(file, 'utf8')).toBe(backup.stdout)

    const elsewhere = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
    const restored = await cli(['restore', file], elsewhere)
    expect(restored.code).toBe(0)
    expect(restored.stdout).toMatch(/^Restored .*1 people.*1 conversations.* from /)
    expect((await cli(['export', 'json'], elsewhere)).stdout).toBe(backup.stdout)
    const found = await cli(['search', 'lovelace', '--json'], elsewhere)
    expect(found.json<unknown[]>().length).toBeGreaterThan(0)
  })

  it('refuses a non-empty data directory unless --replace, then keeps a backup of it first', async () => {
    const env = await explorer()
    const file = join(tempDataDir(), 'backup.json')
    await cli(['export', 'json', '--out', file], env)
    await cli(['people', 'add', 'Grace Hopper'], env)
    const refused = await cli(['restore', file], env)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^coffeechat: there is data here already \(.*2 people.*\); .*add --replace/,
    )
    const replaced = await cli(['restore', file, '--replace'], env)
    expect(replaced.code).toBe(0)
    const saved = replaced.stdout.match(/^Saved the data that was here to (.+)$/m)?.[1] ?? ''
    expect(saved.startsWith(join(env.COFFEECHAT_DATA, 'backups', 'before-restore-'))).toBe(true)
    // Backups are the explorer's alone, like the database.
    expect(statSync(saved).mode & 0o077).toBe(0)
    expect(statSync(file).mode & 0o077).toBe(0)
    expect(readFileSync(saved, 'utf8')).toContain('Grace Hopper')
    const people = (await cli(['people', 'list', '--json'], env)).json<Array<{ name: string }>>()
    expect(people.map((p) => p.name)).toEqual(['Ada Lovelace'])
  })

  it('names the problem in a damaged backup and writes nothing', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const file = join(tempDataDir(), 'broken.json')
    writeFileSync(
      file,
      '{"format":"coffeechat-backup","version":1,"migrations":[],"tables":{"people":[{"id":"x"}]}}',
    )
    const result = await cli(['restore', file], env)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^coffeechat: tables\.people\.0\.\w+: people, row 1 \(id x\), \w+: /,
    )
    expect((await cli(['people', 'list', '--json'], env)).json()).toEqual([])
    const missing = await cli(['restore', '/nonexistent.json'], env)
    expect(missing.stderr).toBe(
      'coffeechat: cannot read /nonexistent.json: there is no such file\n',
    )
  })

  it('explains a backup holding a NUL character and restores it cleaned with --clean', async () => {
    const env = await explorer()
    const json = JSON.parse((await cli(['export', 'json'], env)).stdout)
    json.tables.people[0].notes = 'Met at\u0000 the fair'
    const file = join(tempDataDir(), 'with-nul.json')
    writeFileSync(file, JSON.stringify(json))
    const elsewhere = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
    const refused = await cli(['restore', file], elsewhere)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(
      /^coffeechat: people, row 1 \(id .+\), notes: holds 1 NUL character \(U\+0000\), which coffeechat does not store\. Add --clean to remove them; nothing else changes, and nothing was restored\.\n$/,
    )
    const cleaned = await cli(['restore', file, '--clean'], elsewhere)
    expect(cleaned.code).toBe(0)
    expect(cleaned.stdout).toMatch(
      /Cleaned 1 value:\n {2}people, row 1 \(id .+\), notes: 1 NUL character \(U\+0000\) removed\n$/,
    )
    const people = (await cli(['people', 'list', '--json'], elsewhere)).json<
      Array<{ notes: string }>
    >()
    expect(people[0]?.notes).toBe('Met at the fair')
  })

  it('exports Markdown, CSV and vCard files', async () => {
    const env = await explorer()
    const dir = join(tempDataDir(), 'notes')
    const markdown = await cli(['export', 'markdown', '--out', dir], env)
    expect(markdown.stdout).toBe(`Wrote 2 files to ${dir}\n`)
    expect(readdirSync(dir).sort()).toEqual(['2026-03-05-ada-lovelace.md', 'people.md'])
    expect(readFileSync(join(dir, '2026-03-05-ada-lovelace.md'), 'utf8')).toMatch(
      /^---\nperson: "Ada Lovelace"\norganization: "Analytical Engines"\n/,
    )
    const usage = await cli(['export', 'markdown'], env)
    expect(usage.code).toBe(2)

    const csvDir = join(tempDataDir(), 'sheets')
    const csv = await cli(['export', 'csv', '--out', csvDir, '--json'], env)
    expect(csv.json()).toEqual({
      out: csvDir,
      files: ['people.csv', 'organizations.csv', 'conversations.csv'],
    })
    expect(readFileSync(join(csvDir, 'people.csv'), 'utf8')).toContain('Ada Lovelace')

    const vcard = await cli(['export', 'vcard'], env)
    expect(vcard.stdout).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\n/)
    const vcf = join(tempDataDir(), 'people.vcf')
    expect((await cli(['export', 'vcard', '--out', vcf], env)).stdout).toBe(
      `Wrote 1 card to ${vcf}\n`,
    )
    const back = await cli(['import', vcf, '--json'], env)
    expect(back.json()).toMatchObject({ format: 'vcard', created: 0, updated: 0, unchanged: 1 })
    expect(existsSync(join(csvDir, 'people.csv'))).toBe(true)
  })
})
