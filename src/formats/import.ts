import { defaultImportLimits, type ImportLimits } from '../core/settings/import-limits.ts'
import { type ByteSource, bytesSource, fileSource, readHead, scanChunks } from './byte-source.ts'
import { type CsvPreview, csvPreview } from './column-mapping.ts'
import {
  type ImportedContact,
  type ImportFormat,
  type ImportParse,
  type ParsedRow,
  refuse,
  type SkippedRow,
  type TextEncoding,
} from './contact.ts'
import { readTextHead } from './csv-stream.ts'
import { normalizeNewlines, scanLines } from './csv-table.ts'
import type { ColumnFate } from './details.ts'
import { detectTextFormat, refuseBinary } from './detect.ts'
import { openCsv } from './import-csv.ts'
import { openVcards } from './import-vcard.ts'
import { type ConnectionsEntry, isZip, openConnectionsCsv } from './linkedin-zip.ts'
import type { RowWarningListener } from './row-warnings.ts'
import { decodeSource } from './text-stream.ts'

export interface ReadImportOptions {
  /** The uploaded file's name; only sharpens messages. */
  filename?: string | undefined
  /** Skip detection and read the file as this format (the CLI's `--format`). */
  format?: ImportFormat | undefined
  /** Most text and rows to read; past either the file is refused with a way to split it. */
  limits?: Pick<ImportLimits, 'textBytes' | 'rows'> | undefined
  /** Hears every warning about a row (the full report lists them). */
  onRowWarning?: RowWarningListener | undefined
  /**
   * Read the CSV through this column mapping (column → field, `details` or
   * `ignore`; see `column-mapping.ts`), whatever export it is.
   */
  mapping?: Record<string, string> | undefined
  /** Bytes per piece when reading from memory (tests make it small to try every boundary). */
  chunkSize?: number | undefined
}

/** What a file says about itself once all of it is read. */
export interface ImportSummary {
  /** Data rows (CSV records after the header, or vCards). */
  rows: number
  warnings: string[]
  encoding: TextEncoding
  /** Every column or property no field holds, and where it went. */
  columns: ColumnFate[]
}

/**
 * A contact file being read, row by row: nothing but the current batch of
 * rows is held, whatever the file's size.
 */
export interface ImportStream {
  format: ImportFormat
  /** The rows in file order, in batches. Read once. */
  rows(): AsyncIterable<ParsedRow[]>
  /** Known once `rows` has been read to its end. */
  summary(): ImportSummary
  /** How far the reading is, in bytes of the file (of Connections.csv for a ZIP). */
  progress(): { done: number; total: number | null }
  /** Lets go of the file (a ZIP on disk is open until then). */
  close(): void
}

/** What a format's reader gets: the text's source, its head, and the limits. */
export interface FormatInput {
  source: ByteSource
  head: Uint8Array
  whole: boolean
  filename: string | undefined
  format: ImportFormat | undefined
  onRowWarning: RowWarningListener | undefined
  mapping: Record<string, string> | undefined
  /** Call with the running count of rows; refuses the file past the limit. */
  countRow: (count: number) => void
}

/** A format's half of an ImportStream. */
export type FormatStream = Pick<ImportStream, 'format' | 'rows' | 'summary'>

/** A file to import: its bytes, or where it is on disk (streamed from there). */
export type ImportInput = Uint8Array | { path: string }

/**
 * Opens one contact file for an import, with no database in sight: opens a
 * LinkedIn ZIP, decides how the text is decoded, detects the format (unless
 * `format` is given) and returns its rows as a stream of neutral contacts
 * and skipped rows. Refuses (throws `ValidationError`, one sentence the
 * explorer can act on) a file that is none of the formats, one with more
 * text than `limits.textBytes` once unzipped, and — while its rows are
 * read — one with more than `limits.rows` rows.
 *
 * @example
 * const file = await openImport({ path: 'Connections.csv' }, { filename: 'Connections.csv' })
 * for await (const batch of file.rows()) for (const row of batch) row.contact?.name
 */
export async function openImport(
  input: ImportInput,
  options: ReadImportOptions = {},
): Promise<ImportStream> {
  const limits = options.limits ?? defaultImportLimits
  let file =
    input instanceof Uint8Array
      ? bytesSource(input, options.chunkSize)
      : await fileSource(input.path)
  let { head, whole } = await readHead(file)
  let entry: ConnectionsEntry | null = null
  if (isZip(head)) {
    if (options.format && options.format !== 'linkedin') {
      throw refuse(`This is a ZIP archive, not a ${formatNames[options.format]} file.`)
    }
    entry = await openConnectionsCsv(
      input instanceof Uint8Array ? input : input.path,
      limits.textBytes,
    )
    file = entry.source
  } else if (file.size !== null && file.size > limits.textBytes) {
    throw refuse(tooMuchText(limits.textBytes))
  }
  try {
    if (entry) ({ head, whole } = await readHead(file))
    const counted = countingSource(file, limits.textBytes)
    const formatInput: FormatInput = {
      source: counted.source,
      head,
      whole,
      filename: options.filename,
      format: entry ? 'linkedin' : options.format,
      onRowWarning: options.onRowWarning,
      mapping: options.mapping,
      countRow: (count) => {
        if (count > limits.rows) throw refuse(tooManyRows(limits.rows))
      },
    }
    const csv = formatInput.format === 'vcard' ? 'vcard' : await openCsv(formatInput)
    const opened = csv === 'vcard' ? openVcards(formatInput) : csv
    const total = file.size
    return {
      ...opened,
      progress: () => ({ done: counted.read(), total }),
      close: () => entry?.close(),
    }
  } catch (error) {
    entry?.close()
    throw error
  }
}

