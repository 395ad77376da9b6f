import { describe, expect, it } from 'vitest'
import { adaInAddressBooks, fixture } from '../../test/fixtures/corpus.ts'
import { readImport } from './import.ts'

/** Reads a fixture as an upload named like its file. */
const read = (path: string) =>
  readImport(fixture(path).bytes, { filename: path.slice(path.lastIndexOf('/') + 1) })

describe('a Thunderbird address book CSV', () => {
  it('is Thunderbird, not Outlook, and keeps both emails and the organization', async () => {
    const parsed = await read('thunderbird/thunderbird-address-book.csv')
    expect(parsed.format).toBe('thunderbird')
    expect(parsed.contacts[0]).toMatchObject({
      ...adaInAddressBooks,
      phones: ['+44 7700 900123', '+44 20 7946 0000'],
      source: 'Thunderbird',
      birthday: '1815-12-10',
      websites: ['https://ada.example.org'],
    })
    expect(parsed.contacts[0]?.details).toEqual([
      { label: 'Nickname', value: 'Countess' },
      { label: 'Fax Number', value: '+44 20 7946 0001' },
      { label: 'Work Address', value: '12 St James Square' },
      { label: 'Work City', value: 'London' },
      { label: 'Work Country', value: 'United Kingdom' },
      { label: 'Department', value: 'R&D' },
      { label: 'Custom 1', value: 'Met at PyCon' },
    ])
    expect(parsed.contacts[0]?.notes).toMatch(
      /^Ask about the path into hardware\n\nImported details:\n- Nickname: Countess\n/,
    )
    expect(parsed.contacts[1]).toMatchObject({
      name: 'grace@example.mil',
      emails: ['grace@example.mil'],
    })
    expect(parsed.warnings).toContain(
      'Kept in the notes under "Imported details" (no field holds them): Nickname (1 row), Fax Number (1 row), Work Address (1 row), Work City (1 row), Work Country (1 row), Department (1 row), Custom 1 (1 row).',
    )
  })
})

describe('a Roundcube CSV', () => {
  it('is read by its own columns: Email Home and Email Work are kept', async () => {
    const parsed = await read('roundcube/roundcube-contacts.csv')
    expect(parsed.format).toBe('roundcube')
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Jürgen Müller',
      organization: 'Müller & Söhne GmbH',
      title: 'Geschäftsführer',
      emails: ['juergen@example.de', 'j.mueller@example.com'],
      phones: ['+49 170 1234567'],
      linkedinUrl: 'https://www.linkedin.com/in/juergen-mueller',
      tags: ['Kunden'],
      source: 'Roundcube',
      birthday: '1971-01-20',
      websites: ['https://blog.example.de'],
      profiles: [{ service: 'Jabber', address: 'juergen@jabber.example.de' }],
    })
    expect(parsed.contacts[0]?.details).toEqual([])
  })
})

describe("LinkedIn's Imported Contacts.csv", () => {
  it('is imported as the address book it is, phones unpacked', async () => {
    const parsed = await read('linkedin/Imported Contacts.csv')
    expect(parsed.format).toBe('linkedin-contacts')
    expect(parsed.contacts.map((c) => [c.line, c.name, c.emails, c.phones])).toEqual([
      [2, 'Rajeev Mathur', [], ['+917838552215']],
      [3, 'Bs', [], ['+919971412036', '+91 99714 12036']],
      [4, 'Rachna Jain', ['rachna@example.org'], []],
      [5, 'only.an.address@example.org', ['only.an.address@example.org'], []],
    ])
    expect(parsed.contacts[2]).toMatchObject({
      organization: 'Acme Corp',
      title: 'Buyer',
      source: 'LinkedIn imported contacts',
    })
    expect(parsed.contacts[0]?.details).toEqual([
      { label: 'Created At', value: '6/20/15, 12:02 AM' },
    ])
  })
})

