import type { ImportedContact } from '../../formats/contact.ts'
import { linkedinKey } from '../people/linkedin.ts'
import { fold, tidy } from '../text.ts'
import type { WorkingPerson } from './merge.ts'

/** Which key found the person. */
export type MatchedBy = 'linkedin' | 'email' | 'name'

export interface Matcher {
  /** Makes `person` findable by every key it has now (call again after a merge adds keys). */
  add(person: WorkingPerson): void
  /**
   * The person a contact is, by precedence: the LinkedIn profile, then any
   * email address (case-insensitive), then name and organization (folded).
   */
  find(
    contact: ImportedContact,
    organizationName: string,
  ): { person: WorkingPerson; by: MatchedBy } | null
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
 * An in-memory index of the explorer's people, loaded once per import so a
 * 30,000-row file never asks the database 30,000 times. When two people share
 * a key, the first one added (the oldest) wins.
 *
 * @example
 * const matcher = personMatcher((id) => names.get(id) ?? null)
 * for (const p of people) matcher.add(p)
 * matcher.find(contact, 'Analytical Engines')?.by // 'linkedin'
 */
export function personMatcher(organizationNameOf: (id: string) => string | null): Matcher {
  const byLinkedin = new Map<string, WorkingPerson>()
  const byEmail = new Map<string, WorkingPerson>()
  // Most names are unique: one person per key, a list only when they are not.
  const byName = new Map<string, WorkingPerson | WorkingPerson[]>()
  const setOnce = (map: Map<string, WorkingPerson>, key: string | null, p: WorkingPerson) => {
    if (key !== null && !map.has(key)) map.set(key, p)
  }
  return {
    add(person) {
      setOnce(byLinkedin, person.linkedinUrl ? linkedinKey(person.linkedinUrl) : null, person)
      for (const email of person.emails) setOnce(byEmail, email.toLowerCase(), person)
      const organization = person.organizationId
        ? (organizationNameOf(person.organizationId) ?? '')
        : ''
      const key = nameKey(person.name, organization)
      const present = byName.get(key)
      if (!present) byName.set(key, person)
      else if (!Array.isArray(present)) {
        if (present !== person) byName.set(key, [present, person])
      } else if (!present.includes(person)) present.push(person)
    },
    find(contact, organizationName) {
      const profile = contact.linkedinUrl ? linkedinKey(contact.linkedinUrl) : null
      const byProfile = profile ? byLinkedin.get(profile) : undefined
      if (byProfile) return { person: byProfile, by: 'linkedin' }
      for (const email of contact.emails) {
        const found = byEmail.get(email.toLowerCase())
        if (found) return { person: found, by: 'email' }
      }
      // Two people of the same name at the same place with different
      // profiles are two people.
      const named = byName.get(nameKey(contact.name, organizationName))
      const candidates = named === undefined ? [] : Array.isArray(named) ? named : [named]
      const person = candidates.find(
        (p) => !profile || !p.linkedinUrl || linkedinKey(p.linkedinUrl) === profile,
      )
      return person ? { person, by: 'name' } : null
    },
  }
}