/** What the explorer sees of a CSV to map: its header and first rows, and whether a mapping is still needed. */
export interface MappingPreview extends CsvPreview {
  /** True: the CSV is in no known layout and no mapping was given, so it cannot be imported yet. */
  needed: boolean
  encoding: TextEncoding
}

/**
 * Looks at the first lines of a file for the column-mapping step: a CSV in
 * no known layout (or any CSV when `mapping` is given) answers its header
 * and the first rows under each column; any other file — a known export
 * without a mapping, a vCard, a ZIP — answers null, and a file that is no
 * contacts file at all is refused as `openImport` refuses it.
 *
 * @example (await previewMapping(bytes, {}))?.header // ['Vorname', 'Nachname', 'E-Mail']
 */
export async function previewMapping(
  input: ImportInput,
  options: Pick<ReadImportOptions, 'filename' | 'format' | 'mapping'>,
): Promise<MappingPreview | null> {
  const file = input instanceof Uint8Array ? bytesSource(input) : await fileSource(input.path)
  const { head, whole } = await readHead(file)
  if (isZip(head) || options.format === 'vcard') return null
  if (!options.mapping && options.format !== undefined && options.format !== 'csv') return null
  if (options.format === undefined) refuseBinary(head, options.filename)
  const text = await decodeSource(file, head)
  const textHead = await readTextHead(text)
  const decoded = { text: textHead, encoding: text.encoding, warnings: [], replacementCount: 0 }
  const format = options.format ?? detectTextFormat(decoded, options.filename)
  if (format === 'vcard') {
    if (options.mapping) throw refuse('A column mapping is for a CSV file; this is a vCard.')
    return null
  }
  if (format !== 'csv' && !options.mapping) return null
  const lines = scanLines(normalizeNewlines(textHead))
  const complete = whole && (textHead.match(/\n/g)?.length ?? 0) < 10
  return {
    ...csvPreview(textHead, complete, lines, options.mapping),
    needed: !options.mapping,
    encoding: text.encoding,
  }
}

/**
 * Everything an import needs from the bytes of one file, read whole: what
 * `openImport` streams, collected (for tests and small callers).
 *
 * @example
 * const parsed = await readImport(bytes, { filename: 'Connections.csv' })
 * parsed.format // 'linkedin'
 * parsed.rows === parsed.contacts.length + parsed.skipped.length // true
 */
export async function readImport(
  input: ImportInput,
  options: ReadImportOptions = {},
): Promise<ImportParse> {
  const file = await openImport(input, options)
  try {
    const contacts: ImportedContact[] = []
    const skipped: SkippedRow[] = []
    for await (const batch of file.rows()) {
      for (const row of batch) {
        if (row.contact) contacts.push(row.contact)
        else skipped.push(row.skipped)
      }
    }
    skipped.sort((a, b) => a.row - b.row)
    return { format: file.format, contacts, skipped, ...file.summary() }
  } finally {
    file.close()
  }
}

/** Counts the bytes of the pass being read (for progress) and refuses past the text limit. */
function countingSource(
  source: ByteSource,
  maxBytes: number,
): { source: ByteSource; read: () => number } {
  let read = 0
  async function* counted(chunks: AsyncIterable<Uint8Array>) {
    read = 0
    for await (const chunk of chunks) {
      read += chunk.length
      if (read > maxBytes) throw refuse(tooMuchText(maxBytes))
      yield chunk
    }
  }
  return {
    read: () => read,
    source: {
      size: source.size,
      chunks: () => counted(source.chunks()),
      scan: () => counted(scanChunks(source)),
    },
  }
}

function tooMuchText(maxBytes: number): string {
  const mb = Math.round(maxBytes / (1024 * 1024))
  return (
    `The file holds more than ${mb} MB of text, the most one import reads. Split it into files ` +
    `under ${mb} MB (a CSV with the header line at the top of each, vCards between two cards) ` +
    'and import them one after the other.'
  )
}

function tooManyRows(max: number): string {
  const rows = max.toLocaleString('en')
  return (
    `The file has more than ${rows} rows, the most one import reads (a LinkedIn export has ` +
    `at most 30,000). Split it into files of at most ${rows} rows (a CSV with the header line ` +
    'at the top of each, vCards between two cards) and import them one after the other.'
  )
}

const formatNames: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  thunderbird: 'Thunderbird CSV',
  roundcube: 'Roundcube CSV',
  'linkedin-contacts': "LinkedIn's Imported Contacts.csv",
  vcard: 'vCard',
  csv: 'CSV',
}