describe('a UTF-8 file with a few bytes that are not UTF-8', () => {
  it('decodes value by value: UTF-8 names stay whole, and the report names the row', async () => {
    const parsed = await read('outlook/mostly-utf8-with-bad-bytes.csv')
    expect(parsed.encoding).toBe('utf-8')
    expect(parsed.contacts.map((c) => [c.name, c.organization])).toEqual([
      ['José Müller', 'Añil S.L.'],
      ['Zoë O’Brien', 'Crème Ltd'],
      ['Łukasz Żółw', 'Kraków Labs'],
    ])
    expect(parsed.warnings).toContain(
      'Line 3 holds bytes that are not UTF-8; they were read as Windows-1252 (the rest of the file is UTF-8). Check the names on that line.',
    )
  })
})

describe('UTF-16 without a byte order mark', () => {
  it('reads a little-endian vCard', async () => {
    const parsed = await read('vcard/utf16le-no-bom.vcf')
    expect(parsed.encoding).toBe('utf-16le')
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Élodie Lefèvre',
      emails: ['elodie@example.fr'],
    })
  })

  it('reads a big-endian CSV', async () => {
    const parsed = await read('outlook/utf16be-no-bom.csv')
    expect(parsed.encoding).toBe('utf-16be')
    expect(parsed.contacts.map((c) => [c.name, c.organization, c.emails])).toEqual([
      ['Олена Коваль', 'Київстар', ['olena@example.org']],
      ['Grace Hopper', 'US Navy', ['grace@example.mil']],
    ])
    expect(parsed.warnings[0]).toMatch(/UTF-16BE/)
  })
})

describe('vCard 2.1 cards with AGENT cards inside', () => {
  it('reads the nested cards as people and keeps the properties after them', async () => {
    const parsed = await read('vcard/agent-2.1.vcf')
    expect(parsed.rows).toBe(4)
    expect(
      parsed.contacts.map((c) => [c.line, c.name, c.organization, c.emails, c.phones]),
    ).toEqual([
      [1, 'Ada Lovelace', 'Analytical Engines', ['ada@example.org'], []],
      [6, 'Charles Babbage', '', [], ['+44 20 7946 0100']],
      [16, 'Grace Hopper', '', ['grace@example.mil'], []],
      [19, 'Mary Hawes', '', ['mary@example.mil'], []],
    ])
    expect(parsed.contacts[0]?.title).toBe('Engineer')
    expect(parsed.warnings).toContain(
      'Left out (the card inside it is imported as a person of its own): AGENT (2 rows).',
    )
  })
})

describe('values beyond the first, and Google system groups', () => {
  it('keeps a second ORG and TITLE and every other property in the notes, and no system group as a tag', async () => {
    const parsed = await read('vcard/second-org-title.vcf')
    const mai = parsed.contacts[0]
    expect(mai).toMatchObject({
      organization: 'Saigon Studio',
      title: 'Designer',
      tags: ['Mentors'],
      birthday: '1990-04-30',
      websites: ['https://mai.example.vn'],
    })
    expect(mai?.profiles.map((p) => p.address)).toEqual(['skype:mai.tran', 'https://x.com/maitran'])
    expect(mai?.details).toEqual([
      { label: 'Department', value: 'Design' },
      { label: 'Another organization', value: 'Hanoi Makers' },
      { label: 'Another title', value: 'Mentor' },
      { label: 'Role', value: 'Organiser' },
      { label: 'Nickname', value: 'Mai T.' },
      { label: 'Address (Home)', value: '1 Lê Lợi, Quận 1, Hồ Chí Minh, Việt Nam' },
      { label: 'Google Contacts', value: 'starred' },
      { label: 'X-CUSTOM-FIELD', value: 'Met through the design meetup' },
    ])
    expect(mai?.notes).toBe(
      ['Imported details:', ...(mai?.details ?? []).map((d) => `- ${d.label}: ${d.value}`)].join(
        '\n',
      ),
    )
  })
})
