import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import {
  csvThroughServices,
  gatherThroughServices,
  vcardThroughServices,
} from '../../../test/export-oracle.ts'
import { generateDemo } from '../../demo/generate.ts'
import { markdownFiles } from './markdown.ts'
import { exportCsv, exportMarkdown, exportVcard, zipFiles } from './service.ts'

describeEngines('exports of the demo', (h) => {
  it('are byte for byte what reading each conversation through its services gives', async () => {
    const ctx = await h.newCtx()
    await generateDemo(ctx)
    const expected = markdownFiles(await gatherThroughServices(ctx))
    expect(expected.length).toBeGreaterThan(20)
    const markdown = await exportMarkdown(ctx)
    expect(markdown).toEqual(expected)
    expect(zipFiles(markdown, ctx.now())).toEqual(zipFiles(expected, ctx.now()))
    expect(await exportCsv(ctx)).toEqual(await csvThroughServices(ctx))
    expect(await exportVcard(ctx)).toBe(await vcardThroughServices(ctx))
  })
})
