import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures/corpus.ts'
import { largeConnectionsCsv } from '../../test/fixtures/linkedin-rows.ts'
import { ValidationError } from '../core/errors.ts'
import type { ImportedContact } from './contact.ts'
import { decodeText } from './decode.ts'
import { readImport } from './import.ts'
import { parseLinkedinConnections } from './linkedin.ts'

const parseFixture = (path: string) => parseLinkedinConnections(decodeText(fixture(path).bytes))
const parseText = (text: string) =>
  parseLinkedinConnections(decodeText(new TextEncoder().encode(text)))
const byName = (contacts: ImportedContact[], name: string) => {
  const found = contacts.find((c) => c.name === name)
  if (!found)
    throw new Error(`no contact named ${name}; have ${contacts.map((c) => c.name).join(' | ')}`)
  return found
}

describe('parseLinkedinConnections, current raw export', () => {
  const parsed = parseFixture('linkedin/Connections-2026.csv')

  it('reads every row after the Notes preamble, numbered by file line', () => {
    expect(parsed.format).toBe('linkedin')
    expect(parsed.rows).toBe(12)
    expect(parsed.contacts[0]).toMatchObject({
      line: 5,
      name: 'Ada Lovelace',
      firstName: 'Ada',
      lastName: 'Lovelace',
      organization: 'Analytical Engines, Ltd.',
      title: 'Engineer',
      linkedinUrl: 'https://www.linkedin.com/in/ada-lovelace-1a2b3c',
      connectedOn: '2026-01-05',
      emails: [],
      source: 'LinkedIn',
    })
    expect(parsed.contacts.at(-1)).toMatchObject({
      line: 16,
      name: 'Grace Hopper',
      connectedOn: '2013-07-13',
    })
  })

  it('skips the deleted member with a reason and its line', () => {
    expect(parsed.skipped).toEqual([
      { row: 10, reason: expect.stringMatching(/no first or last name.*deleted or restricted/) },
    ])
    expect(parsed.rows).toBe(parsed.contacts.length + parsed.skipped.length)
  })

  it('keeps emoji, flags, variation selectors, CJK, Greek and Vietnamese exactly', () => {
    expect(byName(parsed.contacts, '👾 Raphael Konterman🔸').lastName).toBe('Konterman🔸')
    expect(byName(parsed.contacts, '晓航 李')).toMatchObject({
      organization: 'Ελληνικά Δεδομένα Α.Ε.',
      title: 'Data Scientist™',
    })
    expect(byName(parsed.contacts, 'Olena Linnik🇺🇦').lastName).toBe('Linnik🇺🇦')
    expect(byName(parsed.contacts, 'Sam Malik ↗️').lastName).toBe('Malik ↗\uFE0F')
    expect(byName(parsed.contacts, 'Mai Trần').emails).toEqual(['mai.tran@example.org'])
  })

  it('keeps credentials with commas in the last name and quotes in the position', () => {
    expect(byName(parsed.contacts, 'Wei Leong, Ph.D.')).toMatchObject({
      lastName: 'Leong, Ph.D.',
      title: 'Executive Producer, "Connections" and Live Events',
    })
    expect(byName(parsed.contacts, 'Kacey (Khanh) Wijaya, PMP').organization).toBe(
      'Peh 彭炘淓 & Partners',
    )
  })

  it('turns TAB and NBSP into spaces, trims, and drops placeholder companies, keeping the raw values', () => {
    const igor = byName(parsed.contacts, 'Igor Sew')
    expect(igor).toMatchObject({
      firstName: 'Igor',
      lastName: 'Sew',
      organization: '',
      title: 'Freelance',
    })
    expect(igor.raw).toMatchObject({ 'First Name': 'Igor\t', 'Last Name': 'Sew ', Company: ' -' })
    expect(byName(parsed.contacts, 'Anand ( Andy ) BSC,MBA,PMP®, ITIL®').lastName).toBe(
      'BSC,MBA,PMP®, ITIL®',
    )
  })

  it('keeps percent-encoded slugs as they are and positions LinkedIn cut at 100 characters', () => {
    expect(byName(parsed.contacts, 'Wei Leong, Ph.D.').linkedinUrl).toBe(
      'https://www.linkedin.com/in/goran-stipeti%C4%87-5b837a2a0',
    )
    expect(byName(parsed.contacts, 'Mai Trần').title).toHaveLength(100)
    expect(byName(parsed.contacts, 'Sam Malik ↗️').linkedinUrl).toBeNull()
  })

  it('has nothing to warn about', () => {
    expect(parsed.warnings).toEqual([])
    expect(parsed.encoding).toBe('utf-8')
  })
})

