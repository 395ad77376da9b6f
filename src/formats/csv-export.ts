import { stringify } from 'csv-stringify/sync'
import type { Conversation } from '../core/conversations/schema.ts'
import type { Organization } from '../core/organizations/schema.ts'
import type { Person } from '../core/people/schema.ts'

/** What the people CSV needs of a person. */
export type PersonCsvRow = Pick<
  Person,
  | 'name'
  | 'firstName'
  | 'organization'
  | 'title'
  | 'careers'
  | 'connection'
  | 'connectionNote'
  | 'source'
  | 'linkedinUrl'
  | 'emails'
  | 'phones'
  | 'tags'
  | 'referredBy'
  | 'notes'
  | 'createdAt'
  | 'updatedAt'
>

/** What the organizations CSV needs of an organization. */
export type OrganizationCsvRow = Pick<
  Organization,
  | 'name'
  | 'website'
  | 'industry'
  | 'advocacy'
  | 'motivation'
  | 'posting'
  | 'careers'
  | 'peopleCount'
  | 'notes'
  | 'createdAt'
  | 'updatedAt'
>

/** What the conversations CSV needs of a conversation. */
export type ConversationCsvRow = Pick<
  Conversation,
  | 'person'
  | 'organization'
  | 'careers'
  | 'status'
  | 'scheduledAt'
  | 'scheduledLocal'
  | 'timeZone'
  | 'durationMinutes'
  | 'format'
  | 'place'
  | 'notes'
  | 'createdAt'
  | 'updatedAt'
>

export interface CsvExportOptions {
  /** Start with a UTF-8 byte order mark so Excel shows accents (default true). */
  bom?: boolean
  /** `crlf` (default, what Excel and RFC 4180 expect) or `lf`. */
  lineEnding?: 'crlf' | 'lf'
  /**
   * Start with the header row (default true). False for the rows after the
   * first slice, when a long file is written a slice at a time.
   */
  header?: boolean
}

type Cell = string | number | boolean | null

/** Several values in one cell. */
const listSeparator = '; '

/**
 * People as CSV, one row each, with a header row. Lists (careers, emails,
 * phones, tags) are joined with `; `.
 *
 * @example writePeopleCsv([ada]).split('\r\n')[0] // '\uFEFFName,First name,Organization,…'
 */
export function writePeopleCsv(
  people: readonly PersonCsvRow[],
  options?: CsvExportOptions,
): string {
  return writeCsv(
    [
      'Name',
      'First name',
      'Organization',
      'Title',
      'Careers',
      'Connection',
      'Connection note',
      'Source',
      'LinkedIn',
      'Emails',
      'Phones',
      'Tags',
      'Referred by',
      'Notes',
      'Created',
      'Updated',
    ],
    people.map((p) => [
      p.name,
      p.firstName,
      p.organization,
      p.title,
      p.careers.join(listSeparator),
      p.connection,
      p.connectionNote,
      p.source,
      p.linkedinUrl,
      p.emails.join(listSeparator),
      p.phones.join(listSeparator),
      p.tags.join(listSeparator),
      p.referredBy,
      p.notes,
      p.createdAt,
      p.updatedAt,
    ]),
    options,
  )
}

/**
 * Organizations as CSV, with their LAMP columns (advocacy, motivation, posting).
 *
 * @example writeOrganizationsCsv([engines]).includes('Advocacy,Motivation,Posting') // true
 */
export function writeOrganizationsCsv(
  organizations: readonly OrganizationCsvRow[],
  options?: CsvExportOptions,
): string {
  return writeCsv(
    [
      'Name',
      'Website',
      'Industry',
      'Advocacy',
      'Motivation',
      'Posting',
      'Careers',
      'People',
      'Notes',
      'Created',
      'Updated',
    ],
    organizations.map((o) => [
      o.name,
      o.website,
      o.industry,
      o.advocacy ? 'yes' : 'no',
      o.motivation,
      o.posting,
      o.careers.map((c) => c.name).join(listSeparator),
      o.peopleCount,
      o.notes,
      o.createdAt,
      o.updatedAt,
    ]),
    options,
  )
}

/**
 * Conversations as CSV: who, when (the UTC instant and the local time in its
 * zone), how, where, status and notes.
 *
 * @example writeConversationsCsv([chat]).includes('Scheduled (UTC)') // true
 */
export function writeConversationsCsv(
  conversations: readonly ConversationCsvRow[],
  options?: CsvExportOptions,
): string {
  return writeCsv(
    [
      'Person',
      'Organization',
      'Careers',
      'Status',
      'Scheduled (UTC)',
      'Scheduled (local)',
      'Time zone',
      'Minutes',
      'Format',
      'Place',
      'Notes',
      'Created',
      'Updated',
    ],
    conversations.map((c) => [
      c.person,
      c.organization,
      c.careers.join(listSeparator),
      c.status,
      c.scheduledAt,
      c.scheduledLocal,
      c.timeZone,
      c.durationMinutes,
      c.format,
      c.place,
      c.notes,
      c.createdAt,
      c.updatedAt,
    ]),
    options,
  )
}

function writeCsv(header: string[], rows: Cell[][], options: CsvExportOptions = {}): string {
  const records = rows.map((row) => row.map(guardFormula))
  return stringify(options.header === false ? records : [header, ...records], {
    bom: options.bom ?? true,
    record_delimiter: options.lineEnding === 'lf' ? 'unix' : 'windows',
    // A line break of either kind inside a cell must be quoted, whatever the record delimiter.
    quoted_match: /[\r\n]/,
  })
}

/** A phone number or a plain number is safe to leave as it is. */
const plainNumber = /^[+-][\d\s().\-/]*$/

/**
 * Defuses spreadsheet formula injection: a text cell that Excel or LibreOffice
 * would run as a formula (`=`, `@`, `+`, `-`, TAB, CR first) gets a leading
 * `'`. Phone numbers such as `+41 31 928 09 60` are left alone.
 *
 * @example guardFormula('=HYPERLINK("http://x")') // "'=HYPERLINK(\"http://x\")"
 */
export function guardFormula(value: Cell): Cell {
  if (typeof value !== 'string' || value === '') return value
  if (!/^[=+\-@\t\r]/.test(value) || plainNumber.test(value)) return value
  return `'${value}`
}
