import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import { exportBackup } from '../../core/backup/export-json.ts'
import {
  exportCsv,
  exportFileName,
  exportMarkdown,
  exportVcard,
  zipFiles,
} from '../../core/exports/service.ts'
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
 * The exports as downloads, for the web app's Settings page: the JSON
 * backup, CSV and Markdown as ZIP archives, and every person as vCard.
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
      return c.body(await exportBackup(ctx), 200, download('application/json; charset=utf-8', name))
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
      const bytes = zipFiles(await exportCsv(ctx), ctx.now())
      return c.body(
        bytes,
        200,
        download('application/zip', exportFileName('csv', 'zip', ctx.now())),
      )
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
      const bytes = zipFiles(await exportMarkdown(ctx), ctx.now())
      const name = exportFileName('markdown', 'zip', ctx.now())
      return c.body(bytes, 200, download('application/zip', name))
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
      return c.body(await exportVcard(ctx), 200, download('text/vcard; charset=utf-8', name))
    },
  )
