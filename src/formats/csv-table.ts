import { CsvError, parse } from 'csv-parse/sync'
import type { ImportedContact, ImportFormat, ImportParse, SkippedRow } from './contact.ts'
import type { DecodedText } from './decode.ts'
import type { ColumnFate } from './details.ts'
import { type RowWarnings, rowWarnings } from './row-warnings.ts'

export type CsvDelimiter = ',' | ';' | '\t'

/** One physical line near the top of a file, split into cells for the header scan. */
export interface ScannedLine {
  /** 1-based line number. */
  line: number
  /** Offset of the line in the newline-normalized text. */
  offset: number
  delimiter: CsvDelimiter
  /** Cells cleaned for comparison: BOM, quotes and outer whitespace removed; trailing empty cells dropped. */
  cells: string[]
}

/** One data record with the line it starts on. */
export interface CsvRecord {
  line: number
  cells: string[]
}

/** What a row reader needs to know about a table's header. */
export interface TableShape {
  /** Header names as cleaned by the scan (original spelling, trimmed). */
  header: string[]
  headerLine: number
  delimiter: CsvDelimiter
}

/**
 * How one CSV format reads its rows, made from the first lines of the file
 * (where it found its header): the same reader serves a whole text and a
 * stream.
 */
export interface CsvFormatReader {
  format: ImportFormat
  header: ScannedLine
  /** A record as a contact, or the reason it is skipped. */
  read(record: CsvRecord): ImportedContact | string
  /** Once every record is read: the columns no field holds and where they went. */
  columns?: () => ColumnFate[]
  /** Once every record is read: the report's sentences about those columns. */
  fileNotes?: () => string[]
}

/** A CSV file read from its header line on. */
export interface CsvTable {
  /** Header names as cleaned by the scan (original spelling, trimmed). */
  header: string[]
  headerLine: number
  delimiter: CsvDelimiter
  /** Data records; lines whose cells are all blank are left out (they are not rows). */
  records: CsvRecord[]
  /** Records the CSV parser could not read, with the reason. */
  unreadable: SkippedRow[]
}

/**
 * Line endings as `\n` only. Excel writes CRLF, raw exports LF, hand edits a
 * mix; one convention keeps line numbers exact.
 *
 * @example normalizeNewlines('a\r\nb\rc') // 'a\nb\nc'
 */
export function normalizeNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text
}

/**
 * Guesses the delimiter of one line: the most frequent of `,` `;` TAB outside
 * quotes (comma wins ties, and a line with none).
 *
 * @example sniffDelimiter('First Name;Company;Position') // ';'
 */
export function sniffDelimiter(line: string): CsvDelimiter {
  const counts = { ',': 0, ';': 0, '\t': 0 }
  let quoted = false
  for (const ch of line) {
    if (ch === '"') quoted = !quoted
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch]++
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';'
  if (counts['\t'] > counts[',']) return '\t'
  return ','
}

/**
 * Cleans a header cell for comparison: BOM, surrounding quotes and
 * whitespace removed, inner whitespace collapsed.
 *
 * @example cleanHeaderCell('\uFEFF"First Name" ') // 'First Name'
 */
export function cleanHeaderCell(cell: string): string {
  return cell
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/^"(.*)"$/s, '$1')
    .replace(/\s+/gu, ' ')
    .trim()
}

/**
 * Splits the first `maxLines` lines of (newline-normalized) text into cells,
 * each line with its own sniffed delimiter.
 *
 * @example scanLines('Notes:\n\nFirst Name,Last Name')[2]?.cells // ['First Name', 'Last Name']
 */
export function scanLines(text: string, maxLines = 10): ScannedLine[] {
  const lines: ScannedLine[] = []
  let offset = 0
  for (let n = 1; n <= maxLines && offset <= text.length; n++) {
    const end = text.indexOf('\n', offset)
    const raw = text.slice(offset, end === -1 ? text.length : end)
    const delimiter = sniffDelimiter(raw)
    const cells = splitLine(raw, delimiter).map(cleanHeaderCell)
    while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop()
    lines.push({ line: n, offset, delimiter, cells })
    if (end === -1) break
    offset = end + 1
  }
  return lines
}

function splitLine(raw: string, delimiter: CsvDelimiter): string[] {
  try {
    const first = parse(raw, { delimiter, relax_quotes: true, relax_column_count: true })[0]
    if (first) return first
  } catch {
    // An unbalanced quote on a preamble line: a plain split is good enough to recognise a header.
  }
  return raw.split(delimiter)
}

/**
 * csv-parse's options for reading a table from its header line on, the same
 * whether the text is parsed whole or streamed: `\n` records (the text is
 * newline-normalized), ragged rows and stray quotes tolerated, a record the
 * parser cannot read skipped so the rows after it still count.
 */
export function csvTableOptions(delimiter: CsvDelimiter) {
  return {
    delimiter,
    record_delimiter: '\n',
    bom: true,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
  }
}

