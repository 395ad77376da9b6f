import type { ImportFormat } from '../../formats/contact.ts'
import { readImport } from '../../formats/import.ts'
import {
  organizationDocument,
  personDocument,
  writeSearchDocuments,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'
import { fold } from '../text.ts'
import { insertInBatches, rowFailure, writeRow } from './batches.ts'
import type { WorkingPerson } from './merge.ts'
import { type ImportPlan, planImport } from './plan.ts'
import {
  insertOrganizations,
  insertPeople,
  type PersonRow,
  selectAllOrganizations,
  selectAllPeople,
  updateImportedPerson,
} from './repo.ts'
import { ImportFormatName, type ImportReport, importFormatNames } from './schema.ts'

/** Where an import is, for a progress bar: matching rows, then writing them. */
export interface ImportProgress {
  phase: 'matching' | 'writing'
  done: number
  total: number
}

export interface ImportOptions {
  /** The file's name: sharpens refusals and names the source of new people. */
  filename?: string | undefined
  /** Read the file as this format instead of detecting it (`--format`). */
  format?: string | undefined
  /** Compute the report and write nothing. */
  dryRun?: boolean | undefined
  onProgress?: (progress: ImportProgress) => void
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
 * with its reason. One transaction; a failure rolls everything back and
 * names the row. A dry run runs the very same code in a transaction that is
 * rolled back, so its report is what the real import will do. Importing the
 * same file again changes nothing.
 *
 * @example
 * const report = await importContacts(ctx, bytes, { filename: 'Connections.csv', dryRun: true })
 * report.rows === report.created + report.updated + report.unchanged + report.skipped.length // true
 */
export async function importContacts(
  ctx: Ctx,
  bytes: Uint8Array,
  options: ImportOptions = {},
): Promise<ImportReport> {
  const format = formatOption(options.format)
  const parsed = await readImport(bytes, { filename: options.filename, format })
  const dryRun = options.dryRun ?? false
  const run = async (tx: Ctx): Promise<ImportReport> => {
    const [people, organizations] = await Promise.all([
      selectAllPeople(tx),
      selectAllOrganizations(tx),
    ])
    const plan = planImport(
      parsed,
      { people, organizations },
      {
        now: tx.now(),
        filename: options.filename,
        onContact: (done, total) => {
          if (done % 1000 === 0 || done === total) {
            options.onProgress?.({ phase: 'matching', done, total })
          }
        },
      },
    )
    await writePlan(tx, plan, new Map(people.map((p) => [p.id, p])), options.onProgress)
    const count = (kind: string) => plan.outcomes.filter((o) => o.outcome === kind).length
    return {
      format: parsed.format,
      rows: parsed.rows,
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      skipped: plan.skipped,
      warnings: plan.warnings,
      dryRun,
      encoding: parsed.encoding,
      organizationsCreated: plan.newOrganizations.length,
      people: dryRun
        ? plan.outcomes.map((o) => (o.outcome === 'created' ? { ...o, personId: null } : o))
        : plan.outcomes,
    }
  }
  if (ctx.db.isTransaction) {
    if (dryRun) throw new Error('a dry run needs its own transaction to roll back')
    return run(ctx)
  }
  try {
    return await ctx.db.transaction().execute(async (trx) => {
      const report = await run({ ...ctx, db: trx })
      if (dryRun) throw new DryRunDone(report)
      return report
    })
  } catch (error) {
    if (error instanceof DryRunDone) return error.report
    throw error
  }
}

function formatOption(value: string | undefined): ImportFormat | undefined {
  if (value === undefined || value === '') return undefined
  const parsed = ImportFormatName.safeParse(value.trim().toLowerCase())
  if (parsed.success) return parsed.data
  throw invalid('format', `"${value}" is not a format we read; use ${importFormatNames.join(', ')}`)
}

async function writePlan(
  ctx: Ctx,
  plan: ImportPlan,
  before: Map<string, PersonRow>,
  onProgress: ImportOptions['onProgress'],
): Promise<void> {
  const now = ctx.now().toISOString()
  const total = plan.newOrganizations.length + plan.newPeople.length + plan.changedPeople.length
  let done = 0
  const progress = (step: number) => {
    done += step
    onProgress?.({ phase: 'writing', done, total })
  }
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
    async (tx, batch) => {
      await insertOrganizations(tx, batch)
      progress(batch.length)
    },
    (o, error) => rowFailure(sourceOfOrganization.get(o.id) ?? { row: 0, name: o.name }, error),
  )
  // Rows and their index entries are built batch by batch, so a 30,000-row
  // file never holds every row in both shapes at once.
  const sourceOfPerson = new Map(plan.newPeople.map((p) => [p.person.id, p.source]))
  await insertInBatches(
    ctx,
    plan.newPeople.map((p) => p.person),
    18,
    async (tx, batch) => {
      const rows = batch.map((person) => personRow(tx.ownerId, person, now, now))
      await insertPeople(tx, rows)
      await writeSearchDocuments(tx, rows.map(personDocument))
      progress(batch.length)
    },
    (p, error) => rowFailure(sourceOfPerson.get(p.id) ?? { row: 0, name: p.name }, error),
  )
  const changed: PersonRow[] = []
  for (const { person, source } of plan.changedPeople) {
    const previous = before.get(person.id)
    const row = personRow(ctx.ownerId, person, previous?.created_at ?? now, now)
    await writeRow(source, () => updateImportedPerson(ctx, row))
    changed.push(row)
    progress(1)
  }
  await writeSearchDocuments(ctx, [
    ...organizations.map(organizationDocument),
    ...changed.map(personDocument),
  ])
}

function personRow(ownerId: string, p: WorkingPerson, createdAt: string, now: string): PersonRow {
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
    created_at: createdAt,
    updated_at: now,
  }
}
