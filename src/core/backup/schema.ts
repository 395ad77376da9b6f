import { z } from 'zod'

/**
 * Restoring a JSON backup over HTTP (`POST /api/restore`): the query, and
 * the answer the web app's "Restore from a backup" shows. The backup itself
 * is the request body, as `GET /api/export/json` wrote it.
 */

export const RestoreQuery = z.object({
  replace: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: replace the data in your account (a backup of it is kept first); false (the default): restore only into an empty account',
    ),
  dryRun: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: check the file and try the restore without keeping anything; the answer says what it holds and what is in your account now',
    ),
})
export type RestoreQuery = z.input<typeof RestoreQuery>

/** Rows per table, by the table's name (`people`, `plan_items`, …); every table is listed. */
export const TableCounts = z.record(z.string(), z.number().int())
export type TableCounts = z.infer<typeof TableCounts>

/** The data a restore replaced, kept before anything was deleted. */
export const ReplacedData = z.object({
  savedTo: z
    .string()
    .nullable()
    .describe(
      'Local mode: the file in the data directory (`backups/before-restore-….json`) that holds it. Null in hosted mode, where the server keeps no files: `backup` is the only copy',
    ),
  fileName: z.string().describe('A name to save `backup` under'),
  backup: z.string().describe('The replaced data as a JSON backup, restorable like any other'),
})
export type ReplacedData = z.infer<typeof ReplacedData>

export const RestoreReport = z.object({
  dryRun: z.boolean(),
  rows: TableCounts.describe('Rows per table in the backup: restored, or (dry run) to restore'),
  present: TableCounts.describe(
    'Rows per table that were in your account before: what a restore replaces (all 0: an empty account)',
  ),
  replaced: ReplacedData.nullable().describe('Null when nothing was replaced, and on a dry run'),
})
export type RestoreReport = z.infer<typeof RestoreReport>
