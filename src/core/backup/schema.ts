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
      'true: check the file and try the restore without keeping anything; the answer says what it holds and what is in your account now, and what cleaning changes',
    ),
  clean: z
    .enum(['true', 'false'])
    .default('false')
    .describe(
      'true: restore a file that holds what coffeechat does not store — NUL characters (removed), broken characters (replaced by U+FFFD), link fields that are not links (cleared) — listing each change in `cleaning`; false (the default): refuse such a file, naming each value',
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

/** What cleaning changes (a dry run) or changed (a restore with `clean=true`). */
export const Cleaning = z.object({
  count: z.number().int().describe('Values changed; 0 when the file needs no cleaning'),
  changes: z
    .array(z.object({ path: z.string(), message: z.string() }))
    .describe('The first 50 of them, each with its table, row and column'),
})
export type Cleaning = z.infer<typeof Cleaning>

export const RestoreReport = z.object({
  dryRun: z.boolean(),
  rows: TableCounts.describe('Rows per table in the backup: restored, or (dry run) to restore'),
  present: TableCounts.describe(
    'Rows per table that were in your account before: what a restore replaces (all 0: an empty account)',
  ),
  replaced: ReplacedData.nullable().describe('Null when nothing was replaced, and on a dry run'),
  cleaning: Cleaning,
})
export type RestoreReport = z.infer<typeof RestoreReport>
