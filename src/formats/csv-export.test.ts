import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  type ConversationCsvRow,
  guardFormula,
  type OrganizationCsvRow,
  type PersonCsvRow,
  writeConversationsCsv,
  writeOrganizationsCsv,
  writePeopleCsv,
} from './csv-export.ts'

const person: PersonCsvRow = {
  name: 'Wei Leong, Ph.D.',
  firstName: 'Wei',
  organization: 'Analytical "Engines", Ltd.',
  title: 'Executive Producer',
  careers: ['Product management', 'Data science'],
  connection: 'linkedin',
  connectionNote: 'both studied maths in Bonn',
  source: 'LinkedIn',
  linkedinUrl: 'https://www.linkedin.com/in/goran-stipeti%C4%87-5b837a2a0',
  emails: ['wei@example.org', 'w.leong@example.com'],
  phones: ['+41 31 928 09 60'],
  tags: ['mentor', '晓航 👾'],
  referredBy: null,
  notes: 'First line\nsecond line, with "quotes"',
  createdAt: '2026-01-05T10:00:00.000Z',
  updatedAt: '2026-01-06T10:00:00.000Z',
}

const readBack = (csv: string) => parse(csv, { bom: true })

describe('writePeopleCsv', () => {
  it('writes a BOM, CRLF line ends and RFC 4180 quoting that a CSV reader gets back exactly', () => {
    const csv = writePeopleCsv([person])
    expect(csv.startsWith('\uFEFFName,First name,Organization,Title,Careers,')).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const [header, row] = readBack(csv)
    expect(header).toHaveLength(16)
    expect(row).toEqual([
      'Wei Leong, Ph.D.',
      'Wei',
      'Analytical "Engines", Ltd.',
      'Executive Producer',
      'Product management; Data science',
      'linkedin',
      'both studied maths in Bonn',
      'LinkedIn',
      'https://www.linkedin.com/in/goran-stipeti%C4%87-5b837a2a0',
      'wei@example.org; w.leong@example.com',
      '+41 31 928 09 60',
      'mentor; 晓航 👾',
      '',
      'First line\nsecond line, with "quotes"',
      '2026-01-05T10:00:00.000Z',
      '2026-01-06T10:00:00.000Z',
    ])
  })

  it('quotes a cell with a bare line break even with CRLF record ends', () => {
    expect(writePeopleCsv([person])).toContain('"First line\nsecond line, with ""quotes"""')
  })

  it('can leave out the BOM and use LF', () => {
    const csv = writePeopleCsv([person], { bom: false, lineEnding: 'lf' })
    expect(csv.startsWith('Name,')).toBe(true)
    expect(csv.includes('\r\n')).toBe(false)
  })

  it('defuses formulas a spreadsheet would run', () => {
    const [, row] = readBack(
      writePeopleCsv([
        { ...person, name: '=HYPERLINK("http://evil.example","x")', title: '@SUM(A1)' },
      ]),
    )
    expect(row?.[0]).toBe('\'=HYPERLINK("http://evil.example","x")')
    expect(row?.[3]).toBe("'@SUM(A1)")
  })
})

describe('guardFormula', () => {
  it.each([
    ['+41 31 928 09 60', '+41 31 928 09 60'],
    ['-42', '-42'],
    ['+cmd|" /C calc"!A0', '\'+cmd|" /C calc"!A0'],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['\tTAB', "'\tTAB"],
    ['plain', 'plain'],
    [3, 3],
    [null, null],
  ])('%j → %j', (value, expected) => {
    expect(guardFormula(value)).toBe(expected)
  })
})

describe('writeOrganizationsCsv', () => {
  it('writes LAMP columns and career names', () => {
    const organization: OrganizationCsvRow = {
      name: 'Ελληνικά Δεδομένα Α.Ε.',
      website: 'https://example.gr',
      industry: 'Data',
      advocacy: true,
      motivation: 3,
      posting: null,
      careers: [
        { id: 'c1', name: 'Data science' },
        { id: 'c2', name: 'Policy' },
      ],
      peopleCount: 2,
      notes: '',
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
    }
    const [header = [], row = []] = readBack(writeOrganizationsCsv([organization]))
    const cells = header.map((column: string, i: number) => [column, row[i]])
    expect(cells.slice(0, 8)).toEqual([
      ['Name', 'Ελληνικά Δεδομένα Α.Ε.'],
      ['Website', 'https://example.gr'],
      ['Industry', 'Data'],
      ['Advocacy', 'yes'],
      ['Motivation', '3'],
      ['Posting', ''],
      ['Careers', 'Data science; Policy'],
      ['People', '2'],
    ])
  })
})

describe('writeConversationsCsv', () => {
  it('writes the instant, the local time and its zone', () => {
    const conversation: ConversationCsvRow = {
      person: 'Ada Lovelace',
      organization: null,
      careers: ['Hardware'],
      status: 'scheduled',
      scheduledAt: '2026-03-10T14:00:00.000Z',
      scheduledLocal: '2026-03-10T15:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 30,
      format: 'video',
      place: 'https://example.zoom.us/j/123',
      notes: '',
      createdAt: '2026-03-01T12:00:00.000Z',
      updatedAt: '2026-03-01T12:00:00.000Z',
    }
    const [header, row] = readBack(writeConversationsCsv([conversation]))
    expect(Object.fromEntries((header ?? []).map((h, i) => [h, row?.[i]]))).toMatchObject({
      Person: 'Ada Lovelace',
      Organization: '',
      Status: 'scheduled',
      'Scheduled (UTC)': '2026-03-10T14:00:00.000Z',
      'Scheduled (local)': '2026-03-10T15:00',
      'Time zone': 'Europe/Berlin',
      Minutes: '30',
      Format: 'video',
    })
  })

  it('writes just the header for no conversations', () => {
    expect(readBack(writeConversationsCsv([]))).toHaveLength(1)
  })
})
