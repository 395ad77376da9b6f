import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, cliEnv, tempDataDir } from '../../../test/cli-harness.ts'
import { engines } from '../../../test/engines.ts'

/** A CSV of no program coffeechat knows, as exact bytes (UTF-8, LF). */
const bytes = new TextEncoder().encode(
  'E-mail,Name,Firma,Handy,Lieblingsfarbe\nada@example.org,Ada Lovelace,Analytical Engines,+44 20 7946 0000,Blau\n',
)

function csvFile(): string {
  const file = join(tempDataDir(), 'adressen.csv')
  writeFileSync(file, bytes)
  return file
}

describe.each(engines())('coffeechat import --map [%s]', (engine) => {
  it('prints the suggested mapping as a ready --map value, then imports with it', async () => {
    const env = await cliEnv(engine)
    const file = csvFile()
    const dry = await cli(['import', file, '--dry-run'], env)
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain(
      'adressen.csv is a CSV in no layout coffeechat knows, so it needs a column mapping. Suggested from the column names:',
    )
    expect(dry.stdout).toMatch(/ {2}E-mail +→ email {2}\(ada@example\.org\)/)
    expect(dry.stdout).toMatch(/ {2}Lieblingsfarbe +→ kept in Imported details {2}\(Blau\)/)
    const map = 'E-mail=email,Name=name,Firma=organization,Handy=phone,Lieblingsfarbe=details'
    expect(dry.stdout).toContain(`  --map "${map}"`)

    const refused = await cli(['import', file], env)
    expect(refused.code).toBe(1)
    expect(refused.stderr).toContain(`--map "${map}"`)
    expect(refused.stdout).toBe('')

    const preview = await cli(
      [
        'import',
        file,
        '--dry-run',
        '--map',
        'E-mail=email,Name=name,Firma=organization,Handy=ignore',
      ],
      env,
    )
    expect(preview.code).toBe(0)
    expect(preview.stdout).toMatch(
      /^Dry run \(nothing written\): adressen\.csv as CSV through a column mapping, 1 row: would create 1/,
    )
    expect(preview.stdout).toMatch(/Columns \(--map\):\n {2}E-mail +→ email/)
    expect(preview.stdout).toMatch(/ {2}Handy +→ ignored/)

    const real = await cli(['import', file, '--map', map, '--json'], env)
    expect(real.code).toBe(0)
    expect(real.json()).toMatchObject({ format: 'csv', created: 1, mapping: { needed: false } })
    const people = (await cli(['people', 'list', '--json'], env)).json<
      Array<Record<string, unknown>>
    >()
    expect(people).toMatchObject([{ name: 'Ada Lovelace', organization: 'Analytical Engines' }])
    // Offered again for the same header.
    const again = await cli(['import', file, '--dry-run'], env)
    expect(again.stdout).toContain('The one you gave last time for these columns:')
  })

  it("reads --map-file as JSON (also a --json report's mapping) and names what is wrong", async () => {
    const env = await cliEnv(engine)
    const file = csvFile()
    const dir = tempDataDir()
    const mapFile = join(dir, 'mapping.json')
    writeFileSync(
      mapFile,
      JSON.stringify({ 'E-mail': 'email', Name: 'name', Lieblingsfarbe: 'ignore' }),
    )
    const done = await cli(['import', file, '--map-file', mapFile, '--json'], env)
    expect(done.code).toBe(0)
    expect(done.json()).toMatchObject({
      created: 1,
      columns: [
        { name: 'Firma', where: 'notes' },
        { name: 'Handy', where: 'notes' },
        { name: 'Lieblingsfarbe', where: 'left out', why: 'ignored in the column mapping' },
      ],
    })
    const step = await cli(['import', file, '--dry-run', '--json'], await cliEnv(engine))
    const reportFile = join(dir, 'report-mapping.json')
    writeFileSync(reportFile, JSON.stringify(step.json<{ mapping: unknown }>().mapping))
    const fromReport = await cli(
      ['import', file, '--map-file', reportFile, '--json'],
      await cliEnv(engine),
    )
    expect(fromReport.json()).toMatchObject({ created: 1 })

    const wrongField = await cli(['import', file, '--map', 'E-mail=mail,Name=name'], env)
    expect(wrongField.code).toBe(1)
    expect(wrongField.stderr).toMatch(/^coffeechat: .*"mail" is not a field a column can go to/)
    const both = await cli(['import', file, '--map', 'Name=name', '--map-file', mapFile], env)
    expect(both.stderr).toContain('give the column mapping with --map or with --map-file, not both')
    writeFileSync(mapFile, '{"E-mail": ')
    const broken = await cli(['import', file, '--map-file', mapFile], env)
    expect(broken.stderr).toContain('mapping.json is not JSON')
    const missing = await cli(['import', file, '--map-file', join(dir, 'nope.json')], env)
    expect(missing.stderr).toContain('nope.json: there is no such file')
    expect(missing.stderr).not.toMatch(/\n\s+at /)
  })
})
