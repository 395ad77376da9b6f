import { CsvError, parse } from 'csv-parse/sync'
import type { SkippedRow } from './contact.ts'

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
  let isHeader = true
  let lastLine = 0
  try {
    parse(text.slice(at.offset), {
      delimiter: at.delimiter,
      record_delimiter: '\n',
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        if (error) unreadable.push(describeCsvError(error, lineBase + lastLine, text))
      },
      on_record: (cells: string[], context) => {
        lastLine = context.lines
        if (isHeader) isHeader = false
        else if (cells.some((c) => c.trim() !== '')) {
          records.push({ line: lineBase + context.lines - innerLineBreaks(cells), cells })
        }
        return null
      },
    })
  } catch (error) {
    if (!(error instanceof CsvError)) throw error
    unreadable.push(describeCsvError(error, lineBase + lastLine, text))
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

/** Reports a record the parser gave up on, from the first non-blank line after the last good record. */
function describeCsvError(error: CsvError, afterLine: number, text: string): SkippedRow {
  const { line, lastLine } = lineAfter(text, afterLine)
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

/** The first non-blank line after line `after` (1-based), and the file's last line. */
function lineAfter(text: string, after: number): { line: number; lastLine: number } {
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  let line = after + 1
  while (line < lines.length && (lines[line - 1] ?? '').trim() === '') line++
  return { line: Math.min(line, lines.length), lastLine: lines.length }
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
