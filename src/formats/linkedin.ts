import { parse } from 'csv-parse/sync'
import {
  blankContact,
  cleanNotes,
  cleanText,
  type ImportedContact,
  type ImportParse,
  isEmailAddress,
  joinName,
  linkedinUrlOf,
  refuse,
} from './contact.ts'
import {
  type CsvFormatReader,
  type CsvRecord,
  columnIndex,
  parseCsvWhole,
  type ScannedLine,
  type TableShape,
} from './csv-table.ts'
import { parseConnectedOn } from './dates.ts'
import type { DecodedText } from './decode.ts'
import { type DetailsLedger, detailsLedger, withDetails } from './details.ts'
import type { RowWarnings } from './row-warnings.ts'

/** Header names (lower case) per field; aliases seen in real or pre-processed files. */
const columns = {
  firstName: ['first name', 'de-identified first name'],
  lastName: ['last name', 'de-identified last name'],
  url: ['url', 'profile url'],
  email: ['email address'],
  company: ['company'],
  position: ['position'],
  connectedOn: ['connected on'],
} as const

type Field = keyof typeof columns
const fields: Field[] = [
  'firstName',
  'lastName',
  'url',
  'email',
  'company',
  'position',
  'connectedOn',
]

/**
 * True when header cells are those of a Connections.csv of any era since
 * 2018 (6, 7 or 9 columns, reordered, trimmed by the user, or with extra
 * columns): `Connected On` is there, or a name with Company and Position.
 *
 * @example isConnectionsHeader(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On']) // true
 */
export function isConnectionsHeader(cells: string[]): boolean {
  const names = new Set(cells.map((c) => c.toLowerCase()))
  if (names.has('connected on')) return true
  const hasName = [...columns.firstName, ...columns.lastName].some((n) => names.has(n))
  return hasName && names.has('company') && names.has('position')
}

/**
 * Reads LinkedIn's Connections.csv as decoded text: every header era since
 * 2018, the `Notes:` preamble (quoted or not, padded with commas by Excel),
 * `,` `;` or TAB delimiters, and Excel's date rewrites. Columns are mapped by
 * header name. Rows without any name are skipped with a reason; values that
 * cannot be used (a `urn:li:member` email, a date in no known shape) are left
 * out with a warning, and the row is kept.
 *
 * @example
 * const csv = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAda,Lovelace,,,Engines,Engineer,09 Oct 2024'
 * parseLinkedinConnections(decodeText(new TextEncoder().encode(csv))).contacts[0]?.connectedOn // '2024-10-09'
 */
export function parseLinkedinConnections(decoded: DecodedText): ImportParse {
  return parseCsvWhole(decoded, (scanned, warnings) => linkedinReader(scanned, warnings))
}

/**
 * The reader of a Connections.csv's rows, from the first lines of the file:
 * finds the header among them (or refuses the file) and maps each record to
 * a contact by column name, or to the reason it is skipped.
 *
 * @example linkedinReader(scanLines(head), rowWarnings()).header.line // 4
 */
export function linkedinReader(scanned: ScannedLine[], warnings: RowWarnings): CsvFormatReader {
  const header = scanned.find((l) => isConnectionsHeader(l.cells))
  if (!header) throw refuse(missingHeaderMessage(scanned.map((l) => l.cells)))
  const table = { header: header.cells, headerLine: header.line, delimiter: header.delimiter }
  const index = fieldIndex(table)
  const ledger = detailsLedger()
  return {
    format: 'linkedin',
    header,
    read(record) {
      const cells = unwrapRecord(record, table, warnings)
      return toContact(record.line, cells, table.header, index, warnings, ledger)
    },
    columns: () => ledger.list(),
    fileNotes: () => ledger.sentences(),
  }
}

function fieldIndex(table: TableShape): Partial<Record<Field, number>> {
  const byName = columnIndex(table.header)
  const index: Partial<Record<Field, number>> = {}
  for (const field of fields) {
    const at = columns[field].map((n) => byName.get(n)).find((i) => i !== undefined)
    if (at !== undefined) index[field] = at
  }
  if (index.firstName === undefined && index.lastName === undefined) {
    throw refuse(
      `The header on line ${table.headerLine} has no First Name or Last Name column, ` +
        'so no one could be named. Import the Connections.csv LinkedIn sent, unedited.',
    )
  }
  return index
}

