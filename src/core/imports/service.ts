import type { ImportFormat } from '../../formats/contact.ts'
import { type ImportInput, openImport } from '../../formats/import.ts'
import {
  organizationDocument,
  personDocument,
  writeSearchDocuments,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { defaultImportLimits, type ImportLimits } from '../settings/import-limits.ts'
import { fold } from '../text.ts'
import { insertInBatches, rowFailure, writeRow } from './batches.ts'
import type { WorkingPerson } from './merge.ts'
import { type BatchPlan, importPlanner } from './plan.ts'
import {
  insertOrganizations,
  insertPeople,
  type PersonRow,
  selectAllOrganizations,
  selectAllPeople,
  updateImportedPerson,
} from './repo.ts'
import { type ReportCsvWriter, reportBuilder } from './report.ts'
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
  /** Receives the full report (every row, with its warnings) as CSV text, piece by piece. */
  reportCsv?: ReportCsvWriter | undefined
  /** Called after each batch of rows. */
  onProgress?: ((progress: ImportProgress) => void) | undefined
}

/** Carries a dry run's report out of the transaction it rolls back. */
class DryRunDone extends Error {
  readonly report: ImportReport
  constructor(report: ImportReport) {
    super('dry run')
    this.report = report
  }
}

/**
 * Imports one contact file (LinkedIn Connections CSV or ZIP, Google or
 * Outlook CSV, vCard) all-or-nothing: every row becomes a new person, is
 * merged into the person it matches (LinkedIn profile, then email, then name
 * and organization) without losing what the explorer wrote, or is skipped
 * with its reason. The file is read as a stream, a batch of rows at a time,
 * each batch matched and written before the next is read, so memory does
 * not grow with the file; a file past the limits (`limits`) is refused.
 * One transaction: a failure rolls everything back and names the row. A
 * dry run runs the very same code in a transaction that is rolled back, so
 * its report is what the real import will do. Importing the same file again
 * changes nothing.
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
  const format = formatOption(options.format)
  const limits = { ...defaultImportLimits, ...options.limits }
  const dryRun = options.dryRun ?? false
  const report = reportBuilder(limits.reportRows, dryRun, options.reportCsv)
  const file = await openImport(input, {
    filename: options.filename,
    format,
    limits,
    onRowWarning: report.rowWarning,
  })
  const run = async (tx: Ctx): Promise<ImportReport> => {
    const [people, organizations] = await Promise.all([
      selectAllPeople(tx),
      selectAllOrganizations(tx),
    ])
    const now = tx.now()
    const planner = importPlanner(
      { people, organizations },
      {
        now,
        format: file.format,
        filename: options.filename,
        onRowWarning: report.rowWarning,
      },
    )
    // The planner holds what it needs; the rows read at the start can go.
    people.length = 0
    let rows = 0
    for await (const batch of file.rows()) {
      const plan = planner.plan(batch)
      await writeBatch(tx, plan, now.toISOString())
      report.add(plan.results)
      rows += batch.length
      options.onProgress?.({ rows, ...file.progress() })
    }
    const summary = file.summary()
    return report.finish({
      ...summary,
      format: file.format,
      warnings: [...summary.warnings, ...planner.warnings()],
      organizationsCreated: planner.organizationsCreated(),
    })
  }
  try {
    if (ctx.db.isTransaction) {
      if (dryRun) throw new Error('a dry run needs its own transaction to roll back')
      return await run(ctx)
    }
    return await ctx.db.transaction().execute(async (trx) => {
      const done = await run({ ...ctx, db: trx })
      if (dryRun) throw new DryRunDone(done)
      return done
    })
  } catch (error) {
    if (error instanceof DryRunDone) return error.report
    throw error
  } finally {
    file.close()
  }
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
async function writeBatch(ctx: Ctx, plan: BatchPlan, now: string): Promise<void> {
  const organizations = plan.newOrganizations.map((o) => ({
    id: o.id,
    owner_id: ctx.ownerId,
    name: o.name,
    name_key: fold(o.name),
    website: null,
    industry: '',
    notes: '',
    advocacy: 0,
    motivation: null,
    posting: null,
    created_at: now,
    updated_at: now,
  }))
  const sourceOfOrganization = new Map(plan.newOrganizations.map((o) => [o.id, o.source]))
  await insertInBatches(
    ctx,
    organizations,
    12,
    (tx, batch) => insertOrganizations(tx, batch),
    (o, error) => rowFailure(sourceOfOrganization.get(o.id) ?? { row: 0, name: o.name }, error),
  )
  const sourceOfPerson = new Map(plan.newPeople.map((p) => [p.person.id, p.source]))
  await insertInBatches(
    ctx,
    plan.newPeople.map((p) => p.person),
    18,
    async (tx, batch) => {
      const rows = batch.map((person) => personRow(tx.ownerId, person, now))
      await insertPeople(tx, rows)
      await writeSearchDocuments(tx, rows.map(personDocument))
    },
    (p, error) => rowFailure(sourceOfPerson.get(p.id) ?? { row: 0, name: p.name }, error),
  )
  const changed: PersonRow[] = []
  for (const { person, source } of plan.changedPeople) {
    const row = personRow(ctx.ownerId, person, now)
    await writeRow(source, () => updateImportedPerson(ctx, row))
    changed.push(row)
  }
  await writeSearchDocuments(ctx, [
    ...organizations.map(organizationDocument),
    ...changed.map(personDocument),
  ])
}

/** A person as a row; an update writes only the fields an import may change, so `created_at` matters only for new people. */
function personRow(ownerId: string, p: WorkingPerson, now: string): PersonRow {
  return {
    id: p.id,
    owner_id: ownerId,
    name: p.name,
    name_key: fold(p.name),
    first_name: p.firstName,
    organization_id: p.organizationId,
    title: p.title,
    connection: p.connection,
    connection_note: p.connectionNote,
    source: p.source,
    linkedin_url: p.linkedinUrl,
    emails: JSON.stringify(p.emails),
    phones: JSON.stringify(p.phones),
    tags: JSON.stringify(p.tags),
    notes: p.notes,
    referred_by_id: null,
    created_at: now,
    updated_at: now,
  }
}