describe('parseLinkedinConnections, every era and Excel re-save yields the same people', () => {
  const baseline = parseFixture('linkedin/Connections-2026.csv').contacts
  const essentials = (c: ImportedContact) => [c.name, c.organization, c.title, c.connectedOn]

  it.each([
    'linkedin/Connections-2022-six-columns.csv',
    'linkedin/Connections-2021-no-preamble.csv',
    'linkedin/Connections-2018-us-dates.csv',
    'linkedin/Connections-2018-nine-columns.csv',
    'linkedin/Connections-quoted-notes-bom-crlf.csv',
    'linkedin/excel-crlf-short-dates.csv',
    'linkedin/excel-csv-utf8-bom.csv',
    'linkedin/excel-unicode-text.txt',
    'linkedin/reordered-extra-columns.csv',
  ])('%s', (path) => {
    const parsed = parseFixture(path)
    expect(parsed.contacts.map(essentials)).toEqual(baseline.map(essentials))
    expect(parsed.skipped).toHaveLength(1)
  })

  it('reads the URL whenever the era had one', () => {
    for (const path of [
      'linkedin/excel-csv-utf8-bom.csv',
      'linkedin/reordered-extra-columns.csv',
    ]) {
      expect(parseFixture(path).contacts.map((c) => c.linkedinUrl)).toEqual(
        baseline.map((c) => c.linkedinUrl),
      )
    }
    expect(
      parseFixture('linkedin/Connections-2022-six-columns.csv').contacts.every(
        (c) => c.linkedinUrl === null,
      ),
    ).toBe(true)
  })
})

