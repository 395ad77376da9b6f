import { gunzipSync } from 'node:zlib'
import type { Ctx } from '../context.ts'
import { NotFoundError } from '../errors.ts'
import { newId } from '../ids.ts'
import { deleteOldImportReports, insertImportReport, selectImportReport } from './repo.ts'

/** How many of an account's full reports are kept, and for how long. */
const keptReports = 10
const keptDays = 7

/**
 * Keeps the full report of an import (gzipped CSV, every row with its
 * warnings) for download, and lets go of the account's reports past the
 * newest ten or older than a week. Returns the report's id.
 *
 * @example const id = await keepFullReport(ctx, { filename: 'Connections.csv', dryRun: true, gzip })
 */
export async function keepFullReport(
  ctx: Ctx,
  report: { filename: string; dryRun: boolean; gzip: Uint8Array },
): Promise<string> {
  const now = ctx.now()
  const id = newId(now)
  await insertImportReport(ctx, {
    id,
    owner_id: ctx.ownerId,
    created_at: now.toISOString(),
    filename: report.filename,
    dry_run: report.dryRun ? 1 : 0,
    report_gzip_base64: Buffer.from(report.gzip).toString('base64'),
  })
  const cutoff = new Date(now.getTime() - keptDays * 24 * 60 * 60 * 1000).toISOString()
  await deleteOldImportReports(ctx, cutoff, keptReports)
  return id
}

/**
 * A kept full report as CSV text, with the name it downloads under
 * (`Connections-import-report.csv`, `…-preview-report.csv` for a dry run).
 *
 * @example const { filename, csv } = await readFullReport(ctx, id)
 */
export async function readFullReport(
  ctx: Ctx,
  id: string,
): Promise<{ filename: string; csv: Buffer }> {
  const row = await selectImportReport(ctx, id)
  if (!row) throw new NotFoundError('import report', id)
  const base = (row.filename.replace(/\.[^.]*$/, '') || 'contacts').replace(
    /[^\p{L}\p{N}._-]+/gu,
    '-',
  )
  return {
    filename: `${base}-${row.dry_run ? 'preview' : 'import'}-report.csv`,
    csv: gunzipSync(Buffer.from(row.report_gzip_base64, 'base64')),
  }
}
