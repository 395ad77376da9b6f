import { constants } from 'node:fs'
import { access, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { gunzipSync } from 'node:zlib'
import { type Command, Option } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { type ImportReport, importFormatNames } from '../../core/imports/schema.ts'
import { importLimitsFromEnv } from '../../core/settings/import-limits.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import { progressBar } from '../progress-bar.ts'
import type { CliSession } from '../session.ts'

/** Files this large get a progress bar (on a terminal). */
const largeFile = 256 * 1024

export function registerImport(program: Command, session: CliSession): void {
  const { io } = session
  program
    .command('import')
    .description(
      'import contacts: LinkedIn Connections (.csv or the .zip), Google or Outlook CSV, vCard',
    )
    .argument('<file>', 'the file to import')
    .addOption(
      new Option('--format <format>', 'read the file as this format').choices(importFormatNames),
    )
    .option('--dry-run', 'show what the import would do and write nothing')
    .option('--report <file>', 'write the full report, every row, as CSV to this file')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        options: { format?: string; dryRun?: boolean; report?: string },
        command: Command,
      ) => {
        const size = await readableSize(file)
        const limits = importLimitsFromEnv(io.env)
        keepYoungGenerationSmall()
        const ctx = await session.ctx(command)
        const { runImport } = await import('../../core/imports/service.ts')
        const bar = progressBar(io.stderr)
        const { report, fullReport } = await runImport(
          ctx,
          { path: file },
          {
            filename: basename(file),
            format: options.format,
            dryRun: options.dryRun ?? false,
            limits,
            fullReport: options.report !== undefined,
            onProgress: ({ rows, done, total }) => {
              if (size < largeFile) return
              bar.update('importing', done, total ?? done, `${rows.toLocaleString('en')} rows`)
            },
          },
        ).finally(() => bar.done())
        if (options.report && fullReport) await writeFile(options.report, gunzipSync(fullReport))
        if (session.wantsJson(command)) return printJson(io, report)
        printReport(io, basename(file), report, options.report)
      },
    )
}

/**
 * A 30,000-row file builds long-lived data quickly, and V8 answers by
 * doubling its young generation each time: ~100 MB more peak memory for
 * little speed. Keeping it at its size trades that for a few more minor
 * collections. A process-wide V8 flag, set by commands that end with the process.
 *
 * @example keepYoungGenerationSmall()
 */
export function keepYoungGenerationSmall(): void {
  setFlagsFromString('--semi-space-growth-factor=1')
}

/** The size of the file to import, or a sentence on why it cannot be read. */
async function readableSize(file: string): Promise<number> {
  try {
    const found = await stat(file)
    if (found.isDirectory()) throw Object.assign(new Error('a folder'), { code: 'EISDIR' })
    await access(file, constants.R_OK)
    return found.size
  } catch (error) {
    const message = `cannot read ${file}: ${readProblem(error as NodeJS.ErrnoException)}`
    throw new ValidationError([{ path: 'file', message }], message)
  }
}

function readProblem(error: NodeJS.ErrnoException): string {
  if (error.code === 'ENOENT') return 'there is no such file'
  if (error.code === 'EISDIR') return 'it is a folder; give the file inside it'
  if (error.code === 'EACCES') return 'permission denied'
  return error.message
}

const formatNames: Record<ImportReport['format'], string> = {
  linkedin: 'LinkedIn Connections',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  roundcube: 'Roundcube CSV',
  'linkedin-contacts': "LinkedIn's Imported Contacts.csv",
  vcard: 'vCard',
}

/** The report for a person at a terminal: counts, then the skipped rows, then warnings. */
function printReport(io: CliIO, file: string, report: ImportReport, full?: string): void {
  const skipped = report.skippedCount
  const counts = report.dryRun
    ? `would create ${report.created}, update ${report.updated}, leave ${report.unchanged} unchanged, skip ${skipped}`
    : `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${skipped} skipped`
  const organizations = report.organizationsCreated
    ? `; ${report.organizationsCreated} new ${report.organizationsCreated === 1 ? 'organization' : 'organizations'}`
    : ''
  writeLine(
    io.stdout,
    `${report.dryRun ? 'Dry run (nothing written): ' : 'Imported '}${file} as ${formatNames[report.format]}, ${report.rows} ${report.rows === 1 ? 'row' : 'rows'}: ${counts}${organizations}.`,
  )
  if (skipped > 0) {
    writeLine(io.stdout, 'Skipped:')
    for (const { row, reason } of report.skipped) writeLine(io.stdout, `  row ${row}: ${reason}`)
    const more = skipped - report.skipped.length
    if (more > 0) {
      writeLine(
        io.stdout,
        `  and ${more.toLocaleString('en')} more ${full ? `(all in ${full})` : '(--report FILE lists every row)'}`,
      )
    }
  }
  if (report.warnings.length > 0) {
    writeLine(io.stdout, 'Warnings:')
    for (const warning of report.warnings) writeLine(io.stdout, `  ${warning}`)
  }
  if (full) writeLine(io.stdout, `The full report, every row, is in ${full}.`)
  if (report.dryRun) writeLine(io.stdout, 'Run it again without --dry-run to import.')
}
