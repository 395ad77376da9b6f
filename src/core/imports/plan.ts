import type { ImportedContact, ImportFormat, ParsedRow, SkippedRow } from '../../formats/contact.ts'
import {
  type RowWarningListener,
  type RowWarnings,
  rowWarnings,
} from '../../formats/row-warnings.ts'
import { newId } from '../ids.ts'
import { fold, tidy } from '../text.ts'
import type { RowSource } from './batches.ts'
import { personMatcher } from './matcher.ts'
import {
  addValues,
  firstNameToStore,
  limits,
  mergeContact,
  type OrganizationRef,
  rowProblem,
  type WorkingPerson,
} from './merge.ts'
import type { OrganizationRow, PersonRow } from './repo.ts'
import type { ImportedRow } from './schema.ts'

/** What the explorer has now, loaded once. */
export interface Existing {
  people: PersonRow[]
  organizations: Array<Pick<OrganizationRow, 'id' | 'name' | 'name_key'>>
}

/** A person to write, with the row it came from (to name it when the write fails). */
export interface PlannedPerson {
  person: WorkingPerson
  source: RowSource
}

/** What one batch of rows writes, worked out in memory before its writes. */
export interface BatchPlan {
  newOrganizations: Array<{ id: string; name: string; source: RowSource }>
  /** People first seen in this batch, as the batch leaves them. */
  newPeople: PlannedPerson[]
  /** People already written (the explorer's, or from an earlier batch) that this batch changed. */
  changedPeople: PlannedPerson[]
  /** What happened to each row of the batch, in file order. */
  results: RowResult[]
}

/** One row's outcome: a person it became or fed, or the reason it was skipped. */
export type RowResult =
  | { person: ImportedRow; skipped?: undefined }
  | { skipped: SkippedRow; person?: undefined }

export interface PlanOptions {
  now: Date
  format: ImportFormat
  filename?: string | undefined
  /** Hears every warning about a row (the full report lists them). */
  onRowWarning?: RowWarningListener | undefined
}

/** Matches and merges an import's rows batch by batch, remembering what earlier batches made. */
export interface ImportPlanner {
  /** Plans the next batch of rows (in file order). */
  plan(rows: readonly ParsedRow[]): BatchPlan
  /** Sentences about rows: merged duplicates, values kept, values left out. */
  warnings(): string[]
  /** Organizations created so far. */
  organizationsCreated(): number
}

/**
 * Matches every contact of the file to a person (existing, or created by an
 * earlier row of the same file, in this batch or an earlier one) and merges
 * it in memory; see `mergeContact` for what is filled, added and kept. Rows
 * that cannot be stored whole are skipped with a reason. Batches must come
 * in file order and each be written before the next is planned: a person an
 * earlier batch created is then updated, not created again.
 *
 * @example
 * const planner = importPlanner(await loadExisting(ctx), { now: ctx.now(), format: 'linkedin' })
 * for await (const rows of file.rows()) await write(planner.plan(rows))
 */
export function importPlanner(existing: Existing, options: PlanOptions): ImportPlanner {
  const warnings = rowWarnings(options.onRowWarning)
  const organizations = new Map(existing.organizations.map((o) => [o.id, o.name]))
  const organizationByKey = new Map<string, string>()
  for (const o of existing.organizations) {
    if (!organizationByKey.has(o.name_key)) organizationByKey.set(o.name_key, o.id)
  }
  const matcher = personMatcher((id) => organizations.get(id) ?? null)
  for (const row of existing.people) matcher.add(toWorking(row))
  const firstRowOf = new Map<string, number>()
  const source = sourceLabel(options.format, options.filename)
  let organizationsCreated = 0

  return {
    plan(rows) {
      const newOrganizations: BatchPlan['newOrganizations'] = []
      const newPeople = new Map<string, PlannedPerson>()
      const changed = new Map<string, PlannedPerson>()
      const results: RowResult[] = []
      const organizationRef = (name: string, row: RowSource): OrganizationRef | null => {
        if (!name) return null
        return {
          name,
          id: () => {
            const key = fold(name)
            const found = organizationByKey.get(key)
            if (found) return found
            const id = newId(options.now)
            organizationByKey.set(key, id)
            organizations.set(id, name)
            newOrganizations.push({ id, name, source: row })
            organizationsCreated++
            return id
          },
        }
      }
      for (const row of rows) {
        if (row.skipped) {
          results.push({ skipped: row.skipped })
          continue
        }
        const { contact } = row
        const problem = rowProblem(contact)
        if (problem) {
          results.push({ skipped: { row: contact.line, reason: problem } })
          continue
        }
        const at: RowSource = { row: contact.line, name: tidy(contact.name) }
        const organizationName = tidy(contact.organization)
        const organization = organizationRef(organizationName, at)
        const match = matcher.find(contact, organizationName)
        if (!match) {
          const person = newPerson(contact, organization, options, source, warnings)
          matcher.add(person)
          newPeople.set(person.id, { person, source: at })
          firstRowOf.set(person.id, contact.line)
          results.push({
            person: outcome(contact.line, 'created', person, organizations, [], [], null),
          })
          continue
        }
        const { person } = match
        const current = person.organizationId
          ? (organizations.get(person.organizationId) ?? null)
          : null
        const { changes, kept } = mergeContact(person, contact, organization, current, warnings)
        const sameAs = firstRowOf.get(person.id) ?? null
        if (sameAs === null) firstRowOf.set(person.id, contact.line)
        else {
          warnings.add(
            contact.line,
            'the same person as an earlier row of this file; the two were merged into one',
            `${person.name}, row ${sameAs}`,
          )
        }
        for (const field of kept) {
          warnings.add(
            contact.line,
            `the file has another ${fieldNames[field] ?? field}; yours was kept`,
          )
        }
        if (changes.length > 0) {
          matcher.add(person)
          if (!newPeople.has(person.id) && !changed.has(person.id)) {
            changed.set(person.id, { person, source: at })
          }
        }
        const kind = changes.length > 0 ? 'updated' : 'unchanged'
        results.push({
          person: outcome(contact.line, kind, person, organizations, changes, kept, sameAs),
        })
      }
      return {
        newOrganizations,
        newPeople: [...newPeople.values()],
        changedPeople: [...changed.values()],
        results,
      }
    },
    warnings: () => warnings.list(),
    organizationsCreated: () => organizationsCreated,
  }
}