describe('parseLinkedinConnections, damaged and unusual files', () => {
  it('drops a urn:li:member in Email Address with a warning naming the row', () => {
    const parsed = parseFixture('linkedin/Connections-2018-us-dates.csv')
    expect(parsed.contacts[0]?.emails).toEqual([])
    expect(parsed.warnings).toEqual([
      'Row 2: Email Address is not an email address, left out ("urn:li:member:664293716").',
    ])
  })

  it('reads a Windows-1252 re-save and says so', () => {
    const parsed = parseFixture('linkedin/excel-windows-1252.csv')
    expect(parsed.contacts[0]).toMatchObject({
      name: 'Marisol Colón',
      title: 'Sales – EMEA',
      connectedOn: '2026-01-05',
    })
    expect(parsed.warnings).toEqual([expect.stringMatching(/Windows-1252/)])
  })

  it('keeps names damaged by an earlier save and warns with the count', () => {
    const parsed = parseFixture('linkedin/excel-damaged-replacement.csv')
    expect(parsed.contacts.map((c) => c.name)).toEqual([
      'Marisol Col\uFFFD',
      'Sam Malik \uFFFD\uFFFD',
      'Grace Hopper',
    ])
    expect(parsed.contacts.map((c) => c.connectedOn)).toEqual([
      '2026-01-05',
      '2025-01-03',
      '2013-07-13',
    ])
    expect(parsed.warnings).toEqual([expect.stringMatching(/already damaged.*3 characters/)])
  })

  it('finds the header behind a preamble Excel padded with commas', () => {
    const parsed = parseFixture('linkedin/excel-padded-notes.csv')
    expect(parsed.contacts[0]).toMatchObject({
      line: 5,
      name: 'Ada Lovelace',
      organization: '',
      connectedOn: '2026-01-05',
    })
  })

  it('reads a Spanish-locale re-save: semicolons, a first name only, mixed date shapes', () => {
    const parsed = parseFixture('linkedin/excel-spanish-semicolon.csv')
    expect(parsed.contacts.map((c) => [c.name, c.organization, c.title, c.connectedOn])).toEqual([
      ['Lucía', 'Muñoz & Cía', 'Directora comercial', '2009-10-30'],
      ['Jorge', 'Telefónica', 'Ingeniero – Redes', '2016-12-01'],
      ['Ana', 'Banco Sur', 'Analista', '2021-02-15'],
      ['Pilar', 'Iberia', 'Piloto', '2019-01-03'],
    ])
  })

  it('unwraps rows a tool wrapped whole in quotes', () => {
    const parsed = parseFixture('linkedin/wrapped-rows.csv')
    expect(parsed.contacts.map((c) => c.name)).toContain('Wei Leong, Ph.D.')
    expect(byName(parsed.contacts, 'Wei Leong, Ph.D.').title).toBe(
      'Executive Producer, "Connections" and Live Events',
    )
    expect(parsed.warnings).toEqual([expect.stringMatching(/^Rows 2, 4, 6.*wrapped in quotes/)])
  })

  it('refuses connections without a header line, saying how to fix it', () => {
    expect(() => parseFixture('linkedin/headerless-wrapped.csv')).toThrow(ValidationError)
    expect(() => parseFixture('linkedin/headerless-wrapped.csv')).toThrow(
      /no header line.*First Name,Last Name,URL/,
    )
  })

  it('refuses a header with no name column', () => {
    expect(() => parseText('Company,Position,Connected On\nNorthwind,Ops,05 Jan 2026')).toThrow(
      /header on line 1 has no First Name or Last Name column/,
    )
  })

  it('keeps a row whose date is unreadable, with one warning for all such rows', () => {
    const parsed = parseText(
      'First Name,Last Name,Connected On\nAda,L,soon\nGrace,H,later\nAlan,T,01 Jan 2026',
    )
    expect(parsed.contacts.map((c) => c.connectedOn)).toEqual([null, null, '2026-01-01'])
    expect(parsed.warnings).toEqual([
      'Rows 2, 3: Connected On is not a date, left empty (e.g. "soon").',
    ])
  })

  it('reports a quote never closed as one skipped row spanning the rest of the file', () => {
    const parsed = parseFixture('linkedin/unclosed-quote.csv')
    expect(parsed.contacts.map((c) => c.line)).toEqual([5, 6])
    expect(parsed.skipped).toEqual([
      { row: 7, reason: expect.stringMatching(/lines 7–8 \(the rest of the file\)/) },
    ])
  })

  it('maps a first name given only as "De-Identified First Name"', () => {
    const parsed = parseFixture('linkedin/reordered-extra-columns.csv')
    expect(parsed.contacts[0]).toMatchObject({
      firstName: 'Ada',
      lastName: 'Lovelace',
      linkedinUrl: expect.stringContaining('ada-lovelace'),
    })
    expect(parsed.contacts[0]?.raw.Tags).toBe('imported')
  })
})

describe('parseLinkedinConnections, size', () => {
  // How fast is the benchmark's business (bench/import.ts); tests never fail on a time.
  it('reads a 30,000-row export whole and streamed alike', async () => {
    const bytes = new TextEncoder().encode(largeConnectionsCsv(30_000))
    const parsed = parseLinkedinConnections(decodeText(bytes))
    expect(parsed.contacts).toHaveLength(30_000)
    expect(parsed.contacts[29_999]).toMatchObject({ line: 30_004, lastName: 'Family29999, PMP' })
    expect(await readImport(bytes, { chunkSize: 4093 })).toEqual(parsed)
  })
})