/**
 * The line a record starts on: the parser counts lines to the record's end,
 * so the line breaks inside its quoted cells are taken off.
 *
 * @example recordStartLine(3, 5, ['1', 'two\nlines']) // 7
 */
export function recordStartLine(lineBase: number, endLine: number, cells: string[]): number {
  return lineBase + endLine - innerLineBreaks(cells)
}

/**
 * Parses the CSV from the header line `at` to the end. The text must be
 * newline-normalized. Unreadable records (a quote never closed) are reported
 * with their line instead of stopping the import.
 *
 * @example readCsvTable('a,b\n1,2', scanLines('a,b\n1,2')[0]!).records // [{ line: 2, cells: ['1', '2'] }]
 */
export function readCsvTable(text: string, at: ScannedLine): CsvTable {
  const lineBase = at.line - 1
  const unreadable: SkippedRow[] = []
  const records: CsvRecord[] = []
  const lines = textLines(text)
  let isHeader = true
  let lastLine = 0
  try {
    parse(text.slice(at.offset), {
      ...csvTableOptions(at.delimiter),
      on_skip: (error) => {
        if (error) unreadable.push(describeCsvError(error, lineBase + lastLine, lines))
      },
      on_record: (cells: string[], context) => {
        lastLine = context.lines
        if (isHeader) isHeader = false
        else if (cells.some((c) => c.trim() !== '')) {
          records.push({ line: recordStartLine(lineBase, context.lines, cells), cells })
        }
        return null
      },
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    unreadable.push(describeCsvError(error, lineBase + lastLine, lines))
  }
  return { header: at.cells, headerLine: at.line, delimiter: at.delimiter, records, unreadable }
}

function innerLineBreaks(cells: string[]): number {
  let count = 0
  for (const cell of cells) {
    for (let i = cell.indexOf('\n'); i !== -1; i = cell.indexOf('\n', i + 1)) count++
  }
  return count
}

/** What an unreadable record's report needs to know about the file's lines. */
export interface LineIndex {
  /** The first line after `line` (1-based) that is not blank, or the last line. */
  firstNonBlankAfter(line: number): number
  /** The file's last line. */
  lastLine(): number
}

function textLines(text: string): LineIndex {
  let lines: string[] | undefined
  const all = () => {
    if (!lines) {
      lines = text.split('\n')
      if (lines[lines.length - 1] === '') lines.pop()
    }
    return lines
  }
  return {
    firstNonBlankAfter(after) {
      const list = all()
      let line = after + 1
      while (line < list.length && (list[line - 1] ?? '').trim() === '') line++
      return Math.min(line, list.length)
    },
    lastLine: () => all().length,
  }
}

/**
 * Reports a record the parser gave up on, from the first non-blank line
 * after the last good record.
 *
 * @example describeCsvError(error, 2, lines) // { row: 3, reason: 'a quoted field opened on line 3 is never closed, …' }
 */
export function describeCsvError(error: CsvError, afterLine: number, lines: LineIndex): SkippedRow {
  const line = lines.firstNonBlankAfter(afterLine)
  const lastLine = lines.lastLine()
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    const span =
      lastLine > line ? `lines ${line}–${lastLine} (the rest of the file)` : `line ${line}`
    return {
      row: line,
      reason: `a quoted field opened on line ${line} is never closed, so ${span} could not be read`,
    }
  }
  return { row: line, reason: `line ${line} is not valid CSV: ${error.message}` }
}

/**
 * Index of each header name (case-insensitive, first occurrence wins), for
 * mapping columns by name, never by position.
 *
 * @example columnIndex(['First Name', 'URL']).get('url') // 1
 */
export function columnIndex(header: string[]): Map<string, number> {
  const index = new Map<string, number>()
  header.forEach((name, i) => {
    const key = name.toLowerCase()
    if (!index.has(key)) index.set(key, i)
  })
  return index
}

/**
 * Reads a whole decoded CSV with a format's reader: the header scan, every
 * record, skipped rows in line order, and the warnings.
 *
 * @example parseCsvWhole(decodeText(bytes), linkedinReader)
 */
export function parseCsvWhole(
  decoded: DecodedText,
  reader: (scanned: ScannedLine[], warnings: RowWarnings) => CsvFormatReader,
): ImportParse {
  const text = normalizeNewlines(decoded.text)
  const warnings = rowWarnings()
  const format = reader(scanLines(text), warnings)
  const table = readCsvTable(text, format.header)
  const contacts: ImportedContact[] = []
  const skipped: SkippedRow[] = [...table.unreadable]
  for (const record of table.records) {
    const contact = format.read(record)
    if (typeof contact === 'string') skipped.push({ row: record.line, reason: contact })
    else contacts.push(contact)
  }
  skipped.sort((a, b) => a.row - b.row)
  return {
    format: format.format,
    rows: table.records.length + table.unreadable.length,
    contacts,
    skipped,
    warnings: [...decoded.warnings, ...warnings.list(), ...(format.fileNotes?.() ?? [])],
    encoding: decoded.encoding,
    columns: format.columns?.() ?? [],
  }
}