const fieldNames: Record<string, string> = {
  name: 'name',
  title: 'title',
  organization: 'organization',
  linkedinUrl: 'LinkedIn address',
}

/**
 * How people from this file are labelled as a source (only on new people).
 *
 * @example sourceLabel('linkedin') // 'LinkedIn export (Connections.csv)'
 * @example sourceLabel('vcard', '/tmp/contacts.vcf') // 'vCard file (contacts.vcf)'
 */
export function sourceLabel(format: ImportFormat, filename?: string): string {
  if (format === 'linkedin') return 'LinkedIn export (Connections.csv)'
  const kind = {
    google: 'Google Contacts export',
    outlook: 'Outlook export',
    thunderbird: 'Thunderbird address book',
    roundcube: 'Roundcube export',
    'linkedin-contacts': 'LinkedIn imported contacts',
    vcard: 'vCard file',
  }[format]
  const base = filename?.split(/[\\/]/).pop()?.trim()
  const label = base ? `${kind} (${base})` : kind
  return label.length > limits.source ? `${label.slice(0, limits.source - 2)}…)` : label
}

function newPerson(
  contact: ImportedContact,
  organization: OrganizationRef | null,
  { format, now }: PlanOptions,
  source: string,
  warnings: RowWarnings,
): WorkingPerson {
  const name = tidy(contact.name)
  const person: WorkingPerson = {
    id: newId(now),
    name,
    firstName: firstNameToStore(name, contact.firstName),
    organizationId: organization ? organization.id() : null,
    title: tidy(contact.title),
    connection: format === 'linkedin' ? 'linkedin' : 'other',
    connectionNote:
      format === 'linkedin' && contact.connectedOn
        ? `LinkedIn connection since ${contact.connectedOn}`
        : '',
    source,
    linkedinUrl: contact.linkedinUrl,
    emails: [],
    phones: [],
    tags: [],
    notes: contact.notes.trim(),
  }
  const row = contact.line
  addValues(person.emails, contact.emails, limits.emails, 254, 'email address', row, warnings)
  addValues(
    person.phones,
    contact.phones,
    limits.phones,
    limits.phone,
    'phone number',
    row,
    warnings,
  )
  addValues(person.tags, contact.tags, limits.tags, limits.tag, 'tag', row, warnings)
  return person
}

function toWorking(row: PersonRow): WorkingPerson {
  return {
    id: row.id,
    name: row.name,
    firstName: row.first_name,
    organizationId: row.organization_id,
    title: row.title,
    connection: row.connection,
    connectionNote: row.connection_note,
    source: row.source,
    linkedinUrl: row.linkedin_url,
    emails: stringList(row.emails),
    phones: stringList(row.phones),
    tags: stringList(row.tags),
    notes: row.notes,
  }
}

function stringList(text: string): string[] {
  const value: unknown = JSON.parse(text)
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

function outcome(
  row: number,
  kind: ImportedRow['outcome'],
  person: WorkingPerson,
  organizations: Map<string, string>,
  changes: string[],
  kept: string[],
  sameAs: number | null,
): ImportedRow {
  return {
    row,
    outcome: kind,
    personId: person.id,
    name: person.name,
    organization: person.organizationId ? (organizations.get(person.organizationId) ?? null) : null,
    changes,
    kept,
    sameAs,
  }
}
