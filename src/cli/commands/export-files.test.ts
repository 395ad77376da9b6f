import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cli, tempDataDir } from '../../../test/cli-harness.ts'
import { insertPeople } from '../../../test/many-people.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import { exportVcard } from '../../core/exports/service.ts'
import { generateNotes } from '../../demo/synthetic.ts'
import { openRuntime } from '../../runtime.ts'

const NOW = '2026-03-02T09:00:00Z'

describe('coffeechat export on a larger account', () => {
  it('writes each export as it is made, and says plainly when it cannot write', async () => {
    const env = { COFFEECHAT_DATA: tempDataDir(), COFFEECHAT_NOW: NOW }
    const runtime = await openRuntime({ dataDir: env.COFFEECHAT_DATA, env })
    await generateNotes(runtime.ctx, 1200)
    await insertPeople(runtime.ctx, 600)
    const backup = await exportBackup(runtime.ctx)
    const cards = await exportVcard(runtime.ctx)
    await runtime.close()

    expect((await cli(['export', 'json'], env)).stdout).toBe(backup)
    const file = join(tempDataDir(), 'backup.json')
    const written = await cli(['export', 'json', '--out', file], env)
    expect(written.stdout).toMatch(/^Wrote the backup \(660 people, 1200 conversations\) to /)
    expect(readFileSync(file, 'utf8')).toBe(backup)

    const vcf = join(tempDataDir(), 'people.vcf')
    expect((await cli(['export', 'vcard', '--out', vcf], env)).stdout).toBe(
      `Wrote 660 cards to ${vcf}\n`,
    )
    expect(readFileSync(vcf, 'utf8')).toBe(cards)

    const dir = join(tempDataDir(), 'notes')
    expect((await cli(['export', 'markdown', '--out', dir], env)).stdout).toBe(
      `Wrote 1201 files to ${dir}\n`,
    )
    expect(readdirSync(dir)).toHaveLength(1201)

    const nowhere = await cli(['export', 'json', '--out', '/no/such/dir/backup.json'], env)
    expect(nowhere.code).toBe(1)
    expect(nowhere.stderr).toBe(
      'coffeechat: could not write /no/such/dir/backup.json (ENOENT); check that the folder exists and is writable\n',
    )
  })
})
