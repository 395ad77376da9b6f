import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { readJson } from '../../../test/json.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import { sampleExplorer } from '../../core/backup/sample-explorer.ts'
import { deleteOwnedData } from '../../core/backup/wipe.ts'
import { type Ctx, inTransaction } from '../../core/context.ts'
import { createPerson, listPeople } from '../../core/people/service.ts'
import { createApp } from '../app.ts'

const origin = 'http://127.0.0.1:4321'
const folders: string[] = []
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true })
})

/** The local-mode app, keeping replaced data in a fresh `backups` folder. */
function localApp(ctx: Ctx) {
  const dataDir = mkdtempSync(join(tmpdir(), 'coffeechat-restore-'))
  folders.push(dataDir)
  const backupDir = join(dataDir, 'backups')
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test', backupDir })
  const restore = async (query: string, body: string, type = 'application/json') => {
    const response = await app.request(`/api/restore${query}`, {
      method: 'POST',
      headers: { host: '127.0.0.1:4321', origin, 'content-type': type },
      body,
    })
    return { status: response.status, body: await readJson(response) }
  }
  return { restore, backupDir }
}

async function names(ctx: Ctx): Promise<string[]> {
  return (await listPeople(ctx, {}, { all: true })).items.map((p) => p.name).sort()
}

describeEngines('POST /api/restore', (h) => {
  it('checks a backup in a dry run: what it holds, what the account holds, nothing changed', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    await createPerson(ctx, { name: 'Zoe Zhang' })
    const { restore } = localApp(ctx)
    const dry = await restore('?dryRun=true', backup)
    expect(dry.status).toBe(200)
    expect(dry.body).toMatchObject({
      dryRun: true,
      rows: { people: 2, careers: 2, conversations: 2, reflections: 1, pay_entries: 1 },
      present: { people: 3, careers: 2 },
      replaced: null,
    })
    // The trial restore was rolled back: Zoe is still there.
    expect(await names(ctx)).toEqual(['Ada Lovelace', 'Renée Dupont', 'Zoe Zhang'])
  })

  it('refuses an account that has data unless replace=true, and says what is there', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    const { restore, backupDir } = localApp(ctx)
    for (const query of ['', '?replace=false']) {
      const refused = await restore(query, backup)
      expect(refused.status).toBe(409)
      expect(refused.body.error).toMatch(
        /^there is data here already \(.*2 people.*\); restore into an empty account, or send replace=true/,
      )
    }
    expect(existsSync(backupDir)).toBe(false)
  })

  it('replaces with replace=true, after keeping the replaced data in DATA/backups and in the answer', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    await createPerson(ctx, { name: 'Zoe Zhang' })
    const { restore, backupDir } = localApp(ctx)
    const replaced = await restore('?replace=true', backup)
    expect(replaced.status).toBe(200)
    expect(replaced.body).toMatchObject({
      dryRun: false,
      rows: { people: 2 },
      present: { people: 3 },
      replaced: { savedTo: expect.stringContaining(backupDir) },
    })
    expect(await names(ctx)).toEqual(['Ada Lovelace', 'Renée Dupont'])
    expect(await exportBackup(ctx)).toBe(backup)
    const { savedTo, fileName, backup: kept } = replaced.body.replaced
    expect(readdirSync(backupDir)).toEqual([fileName])
    expect(fileName).toBe('before-restore-2026-03-02T09-00-00-000Z.json')
    expect(readFileSync(savedTo, 'utf8')).toBe(kept)
    expect(statSync(savedTo).mode & 0o077).toBe(0)
    expect(kept).toContain('Zoe Zhang')
    // What was replaced restores like any backup; under the same clock the first file stays.
    const back = await restore('?replace=true', kept)
    expect(back.status).toBe(200)
    expect(await names(ctx)).toEqual(['Ada Lovelace', 'Renée Dupont', 'Zoe Zhang'])
    expect(readdirSync(backupDir).sort()).toEqual([
      'before-restore-2026-03-02T09-00-00-000Z-2.json',
      'before-restore-2026-03-02T09-00-00-000Z.json',
    ])
  })

  it('restores into an empty account without replace, keeping nothing', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    await inTransaction(ctx, (tx) => deleteOwnedData(tx))
    const { restore, backupDir } = localApp(ctx)
    const dry = await restore('?dryRun=true', backup)
    expect(Object.values(dry.body.present).every((n) => n === 0)).toBe(true)
    const done = await restore('', backup)
    expect(done.status).toBe(200)
    expect(done.body).toMatchObject({ dryRun: false, rows: { people: 2 }, replaced: null })
    expect(Object.values(done.body.present).every((n) => n === 0)).toBe(true)
    expect(await names(ctx)).toEqual(['Ada Lovelace', 'Renée Dupont'])
    expect(existsSync(backupDir)).toBe(false)
  })

  it('refuses a damaged file with 400, naming the table, row and field, and changes nothing', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    const json = JSON.parse(backup)
    const row = json.tables.people.findIndex((p: { id: string }) => p.id === ada.id)
    json.tables.people[row].name = 42
    const damaged = JSON.stringify(json)
    const { restore, backupDir } = localApp(ctx)
    for (const query of ['?dryRun=true', '?replace=true']) {
      const refused = await restore(query, damaged)
      expect(refused.status).toBe(400)
      expect(refused.body.issues).toEqual([
        {
          path: `tables.people.${row}.name`,
          message: `people, row ${row + 1} (id ${ada.id}), name: expected text`,
        },
      ])
    }
    const truncated = await restore('?replace=true', backup.slice(0, 200))
    expect(truncated.status).toBe(400)
    expect(truncated.body.issues[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/^this is not a coffeechat backup: not JSON/),
    })
    const other = await restore('?replace=true', JSON.stringify({ people: [] }))
    expect(other.body.issues[0].message).toMatch(/no "format": "coffeechat-backup"/)
    // A reference to a row the file does not hold is caught before anything is written.
    json.tables.people[row].name = 'Ada Lovelace'
    json.tables.conversations[0].person_id = 'nobody'
    const dangling = await restore('?replace=true', JSON.stringify(json))
    expect(dangling.status).toBe(400)
    expect(dangling.body.error).toMatch(/conversations, row 1 .*person_id: points at people nobody/)
    expect(await exportBackup(ctx)).toBe(backup)
    expect(existsSync(backupDir)).toBe(false)
  })

  it('takes JSON only (415), up to 20 MB (413), past the 2 MB limit of other routes', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    const { restore } = localApp(ctx)
    const form = await restore('?dryRun=true', backup, 'text/plain')
    expect(form.status).toBe(415)
    expect(form.body.error).toMatch(/Content-Type application\/json/)
    // Whitespace keeps it a valid backup of 3 MB: more than the API's usual 2 MB.
    const padded = `${backup}${' '.repeat(3 * 1024 * 1024)}`
    const big = await restore('?dryRun=true', padded)
    expect(big.status).toBe(200)
    expect(big.body.rows.people).toBe(2)
    const huge = await restore('?dryRun=true', `${backup}${' '.repeat(21 * 1024 * 1024)}`)
    expect(huge.status).toBe(413)
    expect(huge.body.error).toMatch(/larger than 20 MB.*coffeechat restore FILE/)
    expect((await restore('?replace=maybe', backup)).body.issues[0].path).toBe('replace')
  })
})
