import { expect, it } from 'vitest'
import { backupWrittenWhole } from '../../../test/backup-oracle.ts'
import { describeEngines } from '../../../test/engines.ts'
import {
  csvThroughServices,
  gatherThroughServices,
  vcardThroughServices,
} from '../../../test/export-oracle.ts'
import { insertPeople } from '../../../test/many-people.ts'
import { generateDemo } from '../../demo/generate.ts'
import { generateNotes } from '../../demo/synthetic.ts'
import { generateDetails } from '../../demo/synthetic-details.ts'
import { exportBackup } from '../backup/export-json.ts'
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
