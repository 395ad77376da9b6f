import type { ImportedContact } from '../../formats/contact.ts'
import type { RowWarnings } from '../../formats/row-warnings.ts'
import { linkedinKey } from '../people/linkedin.ts'
import { fold, tidy } from '../text.ts'

/**
 * A person as the import works on it: the stored fields, with the lists
 * parsed. New people and existing ones share the shape, so a file that names
 * the same person twice merges the same way whether they existed before.
 */
export interface WorkingPerson {
  id: string
  name: string
  firstName: string | null
  organizationId: string | null
  title: string
  connection: string
  connectionNote: string
  source: string
  linkedinUrl: string | null
  emails: string[]
  phones: string[]
  tags: string[]
  notes: string
  birthday: string | null
  websites: string[]
  profiles: Array<{ service: string; address: string }>
}

/** The people schema's limits; a value past them would be refused by the people service too. */
export const limits = {
  name: 200,
  firstName: 100,
  title: 300,
  source: 200,
  notes: 200_000,
  emails: 20,
  phones: 20,
  phone: 40,
  tags: 50,
  tag: 60,
  organization: 200,
  websites: 20,
  website: 500,
  profiles: 20,
} as const

/**
 * Why a contact cannot become (or feed) a person without losing part of it,
 * or null. Such a row is skipped with this reason rather than cut short.
 *
 * @example rowProblem({ ...contact, name: 'x'.repeat(201) }) // 'the name is longer than 200 characters'
 */
export function rowProblem(contact: ImportedContact): string | null {
  if (tidy(contact.name).length > limits.name) {
    return `the name is longer than ${limits.name} characters; shorten it in the file`
  }
  if (contact.title.length > limits.title) {
    return `the title is longer than ${limits.title} characters; shorten it in the file`
  }
  if (tidy(contact.organization).length > limits.organization) {
    return `the organization's name is longer than ${limits.organization} characters; shorten it in the file`
  }
  if (contact.notes.length > limits.notes) {
    return `the notes are longer than ${limits.notes} characters; shorten them in the file`
  }
  return null
}

/**
 * The first name worth storing: none when it is the first word of the name,
 * which is how the app greets anyway (so a vCard that spells it out and a
 * person who never had one do not differ).
 *
 * @example firstNameToStore('Ada Lovelace', 'Ada') // null
 * @example firstNameToStore('Wei Leong, Ph.D.', 'Wei') // null
 * @example firstNameToStore('Kacey (Khanh) Wijaya', 'Kacey (Khanh)') // 'Kacey (Khanh)'
 */
export function firstNameToStore(name: string, firstName: string): string | null {
  const given = tidy(firstName)
  if (!given || given.length > limits.firstName) return null
  return given === tidy(name).split(' ')[0] ? null : given
}

/**
 * Adds the values that `list` does not hold yet (compared folded, as the
 * people service does), up to `max` entries; values longer than `itemMax`
 * and values past `max` are reported as warnings on `row` and left out.
 * Returns how many were added.
 */
export function addValues(
  list: string[],
  values: readonly string[],
  max: number,
  itemMax: number,
  what: string,
  row: number,
  warnings: RowWarnings,
): number {
  const have = new Set(list.map(fold))
  let added = 0
  for (const raw of values) {
    const value = raw.trim()
    if (!value || have.has(fold(value))) continue
    if (value.length > itemMax) {
      warnings.add(row, `a ${what} longer than ${itemMax} characters was left out`, value)
      continue
    }
    if (list.length >= max) {
      warnings.add(row, `the person already has ${max} ${what}s; the rest were left out`, value)
      continue
    }
    list.push(value)
    have.add(fold(value))
    added++
  }
  return added
}

/**
 * Adds the profiles `list` does not hold yet (service and address compared
 * folded), up to the people schema's 20; the rest are reported on `row`.
 * Returns how many were added.
 */
export function addProfiles(
  list: Array<{ service: string; address: string }>,
  profiles: ReadonlyArray<{ service: string; address: string }>,
  row: number,
  warnings: RowWarnings,
): number {
  const key = (p: { service: string; address: string }) =>
    `${fold(p.service)}\u0000${fold(p.address)}`
  const have = new Set(list.map(key))
  let added = 0
  for (const profile of profiles) {
    if (have.has(key(profile))) continue
    if (profile.service.length > 60 || profile.address.length > limits.website) {
      warnings.add(
        row,
        'a profile longer than the people schema allows was left out',
        profile.address,
      )
      continue
    }
    if (list.length >= limits.profiles) {
      warnings.add(
        row,
        `the person already has ${limits.profiles} profiles; the rest were left out`,
        profile.address,
      )
      continue
    }
    list.push({ service: profile.service, address: profile.address })
    have.add(key(profile))
    added++
  }
  return added
}

