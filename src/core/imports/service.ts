import { stat } from 'node:fs/promises'
import type { ImportFormat } from '../../formats/contact.ts'
import { refuse } from '../../formats/contact.ts'
import { type ImportInput, type MappingPreview, previewMapping } from '../../formats/import.ts'
import { needsMappingMessage } from '../../formats/import-csv.ts'
import { type Ctx, inOpenTransaction } from '../context.ts'
import { invalid } from '../errors.ts'
import { defaultImportLimits, type ImportLimits } from '../settings/import-limits.ts'
import { mappingOption, mappingReport, rememberedMapping, rememberMapping } from './mapping.ts'
import type { PlanOutcome } from './plan-file.ts'
import { importInWorker } from './plan-thread.ts'
import {
  ImportFormatName,
  type ImportMapping,
  type ImportProgress,
  type ImportReport,
  importFormatNames,
} from './schema.ts'
import { type ImportRun, importInTransaction } from './write-import.ts'

export interface ImportOptions {
  /** The file's name: sharpens refusals and names the source of new people. */
  filename?: string | undefined
  /** Read the file as this format instead of detecting it (`--format`). */
  format?: string | undefined
  /**
   * Read the CSV through this column mapping: `{ column: field }`, its JSON,
   * or `Column=field,…` (see `mappingOption`). A CSV in no known layout
   * needs one: without it a dry run answers the mapping step
   * (`report.mapping.needed`) and an import is refused with the suggestion.
   * A real import remembers it for files with the same header.
   */
  mapping?: unknown
  /** Compute the report and write nothing. */
  dryRun?: boolean | undefined
  /** How much text and how many rows a file may have, and how many rows of each kind the answer lists. */
  limits?: Partial<Pick<ImportLimits, 'textBytes' | 'rows' | 'reportRows'>> | undefined
  /** Also make the full report: every row with its warnings, as gzipped CSV. */
  fullReport?: boolean | undefined
  /**
   * Plan in a worker thread (read, match and merge there; write here). By
   * default files of 1 MB and more are, so the caller's event loop only
   * writes; smaller ones are not worth starting a thread for.
   */
  offThread?: boolean | undefined
  /** Called after each batch of rows is written. */
  onProgress?: ((progress: ImportProgress) => void) | undefined
  /**
   * Imports the account may run at once across every app server (PostgreSQL
   * holds the count); past it the import is refused with ImportsBusyError.
   */
  perAccount?: number | undefined
  /**
   * The PostgreSQL address, for a worker thread to run an import planned
   * off-thread on its own connection (the caller's thread then only
   * waits). Without it, or on SQLite, the caller's thread writes.
   */
  databaseUrl?: string | undefined
}

/** Files from this size on are planned in a worker thread. */
const offThreadFrom = 1024 * 1024

/**
 * Imports one contact file (LinkedIn Connections CSV or ZIP, Google or
 * Outlook CSV, vCard) all-or-nothing: every row becomes a new person, is
 * merged into the person it matches (LinkedIn profile, then email, then name
 * and organization) without losing what the explorer wrote, or is skipped
 * with its reason. The file is read as a stream and planned a batch of rows
 * at a time (see `planFile`), each batch written before the next is read,
 * so memory does not grow with the file; a file past the limits (`limits`)
 * is refused. One transaction: a failure rolls everything back and names
 * the row. A dry run runs the very same code in a transaction that is
 * rolled back, so its report is what the real import will do. Importing the
 * same file again changes nothing.
 *
 * @example
 * const report = await importContacts(ctx, bytes, { filename: 'Connections.csv', dryRun: true })
 * report.rows === report.created + report.updated + report.unchanged + report.skippedCount // true
 */
export async function importContacts(
  ctx: Ctx,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<ImportReport> {
  return (await runImport(ctx, input, options)).report
}

/**
 * `importContacts`, with the full report (`options.fullReport`) beside the
 * answer.
 *
 * @example const { report, fullReport } = await runImport(ctx, bytes, { fullReport: true })
 */
export async function runImport(
  ctx: Ctx,
  input: ImportInput,
  options: ImportOptions = {},
): Promise<PlanOutcome> {
  const format = formatOption(options.format)
  const mapping = mappingOption(options.mapping)
  const dryRun = options.dryRun ?? false
  const preview = await previewMapping(input, { filename: options.filename, format, mapping })
  if (preview?.needed) {
    const step = mappingReport(preview, undefined, await rememberedMapping(ctx, preview.header))
    if (dryRun) return { report: mappingStepReport(preview, step), fullReport: null }
    throw refuse(needsMappingMessage(preview.header, step.map))
  }
  const outcome = await importWith(ctx, input, options, format, mapping)
  if (preview) {
    outcome.report.mapping = mappingReport(preview, mapping, null)
    if (mapping && !dryRun) await rememberMapping(ctx, preview.header, mapping)
  }
  return outcome
}

/** The answer of a dry run of a CSV that needs a mapping: nothing read yet, the mapping step to fill in. */
function mappingStepReport(preview: MappingPreview, step: ImportMapping): ImportReport {
  return {
    id: null,
    format: 'csv',
    rows: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    skippedCount: 0,
    skipped: [],
    warnings: [],
    dryRun: true,
    encoding: preview.encoding,
    columns: [],
    organizationsCreated: 0,
    mapping: step,
    people: [],
    complete: true,
  }
}

async function importWith(
  ctx: Ctx,
  input: ImportInput,
  options: ImportOptions,
  format: ImportFormat | undefined,
  mapping: Record<string, string> | undefined,
): Promise<PlanOutcome> {
  const offThread = options.offThread ?? (await sizeOf(input)) >= offThreadFrom
  const run: ImportRun = {
    plan: {
      filename: options.filename,
      format,
      mapping,
      dryRun: options.dryRun ?? false,
      limits: { ...defaultImportLimits, ...options.limits },
      fullReport: options.fullReport ?? false,
    },
    planOffThread: offThread,
    perAccount: options.perAccount ?? defaultImportLimits.perAccount,
    onProgress: options.onProgress,
  }
  if (offThread && ctx.engine === 'postgres' && options.databaseUrl && !inOpenTransaction(ctx)) {
    const who = { ownerId: ctx.ownerId, now: ctx.now().toISOString() }
    return importInWorker(input, options.databaseUrl, who, run)
  }
  return importInTransaction(ctx, input, run)
}

async function sizeOf(input: ImportInput): Promise<number> {
  return input instanceof Uint8Array ? input.length : (await stat(input.path)).size
}

function formatOption(value: string | undefined): ImportFormat | undefined {
  if (value === undefined || value === '') return undefined
  const parsed = ImportFormatName.safeParse(value.trim().toLowerCase())
  if (parsed.success) return parsed.data
  throw invalid('format', `"${value}" is not a format we read; use ${importFormatNames.join(', ')}`)
}
