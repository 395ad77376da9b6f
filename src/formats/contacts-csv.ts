import { ignoredWhy } from './column-mapping.ts'
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
  type ContactsCsvFormat,
  contactsCsvDialect,
} from './contacts-csv-dialects.ts'
import {
  type CsvFormatReader,
  type CsvRecord,
  parseCsvWhole,
  type ScannedLine,
} from './csv-table.ts'
import type { DecodedText } from './decode.ts'
import { type DetailsLedger, detailsLedger, type PlacedDetail, settleDetails } from './details.ts'
import { addProfile, birthdayOf, birthdayOfParts, isWebsite, serviceOf } from './person-fields.ts'
import type { RowWarnings } from './row-warnings.ts'

/** Google's system groups, not labels the explorer made (`starred` is kept as a detail). */
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
export function parseContactsCsv(decoded: DecodedText, format?: ContactsCsvFormat): ImportParse {
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
  format?: ContactsCsvFormat,
): CsvFormatReader {
  const found = findHeader(scanned, format)
  if (!found) throw refuse(noHeaderMessage(format))
  return dialectReader(found.line, found.dialect, warnings)
}

/**
 * The reader of a CSV's rows with `header` read as `dialect` (a known
 * export's, or the one a column mapping makes).
 *
 * @example dialectReader(header, mappedDialect(mapping), rowWarnings()).format // 'csv'
 */
