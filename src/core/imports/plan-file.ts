import { gzipSync } from 'node:zlib'
import type { ImportFormat } from '../../formats/contact.ts'
import { type ImportInput, openImport } from '../../formats/import.ts'
import type { ImportLimits } from '../settings/import-limits.ts'
import { fold } from '../text.ts'
import type { WorkingPerson } from './merge.ts'
import { type BatchPlan, type Existing, importPlanner, type LoadPeople } from './plan.ts'
import type { OrganizationRow, PersonRow } from './repo.ts'
import { reportBuilder } from './report.ts'
import type { RowSource } from './row-failure.ts'
import type { ImportProgress, ImportReport } from './schema.ts'

/** What the planning of one import needs besides the file: plain data, so it can cross to a worker thread. */
export interface PlanFileOptions {
  ownerId: string
  /** The import's instant (ISO), for new ids and timestamps. */
  now: string
  filename?: string | undefined
  format?: ImportFormat | undefined
  /** The CSV's column mapping (checked against its header when it is read). */
  mapping?: Record<string, string> | undefined
  dryRun: boolean
  limits: Pick<ImportLimits, 'textBytes' | 'rows' | 'reportRows'>
  /** Keep the full report, every row, as gzipped CSV. */
  fullReport: boolean
}

/** The rows one batch writes, ready for the database, and where each came from. */
export interface WriteBatch {
  organizations: OrganizationRow[]
  people: PersonRow[]
  /** People already written whose importable fields this batch changed. */
  changed: PersonRow[]
  /** The row of the file behind each organization and person, by id, to name a failing write. */
  sources: Array<[id: string, source: RowSource]>
  progress: ImportProgress
}

/** The end of a planned import: its report and, when asked for, the full report. */
export interface PlanOutcome {
  report: ImportReport
  /** Every row with its warnings, as gzipped CSV (UTF-8 with BOM). */
  fullReport: Uint8Array | null
}

/**
 * The planning half of an import, with no database in sight: reads the file
 * as a stream, matches and merges each batch of rows against the
 * explorer's people (and those earlier batches made), and yields the rows
 * each batch writes; returns the report when the file is read. The people
 * a batch matches are read whole with `load` (which sees every batch
 * yielded before); between batches only their keys are kept. The writing
 * half (`importContacts`) writes each batch as it comes, in one
 * transaction. Runs in the caller's thread or in a worker thread
 * (`plan-worker.ts`) alike.
 *
 * @example for await (const batch of planFile(bytes, existing, options, load)) await write(batch)
 */
export async function* planFile(
  input: ImportInput,
  existing: Existing,
  options: PlanFileOptions,
  load: LoadPeople,
): AsyncGenerator<WriteBatch, PlanOutcome> {
  const chunks: string[] = []
  const report = reportBuilder(
    options.limits.reportRows,
    options.dryRun,
    options.fullReport ? (text) => chunks.push(text) : undefined,
  )
  const file = await openImport(input, {
    filename: options.filename,
    format: options.format,
    mapping: options.mapping,
    limits: options.limits,
    onRowWarning: report.rowWarning,
  })
  try {
    const planner = importPlanner(existing, {
      now: new Date(options.now),
      format: file.format,
      filename: options.filename,
      onRowWarning: report.rowWarning,
    })
    let rows = 0
    for await (const batch of file.rows()) {
      const plan = await planner.plan(batch, load)
      report.add(plan.results)
      rows += batch.length
      yield writeBatchOf(plan, options, { rows, ...file.progress() })
    }
    const summary = file.summary()
    const final = report.finish({
      ...summary,
      format: file.format,
      warnings: [...summary.warnings, ...planner.warnings()],
      organizationsCreated: planner.organizationsCreated(),
    })
    const fullReport = options.fullReport ? new Uint8Array(gzipSync(chunks.join(''))) : null
    return { report: final, fullReport }
  } finally {
    file.close()
  }
}

function writeBatchOf(
  plan: BatchPlan,
  { ownerId, now }: PlanFileOptions,
  progress: ImportProgress,
): WriteBatch {
  const sources: WriteBatch['sources'] = []
  const organizations = plan.newOrganizations.map((o): OrganizationRow => {
    sources.push([o.id, o.source])
    return {
      id: o.id,
      owner_id: ownerId,
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
    }
  })
  const people = plan.newPeople.map(({ person, source }) => {
    sources.push([person.id, source])
    return personRow(ownerId, person, now)
  })
  const changed = plan.changedPeople.map(({ person, source }) => {
    sources.push([person.id, source])
    return personRow(ownerId, person, now)
  })
  return { organizations, people, changed, sources, progress }
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
    birthday: p.birthday,
    websites: JSON.stringify(p.websites),
    profiles: JSON.stringify(p.profiles),
    created_at: now,
    updated_at: now,
  }
}
