import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { ImportsBusyError } from '../../core/imports/busy.ts'
import { keepFullReport, readFullReport } from '../../core/imports/full-reports.ts'
import { ImportQuery, ImportReport } from '../../core/imports/schema.ts'
import { runImport } from '../../core/imports/service.ts'
import {
  defaultImportLimits,
  type ImportLimits,
  sizeInWords,
} from '../../core/settings/import-limits.ts'
import { Text } from '../../core/shared/schema.ts'
import type { AppEnv } from '../env.ts'
import { ErrorBody, onError, validationHook } from '../errors.ts'
import { type ImportSlot, importSlots } from '../import-slots.ts'
import { answer, json } from '../openapi.ts'

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
  mapping: Text.max(20000)
    .optional()
    .describe(
      'A column mapping for a CSV: JSON {"Column": "field"} or Column=field,…; fields are name, firstName, middleName, lastName, organization, title, email, phone, linkedinUrl, website, profile, birthday, notes, tags, or details (kept in the notes) and ignore',
    ),
})
const ndjson = 'application/x-ndjson'

// Either JSON or a stream of lines: typed loosely, so the handler may answer both.
const reportContent: Record<string, { schema: z.ZodType }> = {
  'application/json': { schema: ImportReport },
  [ndjson]: { schema: z.string() },
}

function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/**
 * Checks the type and size of an upload before any of it is read: a wrong
 * type gets 415, more than the upload limit gets 413 (by its
 * Content-Length, or while it streams in), each with a sentence saying what
 * to send instead.
 */
function uploadGuard(limits: ImportLimits): MiddlewareHandler<AppEnv> {
  const size = sizeInWords(limits.uploadBytes)
  const limit = bodyLimit({
    maxSize: limits.uploadBytes,
    onError: (ctx) =>
      ctx.json(
        {
          error: `the file is larger than ${size}, the most an import takes; a LinkedIn Connections export is far smaller — send Connections.csv or the ZIP as LinkedIn sent it, or split the file`,
        },
        413,
      ),
  })
  return async (c, next) => {
    const type = mediaType(c.req.header('content-type'))
    if (type !== 'multipart/form-data' && !rawTypes.some((t) => t === type)) {
      return c.json(
        {
          error: `send the file itself as application/octet-stream, or a form (multipart/form-data) with the file in "file"; ${type ? `${type} is neither` : 'the request has no Content-Type'}`,
        },
        415,
      )
    }
    return limit(c, next)
  }
}

function busy(c: Context, error: ImportsBusyError) {
  c.header('Retry-After', String(error.retryAfterSeconds))
  return c.json({ error: error.message }, 429)
}

/**
 * The import routes of one server: `POST /` (the import, with its limits
 * and the server's count of running imports) and `GET /{id}/report.csv`
 * (the full report of a recent import). With `databaseUrl` (PostgreSQL), a
 * large import runs wholly in a worker thread on its own connection.
 *
 * @example app.route('/imports', importRoutes(importLimitsFromEnv(env)))
 */
