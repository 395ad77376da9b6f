import type { PersonRow } from '../people/repo.ts'
import { uniqueFolded, uniqueProfiles } from '../people/service.ts'
import { jsonList, storedProfiles } from '../shared/stored-lists.ts'
import type { MergeField } from './schema.ts'

/** Names of the records a person points at, to show a field as the explorer knows it. */
export interface MergeNames {
  organizations: ReadonlyMap<string, string>
  people: ReadonlyMap<string, string>
  careers: ReadonlyMap<string, string>
}

export interface MergeInput {
  kept: PersonRow
  other: PersonRow
  keptCareerIds: readonly string[]
  otherCareerIds: readonly string[]
  names: MergeNames
  now: string
}

/** The kept person after the merge, and what became of each field. */
export interface MergePlan {
  row: PersonRow
  careerIds: string[]
  fields: MergeField[]
  notesAdded: string
}

type Column =
  | 'name'
  | 'first_name'
  | 'organization_id'
  | 'title'
  | 'connection'
  | 'connection_note'
  | 'source'
  | 'birthday'

interface Single {
  field: string
  label: string
  column: Column
  /** A value that counts as none ('other' is the connection a person has when nobody said). */
  none?: string
  show?: (value: string, names: MergeNames) => string
}

const singles: readonly Single[] = [
  { field: 'name', label: 'Name', column: 'name' },
  { field: 'firstName', label: 'First name', column: 'first_name' },
  {
    field: 'organizationId',
    label: 'Organization',
    column: 'organization_id',
    show: (id, names) => names.organizations.get(id) ?? id,
  },
  { field: 'title', label: 'Title', column: 'title' },
  { field: 'connection', label: 'Connection', column: 'connection', none: 'other' },
  { field: 'connectionNote', label: 'Connection note', column: 'connection_note' },
  { field: 'source', label: 'Source', column: 'source' },
  { field: 'birthday', label: 'Birthday', column: 'birthday' },
]

/**
 * Merges the other person into the kept one, field by field, losing nothing:
 * where only one holds a value it is taken; where both hold different
 * values the kept one's stays and the other's goes to the notes under
 * "Merged from <name>:" (a second LinkedIn profile becomes an other
 * profile); lists (emails, phones, tags, web sites, profiles, careers) hold
 * both, without repeats; the other's notes follow under the same heading.
 *
 * @example planMerge({ kept, other, … }).fields.find((f) => f.field === 'title')?.outcome // 'to-notes'
 */
