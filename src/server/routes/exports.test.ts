import { setImmediate } from 'node:timers/promises'
import { expect, it } from 'vitest'
import { describeEngines } from '../../../test/engines.ts'
import { insertPeople } from '../../../test/many-people.ts'
import { exportBackup } from '../../core/backup/export-json.ts'
import type { Ctx } from '../../core/context.ts'
import { exportCsv, exportMarkdown, exportVcard, zipFiles } from '../../core/exports/service.ts'
import { generateNotes } from '../../demo/synthetic.ts'
import { generateDetails } from '../../demo/synthetic-details.ts'
import { createApp } from '../app.ts'

function appFor(ctx: Ctx) {
  const app = createApp({ contextFor: () => ctx, local: true, version: 'test' })
  return (path: string) =>
    app.request(path, { headers: { host: '127.0.0.1:4321', origin: 'http://127.0.0.1:4321' } })
}

describeEngines('GET /api/export/* on a larger account', (h) => {
  it('streams each download, letting the event loop turn while it is made', async () => {
    const ctx = await h.newCtx()
    await generateNotes(ctx, 2100)
    await generateDetails(ctx)
    await insertPeople(ctx, 600)
    const request = appFor(ctx)
    const expected: Record<string, () => Promise<Uint8Array | string>> = {
      '/api/export/markdown.zip': async () => zipFiles(await exportMarkdown(ctx), ctx.now()),
      '/api/export/csv.zip': async () => zipFiles(await exportCsv(ctx), ctx.now()),
      '/api/export/vcard': () => exportVcard(ctx),
      '/api/export/json': () => exportBackup(ctx),
    }
    for (const [path, whole] of Object.entries(expected)) {
      // Whatever else is waiting (a timer, another request) gets its turn before the export ends.
      const order: string[] = []
      const turned = setImmediate().then(() => order.push('loop turned'))
      const response = await request(path)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('content-length'), path).toBeNull()
      const body = new Uint8Array(await response.arrayBuffer())
      order.push('download done')
      await turned
      expect({ path, order }).toEqual({ path, order: ['loop turned', 'download done'] })
      const want = await whole()
      expect(Buffer.from(body).equals(Buffer.from(want)), path).toBe(true)
    }
  })
})