/**
 * Notes after importing `imported` into `current`: filled when empty,
 * appended after a blank line when the text is not there yet, else
 * unchanged (null) — so importing the same notes twice adds them once.
 *
 * @example mergeNotes('Met at PyCon', 'Met at PyCon') // null
 * @example mergeNotes('Met at PyCon', 'Likes tea') // 'Met at PyCon\n\nLikes tea'
 */
export function mergeNotes(current: string, imported: string): string | null {
  const incoming = imported.trim()
  if (!incoming) return null
  if (!current.trim()) return incoming
  if (squash(current).includes(squash(incoming))) return null
  return `${current.trimEnd()}\n\n${incoming}`
}

function squash(text: string): string {
  return text.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/** The organization a contact names; `id()` finds or creates it, only when it is needed. */
export interface OrganizationRef {
  name: string
  id: () => string
}

export interface MergeResult {
  /** Fields that gained something. */
  changes: string[]
  /** Fields where the file says something else and the explorer's value stays. */
  kept: string[]
}

/**
 * Merges one contact into a person without losing anything the explorer
 * wrote: empty fields are filled, new emails, phones and tags are added,
 * notes are appended when new, and a name, title, organization or LinkedIn
 * address already set is kept (listed in `kept`). Connection, its note and
 * the source are never touched. Mutates `person`.
 */
export function mergeContact(
  person: WorkingPerson,
  contact: ImportedContact,
  organization: OrganizationRef | null,
  currentOrganizationName: string | null,
  warnings: RowWarnings,
): MergeResult {
  const changes: string[] = []
  const kept: string[] = []
  const row = contact.line
  const sameName = fold(tidy(contact.name)) === fold(person.name)
  if (!sameName) kept.push('name')
  // A first name from a file that spells the name differently would change
  // how the app greets someone the explorer named themselves.
  if (person.firstName === null && sameName) {
    const firstName = firstNameToStore(person.name, contact.firstName)
    if (firstName) {
      person.firstName = firstName
      changes.push('firstName')
    }
  }
  if (organization) {
    if (person.organizationId === null) {
      person.organizationId = organization.id()
      changes.push('organization')
    } else if (fold(currentOrganizationName ?? '') !== fold(organization.name)) {
      kept.push('organization')
    }
  }
  const title = tidy(contact.title)
  if (title) {
    if (!person.title) {
      person.title = title
      changes.push('title')
    } else if (fold(person.title) !== fold(title)) kept.push('title')
  }
  if (contact.linkedinUrl) {
    if (!person.linkedinUrl) {
      person.linkedinUrl = contact.linkedinUrl
      changes.push('linkedinUrl')
    } else if (linkedinKey(person.linkedinUrl) !== linkedinKey(contact.linkedinUrl)) {
      kept.push('linkedinUrl')
    }
  }
  if (contact.birthday) {
    if (!person.birthday) {
      person.birthday = contact.birthday
      changes.push('birthday')
    } else if (person.birthday !== contact.birthday) kept.push('birthday')
  }
  if (addProfiles(person.profiles, contact.profiles, row, warnings) > 0) changes.push('profiles')
  const lists = [
    ['emails', person.emails, contact.emails, limits.emails, 254, 'email address'],
    ['phones', person.phones, contact.phones, limits.phones, limits.phone, 'phone number'],
    ['tags', person.tags, contact.tags, limits.tags, limits.tag, 'tag'],
    ['websites', person.websites, contact.websites, limits.websites, limits.website, 'web site'],
  ] as const
  for (const [field, list, values, max, itemMax, what] of lists) {
    if (addValues(list, values, max, itemMax, what, row, warnings) > 0) changes.push(field)
  }
  const notes = mergeNotes(person.notes, contact.notes)
  if (notes !== null && notes.length > limits.notes) {
    warnings.add(
      row,
      `the notes would pass ${limits.notes} characters; the file's notes were left out`,
    )
  } else if (notes !== null) {
    person.notes = notes
    changes.push('notes')
  }
  return { changes, kept }
}
