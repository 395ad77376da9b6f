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
import type { Ctx } from '../context.ts'
import { collect } from '../shared/pause.ts'
import { gatherRecords } from './gather.ts'
import { type ExportFile, markdownFiles } from './markdown.ts'
import { csvZip, exportCsv, exportMarkdown, exportVcard, markdownZip, zipFiles } from './service.ts'

/**
 * Every export of the account is what it should be: the Markdown `files`
 * (and their ZIP), and the CSV (and its ZIP), vCard and backup as the
 * services and the whole-file writers give them.
 */
async function expectEveryExport(ctx: Ctx, files: ExportFile[]) {
  const markdown = await exportMarkdown(ctx)
  expect(markdown).toEqual(files)
  const zipped = Buffer.concat(await collect(markdownZip(ctx)))
  expect(zipped).toEqual(Buffer.from(zipFiles(files, ctx.now())))
  const csv = await csvThroughServices(ctx)
  expect(await exportCsv(ctx)).toEqual(csv)
  expect(Buffer.concat(await collect(csvZip(ctx)))).toEqual(Buffer.from(zipFiles(csv, ctx.now())))
  expect(await exportVcard(ctx)).toBe(await vcardThroughServices(ctx))
  expect(await exportBackup(ctx)).toBe(await backupWrittenWhole(ctx))
}

describeEngines('exports of the demo', (h) => {
  it('are byte for byte what reading each conversation through its services gives', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const expected = markdownFiles(await gatherThroughServices(ctx))
    expect(expected.length).toBeGreaterThan(20)
    await expectEveryExport(ctx, expected)
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
    await expectEveryExport(ctx, files)
  })
})
