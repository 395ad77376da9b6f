import {
  addUnique,
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
  type Columns,
  type ContactsCsvDialect,
  contactsCsvDialect,
} from './contacts-csv-dialects.ts'
import {
  type CsvFormatReader,
  type CsvRecord,
  parseCsvWhole,
  type ScannedLine,
} from './csv-table.ts'
import type { DecodedText } from './decode.ts'
import type { RowWarnings } from './row-warnings.ts'

/** Google's multi-value separator inside one cell. */
const packedSeparator = / ::: /
/** Google's system groups, not labels the explorer made. */
const systemGroups = new Set(['mycontacts', 'my contacts'])

/**
 * Reads a Google Contacts CSV (current and legacy layouts) or an Outlook CSV
 * (desktop, Outlook.com, Google's "Outlook CSV", German and French headers),
 * decoded already (legacy Google exports are UTF-16LE, Outlook writes the
 * Windows code page). The header is looked for in the first 10 lines and
 * columns are mapped by name. `format` restricts the dialects tried.
 *
 * Several values in one cell (` ::: `) become several emails, phones or tags;
 * a LinkedIn address among the websites becomes `linkedinUrl`; a leading
 * `* ` on a label and Google's `myContacts` group are dropped.
 *
 * @example
 * const csv = 'First Name,Last Name,Labels,E-mail 1 - Value\nAda,Lovelace,* myContacts ::: Mentors,ada@example.org'
 * parseContactsCsv(decodeText(new TextEncoder().encode(csv))).contacts[0]?.tags // ['Mentors']
 */
export function parseContactsCsv(decoded: DecodedText, format?: 'google' | 'outlook'): ImportParse {
  return parseCsvWhole(decoded, (scanned, warnings) => contactsCsvReader(scanned, warnings, format))
}

/**
 * The reader of a Google or Outlook CSV's rows, from the first lines of the
 * file: finds a header of a known dialect among them (only `format`'s when
 * given), or refuses the file.
 *
 * @example contactsCsvReader(scanLines(head), rowWarnings()).format // 'google'
 */
export function contactsCsvReader(
  scanned: ScannedLine[],
  warnings: RowWarnings,
  format?: 'google' | 'outlook',
): CsvFormatReader {
  const found = findHeader(scanned, format)
  if (!found) throw refuse(noHeaderMessage(format))
  const { line: header, dialect } = found
  const columns = headerLookup(header.cells)
  return {
    format: dialect.format,
    header,
    read: (record) => toContact(record, header.cells, columns, dialect, warnings),
  }
}

/**
 * A Google Contacts CSV, current or legacy.
 *
 * @example parseGoogleCsv(decodeText(bytes)).format // 'google'
 */
export function parseGoogleCsv(decoded: DecodedText): ImportParse {
  return parseContactsCsv(decoded, 'google')
}

/**
 * An Outlook CSV: desktop, Outlook.com, Google's "Outlook CSV", German or French.
 *
 * @example parseOutlookCsv(decodeText(bytes)).format // 'outlook'
 */
export function parseOutlookCsv(decoded: DecodedText): ImportParse {
  return parseContactsCsv(decoded, 'outlook')
}

function findHeader(
  lines: ScannedLine[],
  format: 'google' | 'outlook' | undefined,
): { line: ScannedLine; dialect: ContactsCsvDialect } | null {
  for (const line of lines) {
    const dialect = contactsCsvDialect(line.cells)
    if (dialect && (format === undefined || dialect.format === format)) return { line, dialect }
  }
  return null
}

type Lookup = Map<string, number[]>

function headerLookup(header: string[]): Lookup {
  const lookup: Lookup = new Map()
  header.forEach((name, i) => {
    const key = name.toLowerCase()
    lookup.set(key, [...(lookup.get(key) ?? []), i])
  })
  return lookup
}

function toContact(
  record: CsvRecord,
  header: string[],
  columns: Lookup,
  dialect: ContactsCsvDialect,
  warnings: RowWarnings,
): ImportedContact | string {
  const { cells, line } = record
  const one = (name: string | undefined, occurrence: 'first' | 'last' = 'first') => {
    const at = name === undefined ? undefined : columns.get(name)
    const i = occurrence === 'first' ? at?.[0] : at?.[at.length - 1]
    return i === undefined ? '' : (cells[i] ?? '')
  }
  const many = (wanted: Columns) => {
    const indexes = Array.isArray(wanted)
      ? wanted.flatMap((name) => columns.get(name)?.slice(0, 1) ?? [])
      : header.flatMap((name, i) =>
          wanted instanceof RegExp && wanted.test(name.toLowerCase()) ? [i] : [],
        )
    return indexes.flatMap((i) => {
      const cell = cells[i] ?? ''
      return (dialect.packed ? cell.split(packedSeparator) : [cell]).map(cleanText).filter(Boolean)
    })
  }
  const contact = blankContact(line, dialect.source)
  header.forEach((name, i) => {
    if (cells[i]) contact.raw[name] = cells[i]
  })
  contact.firstName = cleanText(one(dialect.first))
  contact.lastName = cleanText(one(dialect.last))
  contact.organization = cleanText(one(dialect.organization))
  contact.title = cleanText(one(dialect.title.column, dialect.title.occurrence))
  for (const email of many(dialect.emails)) {
    if (isEmailAddress(email)) addUnique(contact.emails, email)
    else
      warnings.add(
        line,
        'an email column holds something that is not an email address, left out',
        email,
      )
  }
  for (const phone of many(dialect.phones)) addUnique(contact.phones, phone)
  for (const site of many(dialect.websites)) {
    const url = linkedinUrlOf(site)
    if (url && !contact.linkedinUrl) contact.linkedinUrl = url
  }
  contact.notes = cleanNotes(one(dialect.notes))
  for (const tag of one(dialect.tags.column).split(dialect.tags.separator)) {
    const cleaned = cleanText(tag.replace(/^\s*\*\s*/, ''))
    if (cleaned && !systemGroups.has(cleaned.toLowerCase())) addUnique(contact.tags, cleaned)
  }
  const composed = joinName(contact.firstName, cleanText(one(dialect.middle)), contact.lastName)
  const suffix = cleanText(one(dialect.suffix))
  contact.name =
    cleanText(one(dialect.fullName)) ||
    joinName(composed, composed ? suffix : '') ||
    cleanText(one(dialect.nickname)) ||
    cleanText(one(dialect.fileAs))
  if (!contact.name && contact.emails[0]) {
    contact.name = contact.emails[0]
    warnings.add(line, 'no name, so the email address stands in for it')
  }
  if (!contact.name) {
    return contact.organization
      ? `only an organization (${contact.organization}), no person's name or email`
      : 'no name and no email address'
  }
  return contact
}

function noHeaderMessage(format: 'google' | 'outlook' | undefined): string {
  if (format === 'google') {
    return (
      'No Google Contacts header was found in the first 10 lines (expected First Name and ' +
      'Labels or E-mail 1 - Value, or the older Name,Given Name,… layout).'
    )
  }
  if (format === 'outlook') {
    return (
      'No Outlook header was found in the first 10 lines (expected First Name with E-mail ' +
      'Address or a phone column, in English, German or French).'
    )
  }
  return 'No Google Contacts or Outlook header was found in the first 10 lines.'
}
