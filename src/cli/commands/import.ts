import { constants } from 'node:fs'
import { access, readFile, stat, writeFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { setFlagsFromString } from 'node:v8'
import { gunzipSync } from 'node:zlib'
import { type Command, Option } from 'commander'
import { ValidationError } from '../../core/errors.ts'
import {
  type ImportMapping,
  type ImportReport,
  importFormatNames,
  mappingTargets,
} from '../../core/imports/schema.ts'
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
    .option(
      '--map <pairs>',
      'read a CSV through this column mapping: "Column=field,Column=field" (fields: ' +
        `${mappingTargets.join(', ')}); unmapped columns are kept in the notes`,
    )
    .option(
      '--map-file <file>',
      'the column mapping as JSON: {"Column": "field", …} (or the "mapping" of a --json report)',
    )
    .option('--dry-run', 'show what the import would do and write nothing')
    .option('--report <file>', 'write the full report, every row, as CSV to this file')
    .option('--json', 'print the report as JSON')
    .action(
      async (
        file: string,
        options: {
          format?: string
          dryRun?: boolean
          report?: string
          map?: string
          mapFile?: string
        },
        command: Command,
      ) => {
        const size = await readableSize(file)
        const mapping = await mappingFrom(options)
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
            mapping,
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

/** The mapping of `--map` or `--map-file` (never both), as the service takes it. */
async function mappingFrom(options: { map?: string; mapFile?: string }): Promise<unknown> {
  if (options.map !== undefined && options.mapFile !== undefined) {
    const message = 'give the column mapping with --map or with --map-file, not both'
    throw new ValidationError([{ path: 'map', message }], message)
  }
  if (options.mapFile === undefined) return options.map
  let text: string
  try {
    text = await readFile(options.mapFile, 'utf8')
  } catch (error) {
    const message = `cannot read ${options.mapFile}: ${readProblem(error as NodeJS.ErrnoException)}`
    throw new ValidationError([{ path: 'map-file', message }], message)
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    const message = `${options.mapFile} is not JSON; write {"Column": "field", …}`
    throw new ValidationError([{ path: 'map-file', message }], message)
  }
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
  csv: 'CSV through a column mapping',
}

/** The report for a person at a terminal: counts, then the skipped rows, then warnings. */
function printReport(io: CliIO, file: string, report: ImportReport, full?: string): void {
  if (report.mapping?.needed) {
    printMappingStep(io, file, report.mapping)
    return
  }
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
  if (report.mapping && report.dryRun) {
    writeLine(io.stdout, 'Columns (--map):')
    printColumns(io, report.mapping)
  }
  if (report.warnings.length > 0) {
    writeLine(io.stdout, 'Warnings:')
    for (const warning of report.warnings) writeLine(io.stdout, `  ${warning}`)
  }
  if (full) writeLine(io.stdout, `The full report, every row, is in ${full}.`)
  if (report.dryRun) writeLine(io.stdout, 'Run it again without --dry-run to import.')
}

/** A CSV in no known layout, dry run without a mapping: each column, its first values and the proposed field. */
function printMappingStep(io: CliIO, file: string, mapping: ImportMapping): void {
  writeLine(
    io.stdout,
    `${file} is a CSV in no layout coffeechat knows, so it needs a column mapping. ` +
      `${mapping.remembered ? 'The one you gave last time for these columns' : 'Suggested from the column names'}:`,
  )
  printColumns(io, mapping)
  writeLine(
    io.stdout,
    'Import with this mapping (change any field; unmapped columns go to the notes):',
  )
  writeLine(io.stdout, `  --map "${mapping.map.replaceAll('"', '\\"')}"`)
}

/** One line per column: name → field, then the first values. */
function printColumns(io: CliIO, mapping: ImportMapping): void {
  const width = Math.min(28, Math.max(...mapping.columns.map((c) => c.name.length)))
  for (const column of mapping.columns) {
    const where =
      column.field === 'details'
        ? 'kept in Imported details'
        : column.field === 'ignore'
          ? 'ignored'
          : column.field
    const samples = column.samples.filter(Boolean).slice(0, 3)
    const shown = samples.length > 0 ? `  (${samples.join(' | ')})` : ''
    writeLine(io.stdout, `  ${column.name.padEnd(width)} → ${where}${shown}`)
  }
}
