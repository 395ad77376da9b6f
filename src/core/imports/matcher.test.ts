import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { blankContact, type ImportedContact } from '../../formats/contact.ts'
import { linkedinKey } from '../people/linkedin.ts'
import { type Matcher, nameKey, type PersonKeys, personMatcher, type Slot } from './matcher.ts'

/**
 * The matcher as it was before its keys moved into typed arrays
 * (`compact.ts`): Maps of strings, word for word. The oracle the compact
 * one must answer exactly like.
 */
function mapMatcher(organizationNameOf: (id: string) => string | null): Matcher {
  const ids: string[] = []
  const profiles: Array<string | null> = []
  const byLinkedin = new Map<string, Slot>()
  const byEmail = new Map<string, Slot>()
  const byName = new Map<string, Slot | Slot[]>()
  const unreadable = '\u0000'
  const setOnce = (map: Map<string, Slot>, key: string | null, slot: Slot) => {
    if (key !== null && !map.has(key)) map.set(key, slot)
  }
  return {
    add(person, known) {
      const slot = known ?? ids.length
      if (known === undefined) ids.push(person.id)
      const profile = person.linkedinUrl ? linkedinKey(person.linkedinUrl) : null
      profiles[slot] = profile !== null ? profile : person.linkedinUrl ? unreadable : null
      setOnce(byLinkedin, profile === null ? null : (profiles[slot] ?? null), slot)
      for (const email of person.emails) setOnce(byEmail, email.toLowerCase(), slot)
      const organization = person.organizationId
        ? (organizationNameOf(person.organizationId) ?? '')
        : ''
      const key = nameKey(person.name, organization)
      const present = byName.get(key)
      if (present === undefined) byName.set(key, slot)
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
      const named = byName.get(nameKey(contact.name, organizationName))
      const candidates = named === undefined ? [] : Array.isArray(named) ? named : [named]
      const slot = candidates.find((s) => !profile || !profiles[s] || profiles[s] === profile)
      return slot === undefined ? null : { slot, by: 'name' }
    },
    idOf: (slot) => ids[slot] ?? '',
  }
}

/** A contact as a file's row gives it; only the fields the matcher reads matter. */
function contact(name: string, linkedinUrl: string | null, emails: string[]): ImportedContact {
  return { ...blankContact(2, 'LinkedIn'), name, linkedinUrl, emails }
}

/** Someone already in coffeechat, the `n`th of the ids below, as the matcher is given them. */
function known(
  n: number,
  name: string,
  organizationId: string,
  linkedinUrl: string | null,
  emails: string[] = [],
): PersonKeys {
  return { id: ids(n), name, organizationId, linkedinUrl, emails }
}

const organizationNames = new Map([
  ['org-acme', 'ACME'],
  ['org-acme-accent', 'Acmé'],
  ['org-engines', 'Analytical  Engines, Ltd.'],
  ['org-separator', 'a\u0001b'],
  ['org-blank', ''],
  // With the name 'x\u0001y' at 'z', the same key as 'x' here: one person, as before.
  ['org-y-z', 'y\u0001z'],
])
const organizationNameOf = (id: string) => organizationNames.get(id) ?? null

const names = [
  'Ada Lovelace',
  'ada  lovelace',
  ' ADA\tLOVELACE ',
  'Renée Roux',
  'renee roux',
  'Rene\u0301e Roux',
  'RENÉE ROUX',
  '李 晓航',
  'ﬁona',
  'Ada\u0001',
  'x\u0001y',
  'x',
  '',
]
const organizationIds = [null, ...organizationNames.keys(), 'org-unknown']
const organizationsAsWritten = [
  '',
  'acme',
  'ACMÉ',
  'Acme',
  'analytical engines, ltd.',
  'a',
  'b',
  'z',
]
const urls = [
  null,
  '',
  'https://www.linkedin.com/in/ada-lovelace',
  'linkedin.com/in/Ada-Lovelace/?trk=x',
  'https://www.linkedin.com/in/d%C3%A9sir%C3%A9e',
  'https://www.linkedin.com/in/DÉSIRÉE',
  'https://www.linkedin.com/in/%E0%A4%A',
  'https://www.linkedin.com/in/bob',
  'https://example.com/in/ada-lovelace',
  'not an address',
]
const emails = ['ada@example.org', 'ADA@Example.ORG', 'bob@example.org', 'İnci@example.org', '']
const ids = (n: number) =>
  n % 3 === 0
    ? `019abcd2-7e3f-7c1a-9b2e-${n.toString(16).padStart(12, '0')}`
    : n % 3 === 1
      ? `person-${n}`
      : `019ABCD2-7E3F-7C1A-9B2E-${n.toString(16).padStart(12, '0')}`

