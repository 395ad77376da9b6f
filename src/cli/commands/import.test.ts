import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'
import { fixture } from '../../../test/fixtures/corpus.ts'

/** Writes a corpus fixture into a fresh folder and returns its path. */
function fixtureFile(path: string): string {
  const file = join(tempDataDir(), path.slice(path.lastIndexOf('/') + 1))
  writeFileSync(file, fixture(path).bytes)
  return file
}

describe('coffeechat import', () => {
  it('imports a LinkedIn ZIP, reports every row as JSON, and changes nothing the second time', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: '2026-03-02T09:00:00Z' }
    const file = fixtureFile('linkedin/Basic_LinkedInDataExport_01-05-2026.zip')
    const first = await cli(['import', file, '--json'], env)
    expect(first.code).toBe(0)
    const report = first.json<Record<string, unknown>>()
    expect(report).toMatchObject({ format: 'linkedin', rows: 12, created: 11, updated: 0 })
    expect(report.skipped).toEqual([
      { row: 10, reason: expect.stringMatching(/^no first or last name/) },
    ])
    expect(Object.keys(report).slice(0, 7)).toEqual([
      'format',
      'rows',
      'created',
      'updated',
      'unchanged',
      'skipped',
      'warnings',
    ])
    const people = (await cli(['people', 'list', '--json'], env)).json<Array<{ name: string }>>()
    expect(people.map((p) => p.name)).toContain('Grace Hopper')
    const again = await cli(['import', file, '--json'], env)
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 11 })
  })

  it('shows a readable report, and a dry run writes nothing', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const file = fixtureFile('vcard/apple-3.0.vcf')
    const dry = await cli(['import', file, '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toMatch(
      /^Dry run \(nothing written\): apple-3\.0\.vcf as vCard, \d+ rows?: would create \d+/,
    )
    expect(dry.stdout).toContain('Run it again without --dry-run to import.')
    expect((await cli(['people', 'list', '--json'], env)).json()).toEqual([])
    const real = await cli(['import', file], env)
    expect(real.stdout).toMatch(/^Imported apple-3\.0\.vcf as vCard/)
    expect(real.stderr).toBe('')
  })

  it('refuses a file that is not a contact export, saying what it is (exit 1)', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const result = await cli(['import', fixtureFile('linkedin/messages.csv')], env)
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(
      /^coffeechat: This is LinkedIn's messages\.csv.*not Connections\.csv/,
    )
    expect(result.stdout).toBe('')
  })

  it('names a missing file (exit 1) and an unknown --format (exit 2)', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const missing = await cli(['import', '/nonexistent/Connections.csv'], env)
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe(
      'coffeechat: cannot read /nonexistent/Connections.csv: there is no such file\n',
    )
    const wrong = await cli(
      ['import', fixtureFile('vcard/apple-3.0.vcf'), '--format', 'excel'],
      env,
    )
    expect(wrong.code).toBe(2)
    expect(wrong.stderr).toMatch(
      /Allowed choices are linkedin, google, outlook, thunderbird, roundcube, linkedin-contacts, vcard/,
    )
  })

  it('reads a file as the --format given', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir() }
    const file = fixtureFile('google/google-outlook-csv.csv')
    const result = await cli(['import', file, '--format', 'outlook', '--json'], env)
    expect(result.json()).toMatchObject({ format: 'outlook' })
  })
})
