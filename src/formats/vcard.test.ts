import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures/corpus.ts'
import { ValidationError } from '../core/errors.ts'
import { parseVcards, splitEscaped, unescapeText } from './vcard.ts'
import { decodeQuotedPrintable } from './vcard-property.ts'

const parseFixture = (path: string) => parseVcards(fixture(path).bytes)
const vcf = (...lines: string[]) => new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)

/** True when some fold (CRLF or LF, then a space) sits inside a UTF-8 sequence. */
function foldsInsideCharacters(bytes: Uint8Array): boolean {
  for (let i = 1; i + 2 < bytes.length; i++) {
    const eol = bytes[i] === 0x0a ? 1 : bytes[i] === 0x0d && bytes[i + 1] === 0x0a ? 2 : 0
    if (eol === 0) continue
    const before = bytes[i - 1] ?? 0
    const after = bytes[i + eol + 1] ?? 0
    if (bytes[i + eol] === 0x20 && before >= 0x80 && after >= 0x80 && after < 0xc0) return true
  }
  return false
}

describe('parseVcards, vCard 2.1', () => {
  it('decodes quoted-printable UTF-8 whose soft breaks split a character', () => {
    const { bytes } = fixture('vcard/android-2.1-quoted-printable.vcf')
    expect(new TextDecoder().decode(bytes)).toMatch(/=D0=\r\n=B4/)
    const parsed = parseVcards(bytes)
    expect(parsed.contacts[0]).toMatchObject({
      line: 1,
      name: 'Олена Ковальчук-Шевченко (Київ, відділ продажів)',
      firstName: 'Олена',
      lastName: 'Ковальчук-Шевченко',
      organization: 'Київстар',
      phones: ['+380441234567'],
      emails: ['olena@example.org'],
      notes: 'Line one\nLine two, with a comma\n\nImported details:\n- Department: Продажі',
    })
    expect(parsed.warnings).toEqual([
      'Kept in the notes under "Imported details" (no field holds them): ORG (2 rows).',
    ])
  })

  it('reads bare parameters, 2.1 escapes and commas that are not separators', () => {
    const grace = parseFixture('vcard/android-2.1-quoted-printable.vcf').contacts[1]
    expect(grace).toMatchObject({
      name: 'Grace Hopper',
      organization: 'Smith; Sons',
      phones: ['+1 555 0100'],
      tags: ['Navy,Computing'],
    })
  })

  it("reads Outlook's Windows-1252 card, skipping its picture, and warns once", () => {
    const parsed = parseFixture('vcard/outlook-2.1.vcf')
    expect(parsed.contacts).toEqual([
      expect.objectContaining({
        name: 'Jürgen Müller',
        firstName: 'Jürgen',
        lastName: 'Müller',
        organization: 'Müller & Söhne GmbH',
        title: 'Geschäftsführer',
        emails: ['juergen.mueller@example.de'],
        phones: ['+49 30 1234567'],
      }),
    ])
    expect(parsed.encoding).toBe('windows-1252')
    expect(parsed.contacts[0]?.details).toEqual([
      { label: 'Department', value: 'Vertrieb' },
      { label: 'Address (work)', value: 'Hauptstraße 1\n10115 Berlin' },
    ])
    expect(parsed.warnings).toEqual([
      'Line 3: N is not UTF-8 and was read as Windows-1252; check accented names.',
      'Kept in the notes under "Imported details" (no field holds them): ORG (1 row), LABEL (1 row).',
      'Left out (a picture, sound or key; coffeechat keeps none): X-MS-CARDPICTURE (1 row).',
    ])
    expect(parsed.contacts[0]?.raw['X-MS-CARDPICTURE']).toBeUndefined()
    expect(parsed.contacts[0]?.raw.LABEL).toBe('Hauptstraße 1\r\n10115 Berlin')
  })
})

