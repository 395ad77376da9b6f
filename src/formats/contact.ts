import { ValidationError } from '../core/errors.ts'
import type { ImportFormatName } from '../core/imports/schema.ts'
import { normalizeLinkedinUrl } from '../core/people/linkedin.ts'
import type { ColumnFate, ImportedDetail } from './details.ts'
import type { ImportedProfile } from './person-fields.ts'

/** The contact formats the importer reads: the ones `--format` and `?format=` take. */
export type ImportFormat = ImportFormatName

/** How the bytes of a file were turned into text (see `decode.ts`). */
export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252'

/**
 * One person as a source file describes them, in the same neutral shape
 * whatever the format. Strings are cleaned (trimmed, NFC for CSV sources) but
 * never invented: an empty field stays `''`, a missing URL or date stays `null`.
 */
export interface ImportedContact {
  /** 1-based line of the source file where this row or card starts, for reports. */
  line: number
  /** The display name; never empty. */
  name: string
  /** Given name as the file has it, `''` when unknown. */
  firstName: string
  /** Family name as the file has it (may carry credentials: "Leong, Ph.D."), `''` when unknown. */
  lastName: string
  /** Company or organization name, `''` when none. */
  organization: string
  /** Position or job title, `''` when none. */
  title: string
  /** Addresses that look like email addresses, in file order, without duplicates. */
  emails: string[]
  phones: string[]
  /** Canonical profile address (`https://www.linkedin.com/in/<slug>`, slug kept as encoded), or null. */
  linkedinUrl: string | null
  /** When the connection was made, as a calendar date `YYYY-MM-DD`, or null. */
  connectedOn: string | null
  /** `YYYY-MM-DD`, or `--MM-DD` without the year, or null (see `birthdayOf`). */
  birthday: string | null
  /** Web sites other than the LinkedIn profile, in file order, without duplicates. */
  websites: string[]
  /** Other profiles and instant-messaging handles, in file order, without duplicates. */
  profiles: ImportedProfile[]
  /** The file's notes, then an "Imported details" section with every value no field holds (see `details.ts`). */
  notes: string
  tags: string[]
  /** The values kept in the notes' "Imported details" section, in file order. */
  details: ImportedDetail[]
  /** Where the contact came from, in words: "LinkedIn", "Google Contacts", "Outlook", "vCard". */
  source: string
  /** The source fields as read (untrimmed), for audit; keys are the file's own column or property names. */
  raw: Record<string, string>
}

/** A row (or card) that was read but not turned into a contact, and why. */
export interface SkippedRow {
  row: number
  reason: string
}

/** One data row (or card) of a file as read: a contact, or the reason it was skipped. */
export type ParsedRow =
  | { contact: ImportedContact; skipped?: undefined }
  | { skipped: SkippedRow; contact?: undefined }

/**
 * A row reader's answer (a contact, or why the row is skipped) as a ParsedRow.
 *
 * @example parsedRow('no name', 7) // { skipped: { row: 7, reason: 'no name' } }
 */
export function parsedRow(read: ImportedContact | string, line: number): ParsedRow {
  return typeof read === 'string' ? { skipped: { row: line, reason: read } } : { contact: read }
}

/**
 * Everything one file yielded. Every data row is accounted for:
 * `rows === contacts.length + skipped.length`.
 */
export interface ImportParse {
  format: ImportFormat
  /** Data rows (CSV records after the header, or vCards) in the file. */
  rows: number
  contacts: ImportedContact[]
  skipped: SkippedRow[]
  /** Things the explorer should know (repaired encoding, damaged characters, odd values), with line numbers. */
  warnings: string[]
  encoding: TextEncoding
  /** Every column or property no field holds, and where it went (the notes, or left out and why). */
  columns: ColumnFate[]
}

/**
 * A refusal of a whole file, phrased for the explorer. Its single issue has the
 * path `file`, and its message is the sentence itself.
 *
 * @example throw refuse('The file is empty.')
 */
export function refuse(message: string): ValidationError {
  return new ValidationError([{ path: 'file', message }], message)
}

/**
 * Cleans a single-line text field the way FORMATS.md §1.6 asks: NFC, TAB,
 * NBSP and other whitespace runs become one space, trimmed. Case and emoji
 * are kept.
 *
 * @example cleanText(' Igor\t ') // 'Igor'
 */
export function cleanText(value: string | undefined): string {
  if (!value) return ''
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/**
 * Cleans a multi-line field: NFC, line breaks as `\n`, trailing space on each
 * line and blank lines at both ends removed.
 *
 * @example cleanNotes('a  \r\nb\r\n') // 'a\nb'
 */
export function cleanNotes(value: string | undefined): string {
  if (!value) return ''
  return value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+$/gmu, '')
    .replace(/^\n+|\n+$/g, '')
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * True when `value` is shaped like an email address (the same test the
 * people schema applies).
 *
 * @example isEmailAddress('ada@example.org') // true
 */
export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && emailPattern.test(value)
}

/**
 * Adds `value` to `list` unless it is empty or already there (case-insensitively).
 *
 * @example const l: string[] = []; addUnique(l, 'A'); addUnique(l, 'a') // l is ['A']
 */
export function addUnique(list: string[], value: string): void {
  if (!value) return
  const key = value.toLowerCase()
  if (!list.some((v) => v.toLowerCase() === key)) list.push(value)
}

/**
 * The canonical LinkedIn profile address in `value`, or null.
 *
 * @example linkedinUrlOf('linkedin.com/in/ada/') // 'https://www.linkedin.com/in/ada'
 */
export function linkedinUrlOf(value: string | undefined): string | null {
  const cleaned = value?.trim()
  if (!cleaned) return null
  return normalizeLinkedinUrl(cleaned)
}

/**
 * A contact with every field empty, for a parser to fill in.
 *
 * @example blankContact(4, 'vCard').line // 4
 */
export function blankContact(line: number, source: string): ImportedContact {
  return {
    line,
    name: '',
    firstName: '',
    lastName: '',
    organization: '',
    title: '',
    emails: [],
    phones: [],
    linkedinUrl: null,
    connectedOn: null,
    birthday: null,
    websites: [],
    profiles: [],
    notes: '',
    tags: [],
    details: [],
    source,
    raw: {},
  }
}

/**
 * Joins name parts with single spaces, leaving out empty ones.
 *
 * @example joinName('Ada', '', 'Lovelace') // 'Ada Lovelace'
 */
export function joinName(...parts: string[]): string {
  return parts.filter((p) => p !== '').join(' ')
}
