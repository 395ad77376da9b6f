import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeLinkedinUrl } from '../core/people/linkedin.ts'
import { isEmailAddress } from './contact.ts'
import { parseVcards } from './vcard.ts'
import { foldLine, type VcardPerson, writeVcard, writeVcards } from './vcard-write.ts'

const ada: VcardPerson = {
  id: '0190a5c8-1f0c-7a7e-9d1b-4a709a5e0c2f',
  name: 'Ada Lovelace',
  firstName: 'Ada',
  organization: 'Analytical Engines, Ltd.',
  title: 'Engineer',
  emails: ['ada@example.org'],
  phones: ['+44 20 7946 0000'],
  linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1a2b3c',
  notes: 'Met at PyCon\nFollow up re: mentorship',
  tags: ['Informational interview', 'Fintech'],
  birthday: '1815-12-10',
  websites: ['https://ada.example.org/notes'],
  profiles: [
    { service: 'Mastodon', address: 'https://hachyderm.example/@ada' },
    { service: 'Skype, work', address: 'skype:ada.lovelace' },
  ],
  updatedAt: '2026-03-01T12:00:00.000Z',
}

const encoder = new TextEncoder()
const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

describe('writeVcard', () => {
  it('writes the vCard 3.0 of FORMATS.md §3.6', () => {
    expect(writeVcard(ada)).toBe(
      [
        'BEGIN:VCARD',
        'VERSION:3.0',
        'PRODID:-//coffeechat//coffeechat export//EN',
        'UID:urn:uuid:0190a5c8-1f0c-7a7e-9d1b-4a709a5e0c2f',
        'FN:Ada Lovelace',
        'N:Lovelace;Ada;;;',
        'ORG:Analytical Engines\\, Ltd.',
        'TITLE:Engineer',
        'EMAIL;TYPE=INTERNET:ada@example.org',
        'TEL:+44 20 7946 0000',
        'URL;TYPE=linkedin:https://www.linkedin.com/in/ada-lovelace-1a2b3c',
        'BDAY:1815-12-10',
        'URL:https://ada.example.org/notes',
        'X-SOCIALPROFILE;TYPE=Mastodon:https://hachyderm.example/@ada',
        'IMPP;X-SERVICE-TYPE="Skype, work":skype:ada.lovelace',
        'NOTE:Met at PyCon\\nFollow up re: mentorship',
        'CATEGORIES:Informational interview,Fintech',
        'REV:2026-03-01T12:00:00Z',
        'END:VCARD',
        '',
      ].join('\r\n'),
    )
  })

  it('leaves out what a person does not have, and greets by the first word when there is no first name', () => {
    const card = writeVcard({
      ...ada,
      firstName: null,
      organization: null,
      title: '',
      emails: [],
      phones: [],
      linkedinUrl: null,
      notes: '',
      tags: [],
      birthday: null,
      websites: [],
      profiles: [],
      updatedAt: undefined,
    })
    expect(card).toBe(
      'BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//coffeechat//coffeechat export//EN\r\n' +
        'UID:urn:uuid:0190a5c8-1f0c-7a7e-9d1b-4a709a5e0c2f\r\nFN:Ada Lovelace\r\nN:Lovelace;Ada;;;\r\nEND:VCARD\r\n',
    )
  })

  it('folds at 75 octets with CRLF + space, never inside a character', () => {
    const card = writeVcard({ ...ada, notes: `${'晓航👾é'.repeat(40)}\nnext line` })
    const physical = card.split('\r\n').slice(0, -1)
    expect(physical.length).toBeGreaterThan(10)
    for (const line of physical) {
      const bytes = encoder.encode(line)
      expect(bytes.length).toBeLessThanOrEqual(75)
      expect(() => strictUtf8.decode(bytes)).not.toThrow()
    }
    expect(
      card
        .replace(/\r\n /g, '')
        .split('\r\n')
        .every((l) => !l.includes('\n')),
    ).toBe(true)
  })
})