describe('parseVcards, vCard 3.0 and 4.0', () => {
  it('reads several Apple cards, groups, X-SOCIALPROFILE and folds inside characters', () => {
    const { bytes } = fixture('vcard/apple-3.0.vcf')
    expect(foldsInsideCharacters(bytes)).toBe(true)
    const parsed = parseVcards(bytes)
    expect(parsed.contacts[0]).toMatchObject({
      line: 1,
      name: 'Ada Lovelace',
      organization: 'Analytical Engines, Ltd.',
      title: 'Engineer',
      emails: ['ada@example.org'],
      phones: ['+44 20 7946 0000'],
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1a2b3c',
      notes: `Met at PyCon\nFollow up re: mentorship — 晓航 suggested asking about ${'the path into hardware '.repeat(3)}\n\nImported details:\n- Department: R&D`,
    })
    expect(parsed.contacts[1]).toMatchObject({
      name: `👾 Raphael Konterman🔸 — ${'彭炘淓'.repeat(12)}`,
      firstName: '👾 Raphael',
      lastName: 'Konterman🔸',
    })
    expect(parsed.warnings).toEqual([
      'Kept in the notes under "Imported details" (no field holds them): ORG (1 row).',
      'Left out (the label of a value stored as a field): X-ABLABEL (1 row).',
      'Left out (a picture, sound or key; coffeechat keeps none): PHOTO (1 row).',
    ])
  })

  it("skips Apple's company card with a reason", () => {
    expect(parseFixture('vcard/apple-3.0.vcf').skipped).toEqual([
      { row: 20, reason: 'a company card (Globex Corporation), not a person' },
    ])
  })

  it("undoes Google's needless escapes, drops its myContacts group and keeps starred as a detail, not a tag", () => {
    expect(parseFixture('vcard/google-3.0.vcf').contacts[0]).toMatchObject({
      name: 'Rp: Wr.no',
      lastName: 'Rp: Wr.no',
      phones: ['+41 31 928 09 60', '+41 79 264 88 66'],
      linkedinUrl: 'https://www.linkedin.com/in/rp-wr',
      tags: [],
      notes: 'Imported details:\n- Google Contacts: starred',
    })
  })

  it('reads 4.0 with LF line ends, BDAY before VERSION, tel: URIs and a fold inside a character', () => {
    const { bytes } = fixture('vcard/vcard-4.0-lf.vcf')
    expect(bytes.includes(0x0d)).toBe(false)
    expect(foldsInsideCharacters(bytes)).toBe(true)
    expect(parseVcards(bytes).contacts[0]).toMatchObject({
      name: 'Grace Hopper',
      firstName: 'Grace',
      phones: ['+1-555-555-0100'],
      emails: ['grace@example.mil'],
      linkedinUrl: 'https://www.linkedin.com/in/ghopper',
      tags: ['Navy', 'Computing, early'],
      notes: '申し訳ありませんが、来週の木曜日はいかがでしょうか。'.repeat(2),
      birthday: '1906-12-09',
    })
  })

  it('reads a UTF-16 file', () => {
    const parsed = parseFixture('vcard/utf16.vcf')
    expect(parsed.contacts[0]?.name).toBe('Élodie Lefèvre')
    expect(parsed.encoding).toBe('utf-16le')
  })

  it('reports a nameless card, a line that is no property and a missing END:VCARD', () => {
    const parsed = parseFixture('vcard/broken.vcf')
    expect(parsed.skipped).toEqual([
      { row: 1, reason: 'the card has no name (FN or N) and no email address' },
    ])
    expect(parsed.contacts).toMatchObject([
      { line: 6, name: 'Alan Turing', emails: ['alan@example.org'] },
    ])
    expect(parsed.warnings).toEqual([
      'The card starting on line 6 has no END:VCARD; it was read up to the end of the file.',
      'Line 8: not a vCard property (no ":"), ignored.',
    ])
  })

  it('builds a name from N when FN is missing, and falls back to the email', () => {
    const parsed = parseVcards(
      vcf(
        'BEGIN:VCARD',
        'VERSION:3.0',
        'N:Hopper;Grace;Brewster;Dr.;PhD',
        'END:VCARD',
        'BEGIN:VCARD',
        'VERSION:3.0',
        'EMAIL:x@example.org',
        'END:VCARD',
      ),
    )
    expect(parsed.contacts.map((c) => c.name)).toEqual([
      'Grace Brewster Hopper PhD',
      'x@example.org',
    ])
    expect(parsed.warnings).toEqual([
      'Row 5: the card has no name, so its email address stands in for it.',
    ])
  })

  it('reads quoted parameters with RFC 6868 escapes and leaves out invalid emails', () => {
    const parsed = parseVcards(
      vcf(
        'BEGIN:VCARD',
        'VERSION:4.0',
        'FN;X-NOTE="a;b:^\'c^\'":Ada',
        'EMAIL:not-an-email',
        'END:VCARD',
      ),
    )
    expect(parsed.contacts[0]?.name).toBe('Ada')
    expect(parsed.warnings).toEqual([
      'Row 1: EMAIL is not an email address, left out ("not-an-email").',
    ])
  })

  it('refuses a file without cards', () => {
    expect(() => parseVcards(new TextEncoder().encode('FN:Ada\r\n'))).toThrow(ValidationError)
    expect(() => parseVcards(new TextEncoder().encode('FN:Ada\r\n'))).toThrow(/No vCard was found/)
  })
})

describe('value helpers', () => {
  it('splits on separators that are not escaped, even after an escaped backslash', () => {
    expect(splitEscaped('x\\\\;y\\;z;w', ';')).toEqual(['x\\\\', 'y\\;z', 'w'])
    expect(splitEscaped('e\\\\f\\\\,g', ',')).toEqual(['e\\\\f\\\\', 'g'])
  })

  it('unescapes the RFC escapes and the common invalid \\:', () => {
    expect(unescapeText('a\\;b\\,c\\\\d\\ne\\Nf\\:g\\x')).toBe('a;b,c\\d\ne\nf:g\\x')
  })

  it('decodes quoted-printable to bytes, keeping a stray "="', () => {
    expect(new TextDecoder().decode(decodeQuotedPrintable('Andr=C3=A9 =3D x= y'))).toBe(
      'André = x= y',
    )
  })
})
