import { stat } from 'node:fs/promises'
import { setImmediate } from 'node:timers/promises'
import { tryTransactionLock } from '../../db/dialect.ts'
import type { ImportFormat } from '../../formats/contact.ts'
import type { ImportInput } from '../../formats/import.ts'
import {
  organizationDocument,
  personDocument,
  writeSearchDocuments,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { defaultImportLimits, type ImportLimits } from '../settings/import-limits.ts'
import { insertInBatches, type RowSource, rowFailure, writeRow } from './batches.ts'
import { accountBusy } from './busy.ts'
import { type PlanOutcome, planFile, type WriteBatch } from './plan-file.ts'
import { planInWorker } from './plan-thread.ts'
import {
  insertOrganizations,
  insertPeople,
  selectAllOrganizations,
  selectAllPeople,
  updateImportedPerson,
} from './repo.ts'
import {
  ImportFormatName,
  type ImportProgress,
  type ImportReport,
  importFormatNames,
} from './schema.ts'

export interface ImportOptions {
  /** The file's name: sharpens refusals and names the source of new people. */
  filename?: string | undefined
  /** Read the file as this format instead of detecting it (`--format`). */
  format?: string | undefined
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
}

/** Files from this size on are planned in a worker thread. */
const offThreadFrom = 1024 * 1024

/** Carries a dry run's outcome out of the transaction it rolls back. */
class DryRunDone extends Error {
  readonly outcome: PlanOutcome
  constructor(outcome: PlanOutcome) {
    super('dry run')
    this.outcome = outcome
  }
}

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
  const limits = { ...defaultImportLimits, ...options.limits }
  const dryRun = options.dryRun ?? false
  const offThread = options.offThread ?? (await sizeOf(input)) >= offThreadFrom
  const run = async (tx: Ctx): Promise<PlanOutcome> => {
    const slots = options.perAccount ?? defaultImportLimits.perAccount
    if (!(await tryTransactionLock(tx.db, tx.engine, `import:${tx.ownerId}`, slots))) {
      throw accountBusy(slots)
    }
    const [people, organizations] = await Promise.all([
      selectAllPeople(tx),
      selectAllOrganizations(tx),
    ])
    const planOptions = {
      ownerId: tx.ownerId,
      now: tx.now().toISOString(),
      filename: options.filename,
      format,
      dryRun,
      limits,
      fullReport: options.fullReport ?? false,
    }
    const plan = offThread
      ? planInWorker(input, { people, organizations }, planOptions)
      : planFile(input, { people, organizations }, planOptions)
    try {
      for (let next = await plan.next(); ; next = await plan.next()) {
        if (next.done) return next.value
        await writeBatch(tx, next.value)
        options.onProgress?.(next.value.progress)
        // Each batch is one slice of this event loop's time: other requests go between.
        await setImmediate()
      }
    } finally {
      await plan.return(undefined as never)
    }
  }
  if (ctx.db.isTransaction) {
    if (dryRun) throw new Error('a dry run needs its own transaction to roll back')
    return run(ctx)
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const done = await run({ ...ctx, db: trx })
      if (dryRun) throw new DryRunDone(done)
      return done
    })
  } catch (error) {
    if (error instanceof DryRunDone) return error.outcome
    throw error
  }
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

/**
 * Writes one batch: its new organizations (before the people who work
 * there), its new people with their search entries, then the people it
 * changed. Multi-row inserts sized under both engines' parameter limits; a
 * failing row is named (see `insertInBatches`).
 */
async function writeBatch(ctx: Ctx, batch: WriteBatch): Promise<void> {
  const sources = new Map(batch.sources)
  const sourceOf = (id: string, name: string): RowSource => sources.get(id) ?? { row: 0, name }
  await insertInBatches(
    ctx,
    batch.organizations,
    12,
    (tx, rows) => insertOrganizations(tx, rows),
    (o, error) => rowFailure(sourceOf(o.id, o.name), error),
  )
  await insertInBatches(
    ctx,
    batch.people,
    18,
    async (tx, rows) => {
      await insertPeople(tx, rows)
      await writeSearchDocuments(tx, rows.map(personDocument))
    },
    (p, error) => rowFailure(sourceOf(p.id, p.name), error),
  )
  for (const row of batch.changed) {
    await writeRow(sourceOf(row.id, row.name), () => updateImportedPerson(ctx, row))
  }
  await writeSearchDocuments(ctx, [
    ...batch.organizations.map(organizationDocument),
    ...batch.changed.map(personDocument),
  ])
}
