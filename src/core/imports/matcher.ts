import type { ImportedContact } from '../../formats/contact.ts'
import { linkedinKey } from '../people/linkedin.ts'
import { fold, tidy } from '../text.ts'
import { IdList, IntList, KeyTable } from './compact.ts'

/** Which key found the person. */
export type MatchedBy = 'linkedin' | 'email' | 'name'

/** What the matcher knows of a person: only the fields its keys are made of. */
export interface PersonKeys {
  id: string
  name: string
  organizationId: string | null
  linkedinUrl: string | null
  emails: readonly string[]
}

/** A person the matcher knows, by its place in the index. */
export type Slot = number

export interface Matcher {
  /**
   * Makes a person findable by every key it has now and returns its slot;
   * call again with the slot after a merge adds keys.
   */
  add(person: PersonKeys, slot?: Slot): Slot
  /**
   * The person a contact is, by precedence: the LinkedIn profile, then any
   * email address (case-insensitive), then name and organization (folded).
   */
  find(contact: ImportedContact, organizationName: string): { slot: Slot; by: MatchedBy } | null
  /** The id of the person at `slot`. */
  idOf(slot: Slot): string
}

/**
 * The key of a name at an organization: both folded (accents and case
 * ignored), so "Renée Roux, ACME" and "renee roux, Acme" are one person.
 *
 * @example nameKey('Ada  Lovelace', 'Analytical Engines') === nameKey('ada lovelace', 'ANALYTICAL ENGINES') // true
 */
export function nameKey(name: string, organizationName: string): string {
  return `${fold(tidy(name))}${separator}${fold(tidy(organizationName))}`
}

/** Between the name and the organization of a name key. */
const separator = '\u0001'

/**
 * An in-memory index of the explorer's people (and those an import creates),
 * loaded once per import so a 100,000-row file never asks the database once
 * per row. It holds only keys, an id and a profile per person, never the
 * whole person, and those in typed arrays (see `compact.ts`): memory grows
 * by some 130 bytes per person (a LinkedIn export's), none of it objects
 * for the garbage collector, and whoever needs the rest of a person found
 * here reads it by id. When two people share a key, the first one added
 * (the oldest) wins.
 *
 * @example
 * const matcher = personMatcher((id) => names.get(id) ?? null)
 * for (const p of people) matcher.add(p)
 * matcher.find(contact, 'Analytical Engines')?.by // 'linkedin'
 */
export function personMatcher(organizationNameOf: (id: string) => string | null): Matcher {
  const ids = new IdList()
  // The person's profile key, to tell two people of one name apart: its
  // entry in byLinkedin, `none` without a LinkedIn address (or an empty
  // key), `unreadable` with one that has no key.
  const profiles = new IntList(none)
  // Each key's value is the first slot that had it.
  const byLinkedin = new KeyTable()
  const byEmail = new KeyTable()
  // Most names are unique: one slot per key; -(i + 1) for sameNames[i]
  // when not. A name key is held as the folded name and the organization's
  // number (`organizations`), in byName; one whose name or organization has
  // the separator in it is held whole, as `nameKey` makes it, in byFullName,
  // so two keys meet exactly when the two `nameKey`s are equal.
  const byName = new KeyTable()
  const byFullName = new KeyTable()
  const organizations = new KeyTable()
  const sameNames: Slot[][] = []
  const nameEntry = (
    name: string,
    organizationName: string,
    adding: boolean,
  ): { keys: KeyTable; key: string } | null => {
    const person = fold(tidy(name))
    const organization = fold(tidy(organizationName))
    if (person.includes(separator) || organization.includes(separator)) {
      return { keys: byFullName, key: `${person}${separator}${organization}` }
    }
    let number = organizations.find(organization)
    if (number < 0) {
      // No one is at an organization of that name yet.
      if (!adding) return null
      number = organizations.add(organization, 0)
    }
    const code = String.fromCharCode(
      (number >>> 24) & 0xff,
      (number >>> 16) & 0xff,
      (number >>> 8) & 0xff,
      number & 0xff,
    )
    return { keys: byName, key: person + code }
  }
  const slotsNamed = (keys: KeyTable, entry: number): readonly Slot[] => {
    if (entry < 0) return []
    const value = keys.value(entry)
    return value >= 0 ? [value] : (sameNames[-value - 1] ?? [])
  }
  const addName = (keys: KeyTable, key: string, slot: Slot) => {
    const entry = keys.find(key)
    if (entry < 0) keys.add(key, slot)
    else {
      const present = keys.value(entry)
      if (present >= 0) {
        if (present !== slot) keys.setValue(entry, -sameNames.push([present, slot]))
      } else {
        const list = sameNames[-present - 1]
        if (list && !list.includes(slot)) list.push(slot)
      }
    }
  }
  const addOnce = (keys: KeyTable, key: string, slot: Slot): number => {
    const entry = keys.find(key)
    return entry >= 0 ? entry : keys.add(key, slot)
  }
  return {
    add(person, known) {
      const slot = known ?? ids.push(person.id)
      const profile = person.linkedinUrl ? linkedinKey(person.linkedinUrl) : null
      profiles.set(
        slot,
        profile
          ? addOnce(byLinkedin, profile, slot)
          : person.linkedinUrl && profile === null
            ? unreadable
            : none,
      )
      for (const email of person.emails) addOnce(byEmail, email.toLowerCase(), slot)
      const organization = person.organizationId
        ? (organizationNameOf(person.organizationId) ?? '')
        : ''
      // Never null when adding.
      const named = nameEntry(person.name, organization, true)
      if (named) addName(named.keys, named.key, slot)
      return slot
    },
    find(contact, organizationName) {
      const profile = contact.linkedinUrl ? linkedinKey(contact.linkedinUrl) : null
      const profileEntry = profile ? byLinkedin.find(profile) : -1
      if (profileEntry >= 0) return { slot: byLinkedin.value(profileEntry), by: 'linkedin' }
      for (const email of contact.emails) {
        const found = byEmail.find(email.toLowerCase())
        if (found >= 0) return { slot: byEmail.value(found), by: 'email' }
      }
      // Two people of the same name at the same place with different
      // profiles are two people. (Anyone with this contact's profile was
      // found by it above.)
      const named = nameEntry(contact.name, organizationName, false)
      const candidates = named ? slotsNamed(named.keys, named.keys.find(named.key)) : []
      const slot = candidates.find((s) => !profile || profiles.get(s) === none)
      return slot === undefined ? null : { slot, by: 'name' }
    },
    idOf: (slot) => ids.get(slot),
  }
}

/** A person without a LinkedIn profile key. */
const none = -1
/** The profile of an address that is no LinkedIn profile: equal to no contact's. */
const unreadable = -2
