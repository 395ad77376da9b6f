import type { ImportedContact, ImportFormat, ParsedRow, SkippedRow } from '../../formats/contact.ts'
import {
  type RowWarningListener,
  type RowWarnings,
  rowWarnings,
} from '../../formats/row-warnings.ts'
import { idSequence } from '../ids.ts'
import { storedProfiles } from '../shared/stored-lists.ts'
import { fold, tidy } from '../text.ts'
import { IntList } from './compact.ts'
import { type PersonKeys, personMatcher, type Slot } from './matcher.ts'
import {
  addProfiles,
  addValues,
  firstNameToStore,
  limits,
  mergeContact,
  type OrganizationRef,
  rowProblem,
  type WorkingPerson,
} from './merge.ts'
import type { OrganizationRow, PersonRow } from './repo.ts'
import type { RowSource } from './row-failure.ts'
import type { ImportedRow } from './schema.ts'

/** What the explorer has now, loaded once: the keys of every person, the name of every organization. */
export interface Existing {
  people: PersonKeys[]
  organizations: Array<Pick<OrganizationRow, 'id' | 'name' | 'name_key'>>
}

/**
 * Reads whole people by id, as they are after every batch planned before
 * (the caller waits for those writes first). Asked at most a few times per
 * batch, for the people the batch's rows match.
 */
export type LoadPeople = (ids: string[]) => Promise<PersonRow[]>

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
  /** Plans the next batch of rows (in file order), reading the people they match with `load`. */
  plan(rows: readonly ParsedRow[], load: LoadPeople): Promise<BatchPlan>
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
 * in file order, and `load` must see every batch planned before written: a
 * person an earlier batch created is then updated, not created again.
 * Between batches the planner keeps only the keys of people (see
 * `personMatcher`); a batch reads the people its rows match, in one `load`
 * as a rule, so memory follows the batch, not the file.
 *
 * @example
 * const planner = importPlanner(await loadExisting(ctx), { now: ctx.now(), format: 'linkedin' })
 * for await (const rows of file.rows()) await write(await planner.plan(rows, load))
 */
export function importPlanner(existing: Existing, options: PlanOptions): ImportPlanner {
  const warnings = rowWarnings(options.onRowWarning)
  const organizations = new Map(existing.organizations.map((o) => [o.id, o.name]))
  const organizationByKey = new Map<string, string>()
  for (const o of existing.organizations) {
    if (!organizationByKey.has(o.name_key)) organizationByKey.set(o.name_key, o.id)
  }
  const matcher = personMatcher((id) => organizations.get(id) ?? null)
  // The first row of this file that was each person (0: none yet), by slot.
  const firstRows = new IntList(0)
  for (const person of existing.people) firstRows.set(matcher.add(person), 0)
  const source = sourceLabel(options.format, options.filename)
  let organizationsCreated = 0
  // Ids that ascend in file order: each insert appends to the id indexes.
  const nextId = idSequence(options.now)

  return {
    async plan(rows, load) {
      // The people this batch works on, whole: those it creates and those it read.
      const working = new Map<Slot, WorkingPerson>()
      const read = async (slots: Iterable<Slot>) => {
        const wanted = new Map<string, Slot>()
        for (const slot of slots) if (!working.has(slot)) wanted.set(matcher.idOf(slot), slot)
        if (wanted.size === 0) return
        for (const row of await load([...wanted.keys()])) {
          const slot = wanted.get(row.id)
          if (slot !== undefined) working.set(slot, toWorking(row))
        }
      }
      // Whom the rows are, as far as the people before this batch tell: read at once.
      const matched = new Set<Slot>()
      for (const row of rows) {
        if (row.skipped || rowProblem(row.contact)) continue
        const found = matcher.find(row.contact, tidy(row.contact.organization))
        if (found) matched.add(found.slot)
      }
      await read(matched)
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
            const id = nextId()
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
          const person = newPerson(contact, organization, options, source, warnings, nextId())
          const slot = matcher.add(person)
          working.set(slot, person)
          newPeople.set(person.id, { person, source: at })
          firstRows.set(slot, contact.line)
          results.push({
            person: outcome(contact.line, 'created', person, organizations, [], [], null),
          })
          continue
        }
        const { slot } = match
        // A key a merge of this batch added leads to someone already read; never otherwise.
        if (!working.has(slot)) await read([slot])
        const person = working.get(slot)
        if (!person) throw new Error(`person ${matcher.idOf(slot)} is in the index but not stored`)
        const current = person.organizationId
          ? (organizations.get(person.organizationId) ?? null)
          : null
        const { changes, kept } = mergeContact(person, contact, organization, current, warnings)
        const sameAs = firstRows.get(slot) || null
        if (sameAs === null) firstRows.set(slot, contact.line)
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
          matcher.add(person, slot)
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
    csv: 'CSV file',
  }[format]
  const base = filename?.split(/[\\/]/).pop()?.trim()
  const label = base ? `${kind} (${base})` : kind
  return label.length > limits.source ? `${label.slice(0, limits.source - 2)}…)` : label
}

function newPerson(
  contact: ImportedContact,
  organization: OrganizationRef | null,
  { format }: PlanOptions,
  source: string,
  warnings: RowWarnings,
  id: string,
): WorkingPerson {
  const name = tidy(contact.name)
  const person: WorkingPerson = {
    id,
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
    birthday: contact.birthday,
    websites: [],
    profiles: [],
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
  addValues(
    person.websites,
    contact.websites,
    limits.websites,
    limits.website,
    'web site',
    row,
    warnings,
  )
  addProfiles(person.profiles, contact.profiles, row, warnings)
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
    birthday: row.birthday,
    websites: stringList(row.websites),
    profiles: storedProfiles(row.profiles),
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
