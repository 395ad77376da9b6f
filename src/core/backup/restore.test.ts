import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { ownedTables } from '../../db/owned-tables.ts'
import type { Ctx } from '../context.ts'
import { ConflictError, ValidationError } from '../errors.ts'
import { search } from '../search/service.ts'
import { exportBackup } from './export-json.ts'
import { restoreBackup } from './restore.ts'
import { sampleExplorer } from './sample-explorer.ts'
import { deleteOwnedData } from './wipe.ts'

async function searchIndex(ctx: Ctx) {
  return ctx.db
    .selectFrom('search_documents')
    .select(['kind', 'record_id', 'title', 'body', 'title_folded', 'body_folded'])
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('kind')
    .orderBy('record_id')
    .execute()
}

/** Replaces one value in the backup text, for damaged-file tests. */
function damaged(
  text: string,
  table: string,
  edit: (rows: Array<Record<string, unknown>>) => void,
) {
  const json = JSON.parse(text)
  edit(json.tables[table])
  return JSON.stringify(json)
}

describeEngines('JSON backup and restore', (h) => {
  it('writes every explorer-owned table with a format version, and no owner id or search index', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    const json = JSON.parse(await exportBackup(ctx))
    expect(json).toMatchObject({ format: 'coffeechat-backup', version: 1 })
    expect(json.migrations).toContain('0001-foundation')
    expect(Object.keys(json.tables)).toEqual(ownedTables.map((t) => t.name))
    expect(json.tables.search_documents).toBeUndefined()
    const person = json.tables.people.find((p: { id: string }) => p.id === ada.id)
    expect(person).toMatchObject({ name: 'Ada Lovelace', emails: '["ada@northwind.example"]' })
    expect(person.owner_id).toBeUndefined()
    expect(Object.keys(person)).toEqual([...Object.keys(person)].sort())
    for (const table of ['careers', 'person_careers', 'plan_items', 'meetings', 'reflections']) {
      expect(json.tables[table].length, table).toBeGreaterThan(0)
    }
    expect(json.tables.pay_entries[0]).toMatchObject({ low: 70000, high: 90000, currency: 'EUR' })
    expect(json.tables.settings.map((s: { key: string }) => s.key)).toContain('outreachMaxWords')
  })

  it('restores to the same bytes and rebuilds the same search index', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const before = await exportBackup(ctx)
    const index = await searchIndex(ctx)
    let kept = ''
    const result = await restoreBackup(ctx, before, {
      replace: true,
      keepCurrent: async (backup) => {
        kept = backup
        return '/tmp/kept.json'
      },
    })
    expect(kept).toBe(before)
    expect(result.previousBackup).toBe('/tmp/kept.json')
    expect(result.rows.people).toBe(2)
    expect(await exportBackup(ctx)).toBe(before)
    // The index is derived: rebuilt from the records, it equals what the services wrote.
    expect(await searchIndex(ctx)).toEqual(index)
    const hits = await search(ctx, { q: 'readmission' })
    expect(hits.map((hit) => hit.kind)).toContain('meeting')
  })

  it('refuses to restore over data unless told to replace it, and changes nothing', async () => {
    const ctx = await h.newCtx()
    await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    const restoring = restoreBackup(ctx, backup)
    await expect(restoring).rejects.toThrow(ConflictError)
    await expect(restoring).rejects.toThrow(/there is data here already \(.*2 people.*\)/)
    expect(await exportBackup(ctx)).toBe(backup)
    await ctx.db.transaction().execute((trx) => deleteOwnedData({ ...ctx, db: trx }))
    expect(JSON.parse(await exportBackup(ctx)).tables.people).toEqual([])
    await restoreBackup(ctx, backup)
    expect(await exportBackup(ctx)).toBe(backup)
  })

  it('names the table, row and field of a damaged backup, and writes nothing', async () => {
    const ctx = await h.newCtx()
    const { ada } = await sampleExplorer(ctx)
    const backup = await exportBackup(ctx)
    const tryRestore = (text: string) => restoreBackup(ctx, text, { replace: true })
    const cases: Array<[string, RegExp]> = [
      ['{"people": [', /^this is not a coffeechat backup: not JSON/],
      ['{"people": []}', /^this is not a coffeechat backup/],
      [
        backup.replace('"version": 1', '"version": 2'),
        /format version 2, written by a newer coffeechat/,
      ],
      [
        backup.replace('"0001-foundation"', '"0999-future"'),
        /newer coffeechat \(schema 0999-future\)/,
      ],
      [
        damaged(backup, 'people', (rows) => {
          const row = rows.find((r) => r.id === ada.id)
          if (row) row.name = 42
        }),
        new RegExp(
          `^tables\\.people\\.\\d\\.name: people, row \\d \\(id ${ada.id}\\), name: expected text`,
        ),
      ],
      [
        damaged(backup, 'people', (rows) => {
          if (rows[0]) rows[0].shoe_size = 44
        }),
        /people, row 1 .*shoe_size: not a column of this table/,
      ],
      [
        damaged(backup, 'people', (rows) => {
          const row = rows.find((r) => r.id !== ada.id)
          if (row) row.referred_by_id = 'nobody'
        }),
        /referred_by_id: points at people nobody, which is not in the backup/,
      ],
      [
        damaged(backup, 'careers', (rows) => {
          if (rows[0]) rows.push({ ...rows[0] })
        }),
        /careers, row 3 .*id: the same key as row 1/,
      ],
      [
        damaged(backup, 'careers', (rows) => {
          if (rows[0]) rows[0].name = 'a\u0000b'
        }),
        /careers, row 1 .*name: holds 1 NUL character \(U\+0000\), which coffeechat does not store/,
      ],
      [
        backup.replace('"tables": {', '"tables": {\n    "spaceships": [],'),
        /spaceships is not a table/,
      ],
    ]
    for (const [text, message] of cases) {
      const restoring = tryRestore(text)
      await expect(restoring).rejects.toThrow(ValidationError)
      await expect(restoring).rejects.toThrow(message)
    }
    expect(await exportBackup(ctx)).toBe(backup)
  })

  it('keeps secrets out: only whether one was set, and restore leaves it empty', async () => {
    const ctx = await h.newCtx()
    const smtp = ownedTables.find((t) => t.secrets?.length)
    if (!smtp) return
    await sampleExplorer(ctx)
    const { sql } = await import('kysely')
    const columns = await ctx.db.introspection.getTables()
    const table = columns.find((t) => t.name === smtp.name)
    const values = Object.fromEntries(
      (table?.columns ?? []).map((c) => [
        c.name,
        c.name === 'owner_id'
          ? ctx.ownerId
          : smtp.secrets?.includes(c.name)
            ? 'hunter2-secret'
            : /int/i.test(c.dataType)
              ? 587
              : 'x',
      ]),
    )
    const names = Object.keys(values)
    await sql`insert into ${sql.table(smtp.name)} (${sql.join(names.map((n) => sql.ref(n)))})
      values (${sql.join(names.map((n) => values[n]))})`.execute(ctx.db)
    const backup = await exportBackup(ctx)
    expect(backup).not.toContain('hunter2-secret')
    const secret = smtp.secrets?.[0] ?? ''
    expect(JSON.parse(backup).tables[smtp.name][0][`${secret}_set`]).toBe(true)
    await restoreBackup(ctx, backup, { replace: true })
    const after = JSON.parse(await exportBackup(ctx))
    expect(after.tables[smtp.name][0][`${secret}_set`]).toBe(false)
  })
})
