import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { ValidationError } from '../errors.ts'
import { UncleanBackupError } from './clean.ts'
import { exportBackup } from './export-json.ts'
import { restoreBackup } from './restore.ts'
import { sampleExplorer } from './sample-explorer.ts'

/** Edits one table's rows of a backup, as a hand or an older coffeechat could have left them. */
function edited(text: string, table: string, edit: (rows: Array<Record<string, unknown>>) => void) {
  const json = JSON.parse(text)
  edit(json.tables[table])
  return JSON.stringify(json, null, 2)
}

describeEngines('restoring a backup that needs cleaning', (h) => {
  it('explains a NUL an older local coffeechat kept, restores it cleaned when asked, and lists each change', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    if (h.engine === 'sqlite') {
      // What the API let SQLite store before it refused NUL.
      await sql`update people set notes = ${'Met at\u0000 the fair\u0000'} where id = ${ada.id}`.execute(
        ctx.db,
      )
    }
    const exported = await exportBackup(ctx)
    const backup =
      h.engine === 'sqlite'
        ? exported
        : edited(exported, 'people', (rows) => {
            const row = rows.find((r) => r.id === ada.id)
            if (row) row.notes = 'Met at\u0000 the fair\u0000'
          })
    expect(backup).toContain('\\u0000')
    const target = ctx
    const before = await exportBackup(ctx)

    const refused = restoreBackup(target, backup, { replace: true })
    await expect(refused).rejects.toThrow(UncleanBackupError)
    await expect(refused).rejects.toThrow(
      new RegExp(
        `^people, row \\d \\(id ${ada.id}\\), notes: holds 2 NUL characters \\(U\\+0000\\), which coffeechat does not store\\. Restore it with cleaning`,
      ),
    )
    expect(await exportBackup(target)).toBe(before)

    const restored = await restoreBackup(target, backup, { replace: true, clean: true })
    expect(restored.cleaning).toEqual({
      count: 1,
      changes: [
        {
          path: expect.stringMatching(/^tables\.people\.\d\.notes$/),
          message: expect.stringMatching(/notes: 2 NUL characters \(U\+0000\) removed$/),
        },
      ],
    })
    const notes = await target.db
      .selectFrom('people')
      .select('notes')
      .where('owner_id', '=', target.ownerId)
      .where('id', '=', ada.id)
      .executeTakeFirstOrThrow()
    expect(notes.notes).toBe('Met at the fair')
  })

  it('checks link fields as the API does: a website or LinkedIn address that is not one is refused, or cleared when cleaning', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    const backup = edited(
      edited(await exportBackup(ctx), 'people', (rows) => {
        const row = rows.find((r) => r.id === ada.id)
        if (row) row.linkedin_url = 'javascript:alert(document.cookie)'
      }),
      'organizations',
      (rows) => {
        if (rows[0]) rows[0].website = 'javascript:alert(1)'
      },
    )
    const target = ctx
    const refused = restoreBackup(target, backup, { replace: true })
    await expect(refused).rejects.toThrow(ValidationError)
    const issues = await refused.catch((error: ValidationError) => error.issues)
    expect(issues).toEqual([
      {
        path: 'tables.organizations.0.website',
        message: expect.stringMatching(
          /^organizations, row 1 \(id .+\), website: “javascript:alert\(1\)” is not a web address/,
        ),
      },
      {
        path: expect.stringMatching(/^tables\.people\.\d\.linkedin_url$/),
        message: expect.stringMatching(
          /linkedin_url: “javascript:alert\(document\.cookie\)” is not a LinkedIn profile address/,
        ),
      },
    ])
    const restored = await restoreBackup(target, backup, { replace: true, clean: true })
    expect(restored.cleaning.count).toBe(2)
    const links = await target.db
      .selectFrom('people')
      .select('linkedin_url')
      .where('owner_id', '=', target.ownerId)
      .execute()
    expect(links.map((l) => l.linkedin_url)).toEqual([null, null])
  })

  it('replaces a broken character (half a surrogate pair) by U+FFFD when cleaning', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = edited(await exportBackup(ctx), 'careers', (rows) => {
      if (rows[0]) rows[0].hypothesis = 'half \uD83D of an emoji'
    })
    const target = ctx
    await expect(restoreBackup(target, backup, { replace: true })).rejects.toThrow(
      /1 broken character/,
    )
    const restored = await restoreBackup(target, backup, { replace: true, clean: true })
    expect(restored.cleaning.changes[0]?.message).toMatch(
      /hypothesis: 1 broken character \(half a UTF-16 pair\) replaced by �$/,
    )
    const hypotheses = await target.db
      .selectFrom('careers')
      .select('hypothesis')
      .where('owner_id', '=', target.ownerId)
      .execute()
    expect(hypotheses.map((c) => c.hypothesis)).toContain('half \uFFFD of an emoji')
  })
})
