import { parsedRow } from './contact.ts'
import { contactsCsvReader } from './contacts-csv.ts'
import { readTextHead, streamCsvRecords } from './csv-stream.ts'
import { scanLines } from './csv-table.ts'
import { detectTextFormat, refuseBinary } from './detect.ts'
import type { FormatInput, FormatStream } from './import.ts'
import { linkedinReader } from './linkedin.ts'
import { rowWarnings } from './row-warnings.ts'
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
  if (format === 'vcard') return 'vcard'
  const warnings = rowWarnings(input.onRowWarning)
  const scanned = scanLines(head)
  const reader =
    format === 'linkedin'
      ? linkedinReader(scanned, warnings)
      : contactsCsvReader(scanned, warnings, format)
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