describe('foldLine', () => {
  it('leaves a line of 75 octets alone and folds the 76th', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('moves a four-byte emoji whole to the next line', () => {
    expect(foldLine(`${'x'.repeat(73)}👾`)).toBe(`${'x'.repeat(73)}\r\n 👾`)
  })
})

/** Characters that vCard escaping, folding and decoding must get right. */
const tricky = fc.constantFrom(
  '\\',
  ',',
  ';',
  ':',
  '\n',
  '\r',
  ' ',
  '\t',
  '"',
  '=',
  'n',
  'a',
  'é',
  '👾',
  '晓',
  '🇺🇦',
  '\u00a0',
)
const text = (maxLength: number) =>
  fc.oneof(fc.string({ unit: 'binary', maxLength }), fc.string({ unit: tricky, maxLength }))

/** Text the app can hold in a one-line field: trimmed, no line breaks. */
const oneLine = (maxLength: number) =>
  text(maxLength)
    .map((s) => s.replace(/[\r\n]/g, ' ').trim())
    .filter((s) => s !== '')

const slug = fc
  .tuple(fc.stringMatching(/^[a-z0-9-]{1,30}$/), fc.string({ unit: 'binary', maxLength: 4 }))
  .map(([ascii, unicode]) => `https://www.linkedin.com/in/${ascii}${encodeURIComponent(unicode)}`)
  .filter((url) => normalizeLinkedinUrl(url) === url)

const uniqueFolded = (items: fc.Arbitrary<string>, maxLength: number) =>
  fc.uniqueArray(items, { maxLength, selector: (s) => s.toLowerCase() })

const person: fc.Arbitrary<VcardPerson> = fc.record({
  id: fc.uuid(),
  name: oneLine(200),
  firstName: fc.option(oneLine(100), { nil: null }),
  organization: fc.option(oneLine(200), { nil: null }),
  title: fc.oneof(fc.constant(''), oneLine(300)),
  emails: uniqueFolded(fc.emailAddress().filter(isEmailAddress), 3),
  phones: uniqueFolded(
    oneLine(40).filter((p) => !/^tel:/i.test(p)),
    3,
  ),
  linkedinUrl: fc.option(slug, { nil: null }),
  notes: text(500),
  tags: uniqueFolded(
    oneLine(60).filter((t) => t.toLowerCase() !== 'mycontacts'),
    5,
  ),
  birthday: fc.option(
    fc
      .tuple(
        fc.oneof(fc.constant('-'), fc.integer({ min: 1700, max: 2020 }).map(String)),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    { nil: null },
  ),
  websites: uniqueFolded(
    fc.webUrl().filter((u) => normalizeLinkedinUrl(u) === null && !/\\/.test(u)),
    3,
  ),
  profiles: fc.uniqueArray(
    fc.record({
      // A service named like a vCard type (`home`, `pref`) would read as that type.
      service: oneLine(60).filter((s) => !/^(pref|internet|voice|x400|home|work|other)$/i.test(s)),
      address: fc.oneof(
        fc.webUrl().filter((u) => normalizeLinkedinUrl(u) === null && !/\\/.test(u)),
        fc.emailAddress().map((e) => `xmpp:${e}`),
      ),
    }),
    { maxLength: 3, selector: (p) => `${p.service.toLowerCase()} ${p.address.toLowerCase()}` },
  ),
})

describe('writeVcards → parseVcards', () => {
  it('reads our own export back without losing anything', () => {
    fc.assert(
      fc.property(fc.array(person, { minLength: 1, maxLength: 5 }), (people) => {
        const parsed = parseVcards(encoder.encode(writeVcards(people)))
        // Only our own bookkeeping (PRODID, UID, REV) is not kept, and the report says so.
        expect(parsed.warnings).toEqual([])
        expect(parsed.columns.every((c) => ['PRODID', 'UID', 'REV'].includes(c.name))).toBe(true)
        expect(parsed.skipped).toEqual([])
        expect(parsed.contacts).toHaveLength(people.length)
        parsed.contacts.forEach((contact, i) => {
          const p = people[i] as VcardPerson
          expect(contact).toMatchObject({
            name: p.name,
            firstName: p.firstName ?? p.name.split(/\s/u)[0],
            organization: p.organization ?? '',
            title: p.title,
            emails: p.emails,
            phones: p.phones,
            linkedinUrl: p.linkedinUrl,
            notes: p.notes.replace(/\r\n?/g, '\n'),
            tags: p.tags,
            birthday: p.birthday,
            websites: p.websites,
            profiles: p.profiles,
          })
        })
      }),
      { numRuns: 300 },
    )
  })
})
