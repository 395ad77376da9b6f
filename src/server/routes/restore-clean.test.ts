import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { httpClient } from '../../../test/http-client.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import { sampleExplorer } from '../../core/backup/sample-explorer.ts'

describeEngines('POST /api/restore of a backup that needs cleaning', (h) => {
  it('refuses it naming each value, says what cleaning changes on a dry run, and restores it with clean=true', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    const json = JSON.parse(await exportBackup(ctx))
    const row = json.tables.people.find((p: { id: string }) => p.id === ada.id)
    row.notes = 'tea\u0000'
    row.linkedin_url = 'javascript:alert(1)'
    const backup = JSON.stringify(json)
    const call = httpClient(ctx)

    const refused = await call('POST', '/api/restore?replace=true', backup)
    expect(refused.status).toBe(400)
    expect(refused.body.error).toMatch(
      /^the request is not valid: tables\.people\.\d\.linkedin_url: people, row \d \(id .+\), linkedin_url: “javascript:alert\(1\)” is not a LinkedIn profile address; .*; clean: send clean=true to restore the file with these 2 values cleaned; nothing else changes$/,
    )
    expect(
      refused.body.issues.map((i: { path: string }) => i.path.replace(/\.\d+\./, '.N.')),
    ).toEqual(['tables.people.N.linkedin_url', 'tables.people.N.notes', 'clean'])

    const dry = await call('POST', '/api/restore?dryRun=true', backup)
    expect(dry.status).toBe(200)
    expect(dry.body.cleaning.count).toBe(2)
    expect(dry.body.cleaning.changes.map((c: { message: string }) => c.message)).toEqual([
      expect.stringMatching(
        /linkedin_url: “javascript:alert\(1\)” is not a LinkedIn profile address: cleared$/,
      ),
      expect.stringMatching(/notes: 1 NUL character \(U\+0000\) removed$/),
    ])

    const restored = await call('POST', '/api/restore?replace=true&clean=true', backup)
    expect(restored.status).toBe(200)
    expect(restored.body.cleaning.count).toBe(2)
    const person = (await call('GET', `/api/people/${ada.id}`)).body
    expect(person).toMatchObject({ notes: 'tea', linkedinUrl: null })

    const clean = await call('POST', '/api/restore?dryRun=true', await exportBackup(ctx))
    expect(clean.body.cleaning).toEqual({ count: 0, changes: [] })
  })
})
