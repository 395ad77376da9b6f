import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { streamBackup } from '../../core/backup/export-json.ts'
import { csvZip, exportFileName, markdownZip, streamVcard } from '../../core/exports/service.ts'
import type { AppEnv } from '../env.ts'
import { validationHook } from '../errors.ts'

const file = (type: string, description: string) => ({
  200: {
    description,
    content: { [type]: { schema: z.string().openapi({ type: 'string', format: 'binary' }) } },
  },
})

/** Headers of a download: its type, its file name, never cached (it is personal data). */
function download(type: string, name: string) {
  return { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${name}"` }
}

/**
 * An export as a response body that is sent while it is made, so a large
 * account's export never sits whole in memory nor holds the request loop.
 * The first piece is made before answering: reading the data happens then,
 * so a failure there is an ordinary error response, not a cut-off file.
 * When the download is abandoned, the export stops.
 */
async function streamed(
  pieces: AsyncGenerator<string | Uint8Array>,
): Promise<ReadableStream<Uint8Array>> {
  const encoder = new TextEncoder()
  const bytes = (piece: string | Uint8Array) =>
    typeof piece === 'string' ? encoder.encode(piece) : piece
  const first = await pieces.next()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (first.done) controller.close()
      else controller.enqueue(bytes(first.value))
    },
    async pull(controller) {
      const next = await pieces.next()
      if (next.done) controller.close()
      else controller.enqueue(bytes(next.value))
    },
    async cancel() {
      await pieces.return(undefined)
    },
  })
}

/**
 * The exports as downloads, for the web app's Settings page: the JSON
 * backup, CSV and Markdown as ZIP archives, and every person as vCard, each
 * streamed as it is made (no Content-Length; compression, where the server
 * applies it, works on the stream).
 */
export const exportRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
  .openapi(
    createRoute({
      method: 'get',
      path: '/json',
      tags: ['Export'],
      summary: 'Everything of yours as one JSON backup (for `coffeechat restore`)',
      description:
        'Every record, setting, question, plan, meeting, reflection, message and template; secrets only as whether they are set.',
      responses: file('application/json', 'The backup, as a download'),
    }),
    async (c) => {
      const ctx = c.var.ctx
      const name = exportFileName('backup', 'json', ctx.now())
      const body = await streamed(streamBackup(ctx))
      return c.body(body, 200, download('application/json; charset=utf-8', name))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/csv.zip',
      tags: ['Export'],
      summary: 'people.csv, organizations.csv and conversations.csv in one ZIP',
      responses: file('application/zip', 'The archive, as a download'),
    }),
    async (c) => {
      const ctx = c.var.ctx
      const name = exportFileName('csv', 'zip', ctx.now())
      return c.body(await streamed(csvZip(ctx)), 200, download('application/zip', name))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/markdown.zip',
      tags: ['Export'],
      summary: 'One Markdown file per conversation and people.md, in one ZIP',
      responses: file('application/zip', 'The archive, as a download'),
    }),
    async (c) => {
      const ctx = c.var.ctx
      const name = exportFileName('markdown', 'zip', ctx.now())
      return c.body(await streamed(markdownZip(ctx)), 200, download('application/zip', name))
    },
  )
  .openapi(
    createRoute({
      method: 'get',
      path: '/vcard',
      tags: ['Export'],
      summary: 'Every person as vCard 3.0, for an address book',
      responses: file('text/vcard', 'The cards, as a download'),
    }),
    async (c) => {
      const ctx = c.var.ctx
      const name = exportFileName('people', 'vcf', ctx.now())
      const body = await streamed(streamVcard(ctx))
      return c.body(body, 200, download('text/vcard; charset=utf-8', name))
    },
  )