/**
 * A whole row wrapped in one quoted field (`"Laura,Herbst,,…"`, a tool's
 * re-save seen in real files) is split back into its cells.
 */
function unwrapRecord(record: CsvRecord, table: TableShape, warnings: RowWarnings): string[] {
  const only = record.cells.length === 1 ? record.cells[0] : undefined
  if (only === undefined || table.header.length < 6 || !only.includes(table.delimiter)) {
    return record.cells
  }
  try {
    const options = { delimiter: table.delimiter, ltrim: true, rtrim: true, relax_quotes: true }
    const cells = parse(only, options)[0]
    if (cells && cells.length > 1) {
      warnings.add(record.line, 'the whole row was wrapped in quotes; it was unwrapped')
      return cells
    }
  } catch {
    // Not a row after all: read it as it is.
  }
  return record.cells
}

function toContact(
  line: number,
  cells: string[],
  header: string[],
  index: Partial<Record<Field, number>>,
  warnings: RowWarnings,
  ledger: DetailsLedger,
): ImportedContact | string {
  const cell = (field: Field) => {
    const at = index[field]
    return at === undefined ? '' : (cells[at] ?? '')
  }
  const contact = blankContact(line, 'LinkedIn')
  header.forEach((name, i) => {
    contact.raw[name] = cells[i] ?? ''
  })
  contact.firstName = cleanText(cell('firstName'))
  contact.lastName = cleanText(cell('lastName'))
  contact.name = joinName(contact.firstName, contact.lastName)
  if (!contact.name) {
    return 'no first or last name (LinkedIn empties the names of deleted or restricted members)'
  }
  if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
    warnings.add(
      line,
      'the row has more cells than the header has columns; the extra cells were ignored',
    )
  }
  const url = cell('url').trim()
  contact.linkedinUrl = linkedinUrlOf(url)
  if (url && !contact.linkedinUrl) {
    warnings.add(line, 'URL is not a LinkedIn profile address, left out', url)
  }
  const email = cleanText(cell('email'))
  if (isEmailAddress(email)) contact.emails.push(email)
  else if (email) warnings.add(line, 'Email Address is not an email address, left out', email)
  contact.organization = meaningful(cleanText(cell('company')))
  contact.title = meaningful(cleanText(cell('position')))
  const connectedOn = cell('connectedOn').trim()
  contact.connectedOn = connectedOn ? parseConnectedOn(connectedOn) : null
  if (connectedOn && !contact.connectedOn) {
    warnings.add(line, 'Connected On is not a date, left empty', connectedOn)
  }
  // Columns of older eras (Address, Websites, Instant Messengers) or added by the explorer.
  const mapped = new Set(Object.values(index))
  header.forEach((name, i) => {
    const value = cleanNotes(cells[i])
    if (mapped.has(i) || !value) return
    contact.details.push({ label: name, value })
    ledger.kept(name)
  })
  contact.notes = withDetails(contact.notes, contact.details)
  return contact
}

/** Placeholders with no letter or digit (`-`, `.`) carry nothing. */
function meaningful(value: string): string {
  return /[\p{L}\p{N}]/u.test(value) ? value : ''
}

/**
 * Why no Connections.csv header was found, telling a file of headerless
 * connection rows (a re-save that dropped the header) from anything else.
 *
 * @example missingHeaderMessage([['Ada', 'Lovelace', '', '', 'Engines', 'Eng', '09 Oct 2024']]) // 'The file holds connections but no header line, …'
 */
export function missingHeaderMessage(lines: string[][]): string {
  const expected = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On'
  return looksLikeDataRows(lines)
    ? 'The file holds connections but no header line, so its columns cannot be told apart. ' +
        `Add the header (${expected}) as the first line, or import the Connections.csv LinkedIn sent.`
    : `No LinkedIn header line (${expected}) was found in the first 10 lines.`
}

/**
 * True when some lines look like Connections.csv rows (four or more cells
 * ending in a date).
 *
 * @example looksLikeDataRows([['Ada', 'Lovelace', '', 'Engines', 'Eng', '09 Oct 2024']]) // true
 */
export function looksLikeDataRows(lines: string[][]): boolean {
  return lines.some((cells) => {
    const last = cells[cells.length - 1]
    return cells.length >= 4 && last !== undefined && parseConnectedOn(last) !== null
  })
}