export function importRoutes(
  limits: ImportLimits = defaultImportLimits,
  databaseUrl: string | undefined = undefined,
) {
  const slots = importSlots(limits)
  const slotOf = new WeakMap<Request, ImportSlot>()
  // Taken before the body is read, so uploads past the limit cost nothing; given
  // back when the import ends (after its stream, when it streams).
  const slotGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
    const slot = slots.enter(c.var.ctx.ownerId)
    if (slot instanceof ImportsBusyError) return busy(c, slot)
    slotOf.set(c.req.raw, slot)
    try {
      await next()
    } finally {
      if (!c.res.headers.get('content-type')?.startsWith(ndjson)) slot.release()
    }
  }
  const upload = uploadGuard(limits)
  const uploadSize = sizeInWords(limits.uploadBytes)
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook })
    .openapi(
      createRoute({
        method: 'post',
        path: '/',
        tags: ['Import'],
        summary:
          'Import a contact file (LinkedIn Connections CSV or ZIP, Google or Outlook CSV, vCard)',
        description: `A CSV in no known layout is read through a column mapping (\`mapping\`, a form field or query parameter): without one, a dry run answers the mapping step — \`mapping.needed\` true, each column with its first values and a suggested (or remembered) field — and an import is refused (400) with the suggestion; a mapping given is checked against the header (an unknown field, a column not in the file, two columns for a one-value field: 400 naming it) and remembered for files with the same columns. Columns the mapping does not name are kept in the notes under "Imported details"; \`ignore\` leaves one out, named in \`columns\`. All-or-nothing: every row is created, updated (merged into the person it matches, without losing anything you wrote), unchanged or skipped with its reason. \`dryRun=true\` (the default) reports what would happen and writes nothing. The answer counts every row and lists the first ${limits.reportRows} of each kind; \`GET /api/imports/{id}/report.csv\` has them all. With \`Accept: ${ndjson}\` the answer is a stream of lines: \`{"progress":{rows,done,total}}\` as the file is read, then \`{"report":…}\` or \`{"error":…,"status":…}\`. At most ${uploadSize}, ${limits.rows.toLocaleString('en')} rows and ${sizeInWords(limits.textBytes)} of text once unzipped; ${limits.perAccount} import${limits.perAccount === 1 ? '' : 's'} at a time per account and ${limits.perServer} per server (429 with Retry-After past that).`,
        middleware: [upload, slotGuard],
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
          200: {
            description: `The report (or, with Accept: ${ndjson}, progress lines and the report)`,
            content: reportContent,
          },
          400: {
            description:
              'The file is no contact export we read (the error says what it is), is past a limit (the error says which and how to split it), or a row could not be saved',
            content: json(ErrorBody),
          },
          413: answer(`The file is larger than ${uploadSize}`, ErrorBody),
          415: answer('Not a file upload', ErrorBody),
          429: answer(
            'An import of the account, or as many as the server runs, is running',
            ErrorBody,
          ),
        },
      }),
      async (c) => {
        const query = c.req.valid('query')
        let bytes: Uint8Array
        let filename = query.filename
        let mapping: string | undefined = query.mapping
        if (mediaType(c.req.header('content-type')) === 'multipart/form-data') {
          const form = c.req.valid('form')
          const { file } = form
          mapping = form.mapping ?? mapping
          bytes = new Uint8Array(await file.arrayBuffer())
          filename ??= file.name
        } else {
          bytes = new Uint8Array(await c.req.arrayBuffer())
        }
        const ctx = c.var.ctx
        const dryRun = query.dryRun !== 'false'
        const run = async (onProgress?: (line: string) => Promise<void>) => {
          const { report, fullReport } = await runImport(ctx, bytes, {
            filename,
            format: query.format,
            mapping,
            dryRun,
            limits,
            perAccount: limits.perAccount,
            fullReport: true,
            databaseUrl,
            onProgress: onProgress && ((progress) => void onProgress(JSON.stringify({ progress }))),
          })
          const id = fullReport
            ? await keepFullReport(ctx, { filename: filename ?? '', dryRun, gzip: fullReport })
            : null
          return { ...report, id }
        }
        if (!(c.req.header('accept') ?? '').includes(ndjson)) {
          try {
            return c.json(await run(), 200)
          } catch (error) {
            if (error instanceof ImportsBusyError) return busy(c, error)
            throw error
          }
        }
        const slot = slotOf.get(c.req.raw)
        const { readable, writable } = new TransformStream<Uint8Array, Uint8Array>()
        const writer = writable.getWriter()
        const encoder = new TextEncoder()
        const line = async (text: string) => {
          // A client that went away stops hearing; the import itself finishes.
          await writer.write(encoder.encode(`${text}\n`)).catch(() => undefined)
        }
        void (async () => {
          try {
            const report = await run(line)
            await line(JSON.stringify({ report }))
          } catch (error) {
            const answer = onError(error instanceof Error ? error : new Error(String(error)), c)
            const body = (await answer.json()) as Record<string, unknown>
            await line(JSON.stringify({ ...body, status: answer.status }))
          } finally {
            slot?.release()
            await writer.close().catch(() => undefined)
          }
        })()
        // Progress lines must not wait in a compressor's buffer.
        return c.body(readable, 200, {
          'Content-Type': `${ndjson}; charset=utf-8`,
          'Content-Encoding': 'identity',
        })
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/{id}/report.csv',
        tags: ['Import'],
        summary: 'The full report of a recent import: every row with its outcome and warnings',
        description:
          'CSV (UTF-8 with BOM): Row, Outcome, Name, Organization, Filled or added, Kept yours, Same person as row, Reason skipped, Warnings; then the file-wide warnings as notes. Kept for the account’s last 10 imports, for a week.',
        request: { params: z.object({ id: Text.max(64) }) },
        responses: {
          200: {
            description: 'The report',
            content: { 'text/csv': { schema: z.string() } },
          },
          404: answer('No such report (or no longer kept)', ErrorBody),
        },
      }),
      async (c) => {
        const { filename, csv } = await readFullReport(c.var.ctx, c.req.valid('param').id)
        c.header('Content-Disposition', `attachment; filename="${filename}"`)
        return c.body(new Uint8Array(csv), 200, { 'Content-Type': 'text/csv; charset=utf-8' })
      },
    )
}