export function planMerge(input: MergeInput): MergePlan {
  const { kept, other, names } = input
  const fields: MergeField[] = []
  const toNotes: Array<{ label: string; value: string }> = []
  const row: PersonRow = { ...kept }

  for (const single of singles) {
    const show = (value: string | null) =>
      value === null || value === '' ? '' : single.show ? single.show(value, names) : value
    const a = kept[single.column]
    const b = other[single.column]
    const aNone = a === null || a === '' || a === single.none
    const bNone = b === null || b === '' || b === single.none
    let outcome: MergeField['outcome']
    if (a === b || bNone) outcome = a === b || aNone ? 'same' : 'kept'
    else if (aNone) {
      outcome = 'taken'
      row[single.column] = b as never
    } else {
      outcome = 'to-notes'
      toNotes.push({ label: single.label, value: show(b) })
    }
    if (a === b && aNone) continue
    fields.push({
      field: single.field,
      label: single.label,
      kept: show(a),
      other: show(b),
      result: show(row[single.column]),
      outcome,
    })
  }

  // LinkedIn: one profile address per person; a second one is kept as another profile.
  let profiles = [...storedProfiles(kept.profiles), ...storedProfiles(other.profiles)]
  {
    const a = kept.linkedin_url
    const b = other.linkedin_url
    let outcome: MergeField['outcome'] = 'same'
    if (a !== b && b) {
      if (!a) {
        row.linkedin_url = b
        outcome = 'taken'
      } else {
        profiles = [
          ...storedProfiles(kept.profiles),
          { service: 'LinkedIn', address: b },
          ...storedProfiles(other.profiles),
        ]
        outcome = 'to-profiles'
      }
    } else if (a && !b) outcome = 'kept'
    if (a || b)
      fields.push({
        field: 'linkedinUrl',
        label: 'LinkedIn profile',
        kept: a ?? '',
        other: b ?? '',
        result: row.linkedin_url ?? '',
        outcome,
      })
  }

  // Who referred them: neither can have been referred by the other once they are one person.
  {
    const a = kept.referred_by_id === other.id ? null : kept.referred_by_id
    const b = other.referred_by_id === kept.id ? null : other.referred_by_id
    const show = (id: string | null) => (id ? (names.people.get(id) ?? id) : '')
    row.referred_by_id = a ?? b
    let outcome: MergeField['outcome'] = a === b ? 'same' : !b ? 'kept' : !a ? 'taken' : 'to-notes'
    if (outcome === 'to-notes' && b) toNotes.push({ label: 'Referred by', value: show(b) })
    if (kept.referred_by_id === other.id && !b) outcome = 'same'
    if (kept.referred_by_id || other.referred_by_id)
      fields.push({
        field: 'referredById',
        label: 'Referred by',
        kept: show(kept.referred_by_id),
        other: show(other.referred_by_id),
        result: show(row.referred_by_id),
        outcome,
      })
  }

  const lists: Array<{
    field: string
    label: string
    column: 'emails' | 'phones' | 'tags' | 'websites'
  }> = [
    { field: 'emails', label: 'Email', column: 'emails' },
    { field: 'phones', label: 'Phone', column: 'phones' },
    { field: 'tags', label: 'Tags', column: 'tags' },
    { field: 'websites', label: 'Web sites', column: 'websites' },
  ]
  for (const list of lists) {
    const a = jsonList(kept[list.column])
    const b = jsonList(other[list.column])
    const both = uniqueFolded([...a, ...b])
    row[list.column] = JSON.stringify(both)
    pushList(fields, list.field, list.label, a, b, both)
  }
  {
    const both = uniqueProfiles(profiles)
    row.profiles = JSON.stringify(both)
    const text = (p: { service: string; address: string }) => `${p.service}: ${p.address}`
    pushList(
      fields,
      'profiles',
      'Other profiles',
      storedProfiles(kept.profiles).map(text),
      storedProfiles(other.profiles).map(text),
      both.map(text),
    )
  }
  const careerIds = [...new Set([...input.keptCareerIds, ...input.otherCareerIds])]
  {
    const show = (ids: readonly string[]) => ids.map((id) => names.careers.get(id) ?? id)
    pushList(
      fields,
      'careerIds',
      'Careers',
      show(input.keptCareerIds),
      show(input.otherCareerIds),
      show(careerIds),
    )
  }

  const otherNotes = other.notes.trim()
  const notesAdded =
    toNotes.length === 0 && (!otherNotes || kept.notes.includes(otherNotes))
      ? ''
      : [
          `Merged from ${other.name}:`,
          ...toNotes.map(({ label, value }) => `- ${label}: ${indented(value)}`),
          ...(otherNotes && !kept.notes.includes(otherNotes)
            ? [`- Notes: ${indented(otherNotes)}`]
            : []),
        ].join('\n')
  row.notes = notesAdded ? (kept.notes ? `${kept.notes}\n\n${notesAdded}` : notesAdded) : kept.notes
  if (kept.notes || other.notes)
    fields.push({
      field: 'notes',
      label: 'Notes',
      kept: kept.notes,
      other: other.notes,
      result: row.notes,
      outcome: !notesAdded
        ? kept.notes
          ? other.notes
            ? 'same'
            : 'kept'
          : 'same'
        : kept.notes
          ? 'combined'
          : 'taken',
    })
  // Known since the earlier of the two (ISO instants sort as text).
  row.created_at = [kept.created_at, other.created_at].sort()[0] ?? kept.created_at
  row.updated_at = input.now
  return { row, careerIds, fields, notesAdded }
}

function pushList(
  fields: MergeField[],
  field: string,
  label: string,
  a: readonly string[],
  b: readonly string[],
  both: readonly string[],
): void {
  if (a.length === 0 && b.length === 0) return
  const outcome: MergeField['outcome'] =
    both.length === a.length
      ? b.length === 0
        ? 'kept'
        : 'same'
      : a.length === 0
        ? 'taken'
        : 'combined'
  fields.push({
    field,
    label,
    kept: a.join(', '),
    other: b.join(', '),
    result: both.join(', '),
    outcome,
  })
}

/** A value of several lines under its `- Label:` line, each further line indented. */
function indented(value: string): string {
  return value.trim().replace(/\r\n?|\n/g, '\n  ')
}