const keys = fc.record({
  name: fc.constantFrom(...names),
  organizationId: fc.constantFrom(...organizationIds),
  linkedinUrl: fc.constantFrom(...urls),
  emails: fc.array(fc.constantFrom(...emails), { maxLength: 3 }),
})
const operation = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), keys }),
  // What a merge does: the person at a slot gains keys and is added again.
  fc.record({ kind: fc.constant('merge' as const), at: fc.nat(), keys }),
  fc.record({
    kind: fc.constant('find' as const),
    keys,
    organization: fc.constantFrom(...organizationsAsWritten, ...organizationNames.values()),
  }),
)

describe('personMatcher', () => {
  it('answers every find exactly as the Map-based matcher did, whatever was added before', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 20, maxLength: 80 }), (operations) => {
        const compact = personMatcher(organizationNameOf)
        const oracle = mapMatcher(organizationNameOf)
        const people: PersonKeys[] = []
        for (const op of operations) {
          if (op.kind === 'add') {
            const person = { id: ids(people.length), ...op.keys }
            people.push(person)
            expect(compact.add(person)).toBe(oracle.add(person))
          } else if (op.kind === 'merge') {
            const slot = op.at % Math.max(people.length, 1)
            const before = people[slot]
            if (!before) continue
            const person = {
              ...before,
              name: op.keys.name || before.name,
              linkedinUrl: before.linkedinUrl ?? op.keys.linkedinUrl,
              emails: [...before.emails, ...op.keys.emails],
            }
            people[slot] = person
            expect(compact.add(person, slot)).toBe(oracle.add(person, slot))
          } else {
            const row = contact(op.keys.name, op.keys.linkedinUrl, op.keys.emails)
            expect(compact.find(row, op.organization)).toEqual(oracle.find(row, op.organization))
          }
        }
        for (let slot = -1; slot <= people.length; slot++) {
          expect(compact.idOf(slot)).toBe(oracle.idOf(slot))
        }
      }),
      { numRuns: 400, seed: 20261203 },
    )
  })

  it('finds by profile in any spelling, then by email in any case, then by name and organization folded', () => {
    const matcher = personMatcher(organizationNameOf)
    const ada = matcher.add(
      known(0, 'Ada Lovelace', 'org-engines', 'https://www.linkedin.com/in/ada-lovelace', [
        'Ada@Example.org',
      ]),
    )
    const renee = matcher.add(known(1, 'Renée Roux', 'org-acme', null))
    const profile = contact('Someone Else', 'linkedin.com/in/ADA-LOVELACE/', [])
    expect(matcher.find(profile, '')).toEqual({ slot: ada, by: 'linkedin' })
    expect(matcher.find(contact('Someone', null, ['ada@EXAMPLE.org']), '')).toEqual({
      slot: ada,
      by: 'email',
    })
    expect(matcher.find(contact('renee  ROUX', null, []), 'acme')).toEqual({
      slot: renee,
      by: 'name',
    })
    expect(matcher.find(contact('Renée Roux', null, []), 'Northwind')).toBeNull()
    expect(matcher.idOf(renee)).toBe(ids(1))
  })

  it('keeps two people of one name at one organization apart when their profiles differ', () => {
    const matcher = personMatcher(organizationNameOf)
    const first = matcher.add(
      known(0, 'Ada Lovelace', 'org-acme', 'https://www.linkedin.com/in/ada-one'),
    )
    const other = contact('Ada Lovelace', 'https://www.linkedin.com/in/ada-two', [])
    expect(matcher.find(other, 'ACME')).toBeNull()
    const second = matcher.add(known(1, 'Ada Lovelace', 'org-acme', other.linkedinUrl))
    expect(matcher.find(other, 'ACME')).toEqual({ slot: second, by: 'linkedin' })
    // A row without a profile is the oldest of the name.
    expect(matcher.find(contact('ada lovelace', null, []), 'acme')).toEqual({
      slot: first,
      by: 'name',
    })
  })

  it('takes no one whose LinkedIn address has no profile for a row with a profile', () => {
    const matcher = personMatcher(organizationNameOf)
    matcher.add(known(0, 'Ada Lovelace', 'org-acme', 'https://example.com/in/ada-lovelace'))
    const row = contact('Ada Lovelace', 'https://www.linkedin.com/in/ada-lovelace', [])
    expect(matcher.find(row, 'ACME')).toBeNull()
    expect(matcher.find(contact('Ada Lovelace', null, []), 'ACME')).toEqual({ slot: 0, by: 'name' })
  })

  it('meets a name key with the separator in it where the joined key was equal before', () => {
    const matcher = personMatcher(organizationNameOf)
    // 'x' at 'y\u0001z' and 'x\u0001y' at 'z' made the same key, 'x\u0001y\u0001z'.
    const slot = matcher.add(known(0, 'x', 'org-y-z', null))
    expect(matcher.find(contact('x\u0001y', null, []), 'z')).toEqual({ slot, by: 'name' })
    expect(matcher.find(contact('x', null, []), 'y')).toBeNull()
  })
})
