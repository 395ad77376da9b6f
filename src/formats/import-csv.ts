import {
  checkMapping,
  mappedDialect,
  mappingHeader,
  mapText,
  suggestMapping,
} from './column-mapping.ts'
import { parsedRow, refuse } from './contact.ts'
import { contactsCsvReader, dialectReader } from './contacts-csv.ts'
import { readTextHead, streamCsvRecords } from './csv-stream.ts'
import { type CsvFormatReader, type ScannedLine, scanLines } from './csv-table.ts'
import { detectTextFormat, refuseBinary } from './detect.ts'
import type { FormatInput, FormatStream } from './import.ts'
import { linkedinReader } from './linkedin.ts'
import { type RowWarnings, rowWarnings } from './row-warnings.ts'
import { decodeSource } from './text-stream.ts'

/**
 * Opens a CSV contact file (LinkedIn, Google, Outlook) as a stream of rows:
 * decides the text's encoding, detects the format from the first lines
 * (unless it is given; then a binary file is not looked for either), finds
 * the header and reads the records after it. Answers `'vcard'` when the
 * detection finds cards instead.
 *
 * @example const opened = await openCsv(input) // opened.format: 'linkedin'
 */
export async function openCsv(input: FormatInput): Promise<FormatStream | 'vcard'> {
  if (input.format === undefined) refuseBinary(input.head, input.filename)
  const text = await decodeSource(input.source, input.head)
  const head = await readTextHead(text)
  const format =
    input.format ??
    detectTextFormat(
      { text: head, encoding: text.encoding, warnings: [], replacementCount: 0 },
      input.filename,
    )
  const scanned = scanLines(head)
  if (format === 'vcard') {
    if (input.mapping) throw refuse('A column mapping is for a CSV file; this is a vCard.')
    return 'vcard'
  }
  const warnings = rowWarnings(input.onRowWarning)
  let reader: CsvFormatReader
  if (input.mapping) reader = mappedReader(scanned, input.mapping, warnings)
  else if (format === 'csv') throw refuse(needsMappingMessage(mappingHeader(scanned)?.cells ?? []))
  else if (format === 'linkedin') reader = linkedinReader(scanned, warnings)
  else reader = contactsCsvReader(scanned, warnings, format)
  let rows = 0
  const countRow = (count: number) => {
    rows = count
    input.countRow(count)
  }
  return {
    format: reader.format,
    async *rows() {
      for await (const batch of streamCsvRecords(text, reader.header, countRow)) {
        yield batch.map((item) =>
          'record' in item
            ? parsedRow(reader.read(item.record), item.record.line)
            : { skipped: item.unreadable },
        )
      }
    },
    summary: () => ({
      rows,
      warnings: [...text.warnings(), ...warnings.list(), ...(reader.fileNotes?.() ?? [])],
      encoding: text.encoding,
      columns: reader.columns?.() ?? [],
    }),
  }
}

/**
 * The reader of a CSV through the explorer's column mapping: the header is
 * the first line with every column the mapping names; the mapping is
 * checked against it (a refusal names each problem).
 *
 * @example mappedReader(scanLines(head), { Mail: 'email' }, rowWarnings()).format // 'csv'
 */
export function mappedReader(
  scanned: ScannedLine[],
  mapping: Record<string, string>,
  warnings: RowWarnings,
): CsvFormatReader {
  const header = mappingHeader(scanned, mapping)
  if (!header) throw refuse('The file has no header line with two or more named columns to map.')
  return dialectReader(header, mappedDialect(checkMapping(mapping, header.cells)), warnings)
}

/**
 * The refusal of a CSV in no known layout imported without a mapping: its
 * columns and a mapping (by default the suggested one), ready to paste.
 *
 * @example needsMappingMessage(['Name', 'Mail']) // 'This CSV is no contacts export coffeechat knows …'
 */
export function needsMappingMessage(columns: readonly string[], map?: string): string {
  const named = columns.filter(Boolean)
  return (
    `This CSV is no contacts export coffeechat knows (columns: ${named.join(', ')}), so say where each ` +
    'column goes: on the Import page pick a field per column, or give a column mapping — suggested: ' +
    `--map "${map ?? mapText(suggestMapping(named))}" (every column not mapped is kept in the notes ` +
    'under "Imported details").'
  )
}
