import { expect, it } from 'vitest'
import { backupWrittenWhole } from '../../../test/backup-oracle.ts'
import { describeEngines } from '../../../test/engines.ts'
import {
  csvThroughServices,
  gatherThroughServices,
  vcardThroughServices,
} from '../../../test/export-oracle.ts'
import { generateDemo } from '../../demo/generate.ts'
import { generateNotes } from '../../demo/synthetic.ts'
import { generateDetails } from '../../demo/synthetic-details.ts'
import { exportBackup } from '../backup/export-json.ts'
import type { Ctx } from '../context.ts'
import { newId } from '../ids.ts'
import { collect } from '../shared/pause.ts'
import { gatherRecords } from './gather.ts'
import { markdownFiles } from './markdown.ts'
import { csvZip, exportCsv, exportMarkdown, exportVcard, markdownZip, zipFiles } from './service.ts'

describeEngines('exports of the demo', (h) => {
  it('are byte for byte what reading each conversation through its services gives', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const expected = markdownFiles(await gatherThroughServices(ctx))
    expect(expected.length).toBeGreaterThan(20)
    const markdown = await exportMarkdown(ctx)
    expect(markdown).toEqual(expected)
    const zipped = Buffer.concat(await collect(markdownZip(ctx)))
    expect(zipped).toEqual(Buffer.from(zipFiles(expected, ctx.now())))
    const csv = await csvThroughServices(ctx)
    expect(await exportCsv(ctx)).toEqual(csv)
    expect(Buffer.concat(await collect(csvZip(ctx)))).toEqual(Buffer.from(zipFiles(csv, ctx.now())))
    expect(await exportVcard(ctx)).toBe(await vcardThroughServices(ctx))
    expect(await exportBackup(ctx)).toBe(await backupWrittenWhole(ctx))
  })
})

/** `count` people straight into the table (no search entries): enough rows for several slices. */
async function insertPeople(ctx: Ctx, count: number): Promise<void> {
  const at = ctx.now().toISOString()
  const rows = Array.from({ length: count }, (_, i) => ({
    id: newId(ctx.now()),
    owner_id: ctx.ownerId,
    name: `Zoë Person ${i}`,
    name_key: `zoe person ${i}`,
    first_name: null,
    organization_id: null,
    title: i % 7 === 0 ? '=1+1' : 'Analyst',
    connection: 'other',
    connection_note: '',
    source: '',
    linkedin_url: null,
    emails: JSON.stringify([`p${i}@example.org`]),
    phones: '[]',
    tags: '[]',
    notes: i % 3 === 0 ? 'Two lines,\nwith "quotes"' : '',
    referred_by_id: null,
    created_at: at,
    updated_at: at,
  }))
  for (let start = 0; start < rows.length; start += 200)
    await ctx.db
      .insertInto('people')
      .values(rows.slice(start, start + 200))
      .execute()
}

describeEngines('exports of a larger account', (h) => {
  it('stream out, slice by slice, the same bytes as written whole', async () => {
    const ctx = await h.newCtx()
    await generateNotes(ctx, 1200)
    await generateDetails(ctx, { every: 2 })
    await insertPeople(ctx, 1100)
    const files = markdownFiles(await gatherRecords(ctx))
    expect(files).toHaveLength(1201)
    expect(await exportMarkdown(ctx)).toEqual(files)
    const zipped = Buffer.concat(await collect(markdownZip(ctx)))
    expect(zipped).toEqual(Buffer.from(zipFiles(files, ctx.now())))
    const csv = await csvThroughServices(ctx)
    expect(await exportCsv(ctx)).toEqual(csv)
    expect(Buffer.concat(await collect(csvZip(ctx)))).toEqual(Buffer.from(zipFiles(csv, ctx.now())))
    expect(await exportVcard(ctx)).toBe(await vcardThroughServices(ctx))
    expect(await exportBackup(ctx)).toBe(await backupWrittenWhole(ctx))
  })
})
