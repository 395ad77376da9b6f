import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { type Command, Option } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import { type ImportReport, importFormatNames } from '../../core/imports/schema.ts'
import { type CliIO, printJson, writeLine } from '../io.ts'
import { progressBar } from '../progress-bar.ts'
import type { CliSession } from '../session.ts'

/** Files this long get a progress bar (on a terminal). */
const longFile = 2000

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
    .option('--json', 'print the report as JSON')
    .action(
      async (file: string, options: { format?: string; dryRun?: boolean }, command: Command) => {
        const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
          const message = `cannot read ${file}: ${readProblem(error)}`
          throw new ValidationError([{ path: 'file', message }], message)
        })
        keepYoungGenerationSmall()
        const ctx = await session.ctx(command)
        const { importContacts } = await import('../../core/imports/service.ts')
        const bar = progressBar(io.stderr)
        const report = await importContacts(ctx, bytes, {
          filename: basename(file),
          format: options.format,
          dryRun: options.dryRun ?? false,
          onProgress: ({ phase, done, total }) => {
            if (total >= longFile) bar.update(phase, done, total)
          },
        }).finally(() => bar.done())
        if (session.wantsJson(command)) return printJson(io, report)
        printReport(io, basename(file), report)
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
  vcard: 'vCard',
}

/** The report for a person at a terminal: counts, then each skipped row, then warnings. */
function printReport(io: CliIO, file: string, report: ImportReport): void {
  const skipped = report.skipped.length
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
  }
  if (report.warnings.length > 0) {
    writeLine(io.stdout, 'Warnings:')
    for (const warning of report.warnings) writeLine(io.stdout, `  ${warning}`)
  }
  if (report.dryRun) writeLine(io.stdout, 'Run it again without --dry-run to import.')
}
