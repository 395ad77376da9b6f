import type { ImportedContact } from '../../formats/contact.ts'
import { linkedinKey } from '../people/linkedin.ts'
import { fold, tidy } from '../text.ts'

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
  return `${fold(tidy(name))}\u0001${fold(tidy(organizationName))}`
}

/**
 * An in-memory index of the explorer's people (and those an import creates),
 * loaded once per import so a 100,000-row file never asks the database once
 * per row. It holds only keys, an id and a profile per person, never the
 * whole person: memory grows by a few hundred bytes per person, and whoever
 * needs the rest of a person found here reads it by id. When two people
 * share a key, the first one added (the oldest) wins.
 *
 * @example
 * const matcher = personMatcher((id) => names.get(id) ?? null)
 * for (const p of people) matcher.add(p)
 * matcher.find(contact, 'Analytical Engines')?.by // 'linkedin'
 */
export function personMatcher(organizationNameOf: (id: string) => string | null): Matcher {
  const ids: string[] = []
  // The person's profile key, to tell two people of one name apart:
  // null without a LinkedIn address, `unreadable` with one that has no key.
  const profiles: Array<string | null> = []
  const byLinkedin = new Map<string, Slot>()
  const byEmail = new Map<string, Slot>()
  // Most names are unique: one slot per key, a list only when they are not.
  const byName = new Map<string, Slot | Slot[]>()
  const setOnce = (map: Map<string, Slot>, key: string | null, slot: Slot) => {
    if (key !== null && !map.has(key)) map.set(key, slot)
  }
  return {
    add(person, known) {
      const slot = known ?? ids.length
      // A flat copy: an id built by concatenation would keep its pieces alive.
      if (known === undefined) ids.push(flat(person.id))
      const profile = person.linkedinUrl ? linkedinKey(person.linkedinUrl) : null
      profiles[slot] = profile !== null ? flat(profile) : person.linkedinUrl ? unreadable : null
      setOnce(byLinkedin, profile === null ? null : (profiles[slot] ?? null), slot)
      for (const email of person.emails) setOnce(byEmail, flat(email.toLowerCase()), slot)
      const organization = person.organizationId
        ? (organizationNameOf(person.organizationId) ?? '')
        : ''
      const key = nameKey(person.name, organization)
      const present = byName.get(key)
      if (present === undefined) byName.set(flat(key), slot)
      else if (!Array.isArray(present)) {
        if (present !== slot) byName.set(key, [present, slot])
      } else if (!present.includes(slot)) present.push(slot)
      return slot
    },
    find(contact, organizationName) {
      const profile = contact.linkedinUrl ? linkedinKey(contact.linkedinUrl) : null
      const byProfile = profile ? byLinkedin.get(profile) : undefined
      if (byProfile !== undefined) return { slot: byProfile, by: 'linkedin' }
      for (const email of contact.emails) {
        const found = byEmail.get(email.toLowerCase())
        if (found !== undefined) return { slot: found, by: 'email' }
      }
      // Two people of the same name at the same place with different
      // profiles are two people.
      const named = byName.get(nameKey(contact.name, organizationName))
      const candidates = named === undefined ? [] : Array.isArray(named) ? named : [named]
      const slot = candidates.find((s) => !profile || !profiles[s] || profiles[s] === profile)
      return slot === undefined ? null : { slot, by: 'name' }
    },
    idOf: (slot) => ids[slot] ?? '',
  }
}

/** The profile of an address that is no LinkedIn profile: equal to no contact's. */
const unreadable = '\u0000'

/** The string as one flat sequence, so a key kept for the whole import holds no slices of bigger strings. */
function flat(text: string): string {
  // A JSON round trip copies into a sequential string (lone surrogates included).
  return text.length === 0 ? text : JSON.parse(JSON.stringify(text))
}
