import { describe, expect, it } from 'vitest'
import { adaInAddressBooks, fixture } from '../../test/fixtures/corpus.ts'
import { parseContactsCsv, parseGoogleCsv, parseOutlookCsv } from './contacts-csv.ts'
import { decodeText } from './decode.ts'

const parseFixture = (path: string) => parseContactsCsv(decodeText(fixture(path).bytes))
const decoded = (text: string) => decodeText(new TextEncoder().encode(text))

describe('Google Contacts CSV', () => {
  const parsed = parseFixture('google/google-csv.csv')

  it('unpacks " ::: " values, finds the LinkedIn address among websites and keeps multi-line notes', () => {
    expect(parsed.format).toBe('google')
    expect(parsed.contacts[0]).toMatchObject({
      ...adaInAddressBooks,
      phones: ['+41319280960', '+41792648866'],
      notes:
        'Met at PyCon.\nAsk about her path into engineering.\n\nImported details:\n' +
        '- Organization Department: R&D\n' +
        '- Photo: https://lh3.googleusercontent.com/contacts/AHx9synthetic',
      tags: ['Mentors'],
      source: 'Google Contacts',
      birthday: '--12-10',
    })
  })

  it('drops the "* " marker and the myContacts system group from labels, keeps starred as a detail, not a tag', () => {
    expect(parsed.contacts[1]).toMatchObject({
      name: '🎮Jireh 彭炘淓',
      tags: ['ältere'],
      notes: 'Imported details:\n- Google Contacts: starred',
    })
  })

  it('names a contact by its email when it has no name, and says so', () => {
    expect(parsed.contacts[2]).toMatchObject({ line: 5, name: 'no.name@example.org' })
    expect(parsed.warnings).toEqual([
      'Row 5: no name, so the email address stands in for it.',
      'Kept in the notes under "Imported details" (no field holds them): Organization Department (1 row), Photo (1 row).',
      'Left out (it only describes the values beside it): E-mail 1 - Label (2 rows), Phone 1 - Label (1 row), Website 1 - Label (1 row).',
    ])
  })

  it('skips an organization-only contact with a reason', () => {
    expect(parsed.skipped).toEqual([
      { row: 6, reason: "only an organization (Globex Corporation), no person's name or email" },
    ])
    expect(parsed.encoding).toBe('utf-8-bom')
  })

  it('reads the legacy UTF-16LE layout with its Name column and "* My Contacts" group', () => {
    const legacy = parseFixture('google/google-csv-legacy-utf16.csv')
    expect(legacy.encoding).toBe('utf-16le')
    expect(legacy.contacts).toMatchObject([
      {
        name: 'Олена Коваль',
        firstName: 'Олена',
        lastName: 'Коваль',
        organization: 'Київстар',
        title: 'Product Owner',
        emails: ['olena@example.org'],
        phones: ['+380 44 123 4567'],
        tags: ['Alumni'],
      },
      { name: 'Grace Hopper', linkedinUrl: 'https://www.linkedin.com/in/ghopper', tags: [] },
    ])
  })

  it('refuses an Outlook file when asked for Google', () => {
    expect(() => parseGoogleCsv(decodeText(fixture('outlook/outlook-com.csv').bytes))).toThrow(
      /No Google Contacts header/,
    )
  })
})

describe('Outlook CSV', () => {
  it("reads Google's Outlook CSV: ';' categories, a multi-line quoted address in between", () => {
    const parsed = parseFixture('google/google-outlook-csv.csv')
    expect(parsed.format).toBe('outlook')
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Ada Lovelace',
      organization: 'Analytical Engines, Ltd.',
      title: 'Engineer',
      emails: ['ada@example.org'],
      phones: ['+41 79 264 88 66'],
      tags: [],
      notes:
        'Imported details:\n- Home Address: Rue du Marché 1\n  Genève\n- Google Contacts: starred',
    })
    expect(parsed.contacts[1]).toMatchObject({ line: 4, name: 'Grace Hopper' })
  })

  it('reads the quoted, Windows-1252 desktop export and leaves out an Exchange X.500 address', () => {
    const parsed = parseFixture('outlook/outlook-desktop.csv')
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Jürgen Müller',
      organization: 'Müller & Söhne GmbH',
      title: 'Geschäftsführer – Vertrieb',
      emails: ['juergen.mueller@example.de'],
      phones: ['+49 170 1234567', '+49 30 1234567'],
      linkedinUrl: 'https://www.linkedin.com/in/juergen-mueller',
      notes: 'Met at the Hannover fair.\nFollow up in spring.\n\nImported details:\n- Title: Dr.',
      tags: ['Kunden', 'Mentoren'],
      source: 'Outlook',
    })
    expect(parsed.contacts[1]?.emails).toEqual(['grace@example.mil'])
    expect(parsed.warnings).toEqual([
      expect.stringMatching(/Windows-1252/),
      expect.stringMatching(
        /^Row 4: an email column holds something that is not an email address.*\/o=ExchangeLabs/,
      ),
      'Kept in the notes under "Imported details" (no field holds them): Title (1 row).',
      'Left out (it only describes the values beside it): E-mail Type (2 rows), E-mail Display Name (1 row), Gender (2 rows), Priority (2 rows), Private (1 row), Sensitivity (2 rows), E-mail 2 Type (1 row).',
    ])
  })

  it.each([
    {
      what: 'Outlook.com and its Personal Web Page',
      path: 'outlook/outlook-com.csv',
      first: {
        name: 'Mai Trần',
        organization: 'Saigon Studio',
        title: 'Designer',
        linkedinUrl: 'https://www.linkedin.com/in/d%C3%A9sir%C3%A9e-tran-77c1',
        notes: 'Introduced by Ada\n\nImported details:\n- Nickname: Mai',
      },
    },
    {
      what: 'German headers',
      path: 'outlook/outlook-german.csv',
      first: {
        name: 'Käthe Schröder',
        organization: 'Bäckerei Schröder',
        title: 'Inhaberin',
        emails: ['kaethe@example.de'],
        phones: ['+49 151 2345678'],
        tags: ['Handwerk'],
        notes: 'Über die IHK kennengelernt\n\nImported details:\n- Anrede: Frau',
      },
    },
    {
      what: 'French headers, taking the second "Titre" as the job title',
      path: 'outlook/outlook-french.csv',
      first: {
        name: 'Élodie Lefèvre',
        organization: 'Crème & Co',
        title: 'Directrice artistique',
        emails: ['elodie@example.fr'],
      },
    },
  ])('reads $what', ({ path, first }) => {
    expect(parseFixture(path).contacts[0]).toMatchObject(first)
  })

  it('uses a semicolon delimiter when the header has one', () => {
    const parsed = parseOutlookCsv(
      decoded(
        'First Name;Last Name;E-mail Address;Company\nAda;Lovelace;ada@example.org;Engines, Ltd.',
      ),
    )
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Ada Lovelace',
      organization: 'Engines, Ltd.',
    })
  })

  it('skips a row with nothing to name anyone by', () => {
    const parsed = parseOutlookCsv(
      decoded('First Name,Last Name,E-mail Address,Notes\n,,,just a note'),
    )
    expect(parsed.skipped).toEqual([{ row: 2, reason: 'no name and no email address' }])
    expect(parsed.rows).toBe(1)
  })
})
