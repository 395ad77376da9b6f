import { mappingHeader, suggestsContacts } from './column-mapping.ts'
import { type ImportFormat, isEmailAddress, refuse } from './contact.ts'
import { contactsCsvDialect } from './contacts-csv-dialects.ts'
import { normalizeNewlines, scanLines } from './csv-table.ts'
import { type DecodedText, declaredEncoding, decodeText } from './decode.ts'
import { isConnectionsHeader, looksLikeDataRows, missingHeaderMessage } from './linkedin.ts'
import { isZip } from './linkedin-zip.ts'
import { linkedinFileRefusal, otherFileRefusal } from './not-contacts.ts'

/** What a file is: its format, and whether it is a ZIP to open first. */
export interface Detection {
  format: ImportFormat
  /** `zip`: a LinkedIn data export to look into for Connections.csv. */
  container: 'zip' | 'file'
}

/**
 * Tells the format of an uploaded file from its content (the name only
 * sharpens messages). Files that are none of the importable formats are
 * refused with a `ValidationError` that says what they look like instead:
 * another file of the LinkedIn export (`messages.csv`, `Invitations.csv`,
 * `Profile.csv`, …), a calendar, a spreadsheet, or a CSV with its columns
 * listed. A ZIP is reported as a LinkedIn export; whether it holds a
 * Connections.csv is known only once it is opened.
 *
 * @example detectFormat(new TextEncoder().encode('BEGIN:VCARD\r\n…')) // { format: 'vcard', container: 'file' }
 */
export function detectFormat(bytes: Uint8Array, filename?: string): Detection {
  if (isZip(bytes)) return { format: 'linkedin', container: 'zip' }
  refuseBinary(bytes, filename)
  return { format: detectTextFormat(decodeText(bytes), filename), container: 'file' }
}

/**
 * The format of a text file already decoded, or a refusal.
 *
 * @example detectTextFormat(decodeText(bytes), 'Connections.csv') // 'linkedin'
 */
export function detectTextFormat(decoded: DecodedText, filename?: string): ImportFormat {
  const text = normalizeNewlines(decoded.text)
  const start = text.trimStart()
  if (start === '') throw refuse('The file is empty.')
  if (/^BEGIN:VCARD/i.test(start)) return 'vcard'
  refuseOtherText(start)
  const lines = scanLines(text)
  if (lines.some((l) => isConnectionsHeader(l.cells))) return 'linkedin'
  for (const line of lines) {
    const dialect = contactsCsvDialect(line.cells)
    if (dialect) return dialect.format
  }
  // Cards after some junk (a mail header, a blank first line of spaces) are still cards.
  if (/^BEGIN:VCARD\s*$/im.test(text.slice(0, 64 * 1024))) return 'vcard'
  const otherLinkedinFile = linkedinFileRefusal(lines)
  if (otherLinkedinFile) throw refuse(otherLinkedinFile)
  const cells = lines.map((l) => l.cells)
  if (/\.vcf$|\.vcard$/i.test(filename ?? '')) {
    throw refuse('The file is named like a vCard but holds no BEGIN:VCARD block.')
  }
  // A CSV of people in no known layout is read through a column mapping the explorer confirms.
  const header = mappingHeader(lines)
  if (header && looksLikeHeader(header.cells) && suggestsContacts(header.cells)) return 'csv'
  if (looksLikeDataRows(cells)) throw refuse(missingHeaderMessage(cells))
  throw refuse(otherFileRefusal(lines, start))
}

/** True when no cell of the line is a value: an email address, a number, a phone or a date. */
function looksLikeHeader(cells: string[]): boolean {
  return cells.every((cell) => !isEmailAddress(cell) && !/^[\d+(]/.test(cell))
}

/**
 * Refuses a file whose first bytes show it is no text at all: a PDF, an
 * Office document, a gzip archive, binary data.
 *
 * @example refuseBinary(pdfBytes, 'cv.pdf') // throws: This is a PDF document, not a contacts file.
 */
export function refuseBinary(bytes: Uint8Array, filename: string | undefined): void {
  const ascii = Buffer.from(bytes.subarray(0, 8)).toString('latin1')
  if (ascii.startsWith('%PDF-')) throw refuse('This is a PDF document, not a contacts file.')
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    throw refuse(
      /\.xls$/i.test(filename ?? '')
        ? 'This is an Excel 97–2003 workbook (.xls), not a CSV. In Excel choose File → Save As → ' +
            '"CSV UTF-8 (Comma delimited)" and import that file.'
        : 'This is a Microsoft Office document (Excel, Word or an Outlook .msg), not a contacts file. ' +
            'Export the contacts as CSV or vCard instead.',
    )
  }
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw refuse('This is a gzip archive; unpack it and import the file inside.')
  }
  const utf16 = declaredEncoding(bytes)?.encoding.startsWith('utf-16') === true
  if (!utf16 && bytes.subarray(0, 4096).includes(0)) {
    throw refuse('This is not a text file (it holds binary data), so it is not a contacts export.')
  }
}

function refuseOtherText(start: string): void {
  if (/^BEGIN:VCALENDAR/i.test(start)) {
    throw refuse('This is a calendar file (iCalendar, .ics), not contacts.')
  }
  if (/^[{[]/.test(start)) {
    throw refuse(
      'This is a JSON file, not a contacts export. A coffeechat backup is loaded with restore, not import.',
    )
  }
  if (/^<(!doctype html|html|\?xml)/i.test(start)) {
    throw refuse(
      'This is a web page or an XML document, not a contacts export. If a download saved a page ' +
        'instead of the file, download the file itself.',
    )
  }
  if (/^(Return-Path|Received|MIME-Version|From|Subject|X-Unsent):/i.test(start)) {
    throw refuse('This is an email message (.eml), not a contacts export.')
  }
}