export function dialectReader(
  header: ScannedLine,
  dialect: ContactsCsvDialect,
  warnings: RowWarnings,
): CsvFormatReader {
  const columns = headerLookup(header.cells)
  const ledger = detailsLedger()
  return {
    format: dialect.format,
    header,
    read: (record) => toContact(record, header.cells, columns, dialect, warnings, ledger),
    columns: () => ledger.list(),
    fileNotes: () => ledger.sentences(),
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
  format: ContactsCsvFormat | undefined,
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
  ledger: DetailsLedger,
): ImportedContact | string {
  const { cells, line } = record
  // Every cell a field takes is marked; the rest go to the notes or are named as left out.
  const used = new Set<number>()
  const at = (name: string | undefined, occurrence: 'first' | 'last' = 'first') => {
    const found = name === undefined ? undefined : columns.get(name)
    return occurrence === 'first' ? found?.[0] : found?.[found.length - 1]
  }
  const one = (name: string | undefined, occurrence: 'first' | 'last' = 'first') => {
    const i = at(name, occurrence)
    if (i === undefined) return ''
    used.add(i)
    return cells[i] ?? ''
  }
  const many = (wanted: Columns) => {
    const indexes = Array.isArray(wanted)
      ? wanted.flatMap((name) => columns.get(name)?.slice(0, 1) ?? [])
      : header.flatMap((name, i) =>
          wanted instanceof RegExp && wanted.test(name.toLowerCase()) ? [i] : [],
        )
    return indexes.flatMap((i) => {
      const cell = cells[i] ?? ''
      return (dialect.packed ? cell.split(dialect.packed) : [cell])
        .map(cleanText)
        .filter(Boolean)
        .map((value) => ({ value, column: i }))
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
  // Kept values with their column, so the notes list them in the file's order.
  const details: PlacedDetail[] = []
  const keep = (column: number, value: string) => {
    details.push({ label: header[column] ?? '', value, at: column })
    ledger.kept(header[column] ?? '')
  }
  for (const { value: email, column } of many(dialect.emails)) {
    used.add(column)
    if (isEmailAddress(email)) addUnique(contact.emails, email)
    else if (dialect.keepOddValues) keep(column, email)
    else
      warnings.add(
        line,
        'an email column holds something that is not an email address, left out',
        email,
      )
  }
  for (const { value: phone, column } of many(dialect.phones)) {
    used.add(column)
    addUnique(contact.phones, phone)
  }
  for (const { value: site, column } of many(dialect.websites)) {
    used.add(column)
    const url = linkedinUrlOf(site)
    if (url && !contact.linkedinUrl) contact.linkedinUrl = url
    else if (url && url === contact.linkedinUrl) continue
    else if (isWebsite(site)) addUnique(contact.websites, site)
    else keep(column, site)
  }
  for (const name of dialect.birthday?.columns ?? []) {
    const i = at(name)
    const value = i === undefined ? '' : cleanText(cells[i])
    const birthday = value ? birthdayOf(value, dialect.birthday?.order) : null
    // A value that is no date stays in the notes under its column's name.
    if (i !== undefined && birthday && !contact.birthday) {
      contact.birthday = birthday
      used.add(i)
    }
  }
  if (dialect.birthParts) {
    const parts = [dialect.birthParts.year, dialect.birthParts.month, dialect.birthParts.day]
    const indexes = parts.map((name) => at(name))
    const [year = '', month = '', day = ''] = indexes.map((i) =>
      i === undefined ? '' : cleanText(cells[i]),
    )
    const birthday = birthdayOfParts(year, month, day)
    if (birthday) {
      contact.birthday = birthday
      for (const i of indexes) if (i !== undefined) used.add(i)
    }
  }
  for (const [name, service] of dialect.handles ?? []) {
    const i = at(name)
    const value = i === undefined ? '' : cleanText(cells[i])
    if (i === undefined || !value) continue
    const fromUrl = dialect.profileServiceFromUrl && /^https?:\/\//i.test(value)
    addProfile(contact.profiles, fromUrl ? serviceOf(value) : service, value)
    used.add(i)
  }
  contact.notes = cleanNotes(one(dialect.notes))
  if (dialect.tags) {
    for (const tag of one(dialect.tags.column).split(dialect.tags.separator)) {
      const cleaned = cleanText(tag.replace(/^\s*\*\s*/, ''))
      const group = cleaned.toLowerCase()
      if (group === 'starred') {
        details.push({
          label: 'Google Contacts',
          value: 'starred',
          at: at(dialect.tags.column) ?? 0,
        })
      } else if (cleaned && !systemGroups.has(group)) addUnique(contact.tags, cleaned)
    }
  }
  const middle = cleanText(one(dialect.middle))
  const composed = joinName(contact.firstName, middle, contact.lastName)
  const suffix = cleanText(one(dialect.suffix))
  const fullName = cleanText(one(dialect.fullName))
  const nickname = at(dialect.nickname)
  const fileAs = at(dialect.fileAs)
  contact.name = fullName || joinName(composed, composed ? suffix : '')
  // A nickname or "file as" names the contact only when nothing else does; otherwise it is a detail.
  for (const i of [nickname, fileAs]) {
    if (i !== undefined && !contact.name) {
      contact.name = cleanText(cells[i])
      used.add(i)
    }
  }
  if (!contact.name && contact.emails[0]) {
    contact.name = contact.emails[0]
    warnings.add(line, 'no name, so the email address stands in for it')
  }
  if (!contact.name) {
    return contact.organization
      ? `only an organization (${contact.organization}), no person's name or email`
      : 'no name and no email address'
  }
  header.forEach((name, i) => {
    const value = cells[i]?.trim() ?? ''
    if (used.has(i) || !value || placeholderDates.has(value)) return
    if (dialect.ignored?.has(name.toLowerCase())) ledger.leftOut(name, ignoredWhy)
    else if (dialect.describing?.test(name.toLowerCase())) {
      ledger.leftOut(name, 'it only describes the values beside it')
    } else keep(i, cleanNotes(value))
  })
  settleDetails(contact, details)
  return contact
}

/** Outlook writes these into every empty date column. */
const placeholderDates = new Set(['0/0/00', '0.0.00', '00.00.00'])

function noHeaderMessage(format: ContactsCsvFormat | undefined): string {
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
  if (format === 'thunderbird') {
    return 'No Thunderbird header was found in the first 10 lines (expected Primary Email with Display Name or Secondary Email).'
  }
  if (format === 'roundcube') {
    return 'No Roundcube header was found in the first 10 lines (expected Email Home, Email Work or Email Other).'
  }
  if (format === 'linkedin-contacts') {
    return "No header of LinkedIn's Imported Contacts.csv was found in the first 10 lines (expected First Name, Companies and Phone Numbers)."
  }
  return 'No header of a contacts CSV coffeechat knows was found in the first 10 lines.'
}
