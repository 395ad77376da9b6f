import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ImportQuery, ImportReport } from '../../core/imports/schema.ts'
import { importContacts } from '../../core/imports/service.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, validationHook } from '../errors.ts'
import { json } from '../openapi.ts'

/** The largest contact file an import takes. A LinkedIn export of 30,000 connections is ~3 MB. */
export const maxImportBytes = 20 * 1024 * 1024

/**
 * What a contact file may arrive as: raw bytes (any of the types browsers and
 * curl give CSV, vCard and ZIP files — Windows calls a CSV
 * `application/vnd.ms-excel`) or a form with the file in `file`.
 */
const rawTypes = [
  'application/octet-stream',
  'text/csv',
  'text/plain',
  'text/vcard',
  'text/x-vcard',
  'text/directory',
  'application/zip',
  'application/x-zip-compressed',
  'application/vnd.ms-excel',
] as const
const binary = z.string().openapi({ type: 'string', format: 'binary' })
const UploadForm = z.object({
  file: z
    .instanceof(File)
    .openapi({ type: 'string', format: 'binary', description: 'The contact file' }),
})

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/**
 * Checks the type and size of an upload before any of it is read: a wrong
 * type gets 415, more than 20 MB gets 413 (by its Content-Length, or while
 * it streams in), each with a sentence saying what to send instead.
 */
const uploadGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const type = mediaType(c.req.header('content-type'))
  if (type !== 'multipart/form-data' && !rawTypes.some((t) => t === type)) {
    return c.json(
      {
        error: `send the file itself as application/octet-stream, or a form (multipart/form-data) with the file in "file"; ${type ? `${type} is neither` : 'the request has no Content-Type'}`,
      },
      415,
    )
  }
  return bodyLimit({
    maxSize: maxImportBytes,
    onError: (ctx) =>
      ctx.json(
        {
          error:
            'the file is larger than 20 MB, the most an import takes; a LinkedIn Connections export is far smaller — send Connections.csv or the ZIP as LinkedIn sent it',
        },
        413,
      ),
  })(c, next)
}

export const importRoutes = new OpenAPIHono<AppEnv>({ defaultHook: validationHook }).openapi(
  createRoute({
    method: 'post',
    path: '/',
    tags: ['Import'],
    summary:
      'Import a contact file (LinkedIn Connections CSV or ZIP, Google or Outlook CSV, vCard)',
    description:
      'All-or-nothing: every row is created, updated (merged into the person it matches, without losing anything you wrote), unchanged or skipped with its reason. `dryRun=true` (the default) reports what would happen and writes nothing. At most 20 MB.',
    middleware: [uploadGuard],
    request: {
      query: ImportQuery,
      body: {
        required: false,
        content: {
          'multipart/form-data': { schema: UploadForm },
          ...Object.fromEntries(rawTypes.map((type) => [type, { schema: binary }])),
        },
      },
    },
    responses: {
      200: { description: 'The report', content: json(ImportReport) },
      400: {
        description:
          'The file is no contact export we read (the error says what it is), or a row could not be saved',
        content: json(ErrorBody),
      },
      413: { description: 'The file is larger than 20 MB', content: json(ErrorBody) },
      415: { description: 'Not a file upload', content: json(ErrorBody) },
    },
  }),
  async (c) => {
    const query = c.req.valid('query')
    let bytes: Uint8Array
    let filename = query.filename
    if (mediaType(c.req.header('content-type')) === 'multipart/form-data') {
      const { file } = c.req.valid('form')
      bytes = new Uint8Array(await file.arrayBuffer())
      filename ??= file.name
    } else {
      bytes = new Uint8Array(await c.req.arrayBuffer())
    }
    const report = await importContacts(c.var.ctx, bytes, {
      filename,
      format: query.format,
      dryRun: query.dryRun !== 'false',
    })
    return c.json(report, 200)
  },
)
