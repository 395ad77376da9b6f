import { type ImportFormat, type ImportParse, refuse } from './contact.ts'
import { parseContactsCsv } from './contacts-csv.ts'
import { decodeText } from './decode.ts'
import { detectFormat } from './detect.ts'
import { parseLinkedinConnections } from './linkedin.ts'
import { extractConnectionsCsv, isZip } from './linkedin-zip.ts'
import { parseVcards } from './vcard.ts'

export interface ReadImportOptions {
  /** The uploaded file's name; only sharpens messages. */
  filename?: string
  /** Skip detection and read the file as this format (the CLI's `--format`). */
  format?: ImportFormat
}

/**
 * Everything an import needs from the bytes of one uploaded file, with no
 * database in sight: opens a LinkedIn ZIP, decodes the text, detects the
 * format (unless `format` is given), and parses it into neutral contacts
 * with skipped rows and warnings. Refuses (throws `ValidationError`, one
 * sentence the explorer can act on) a file that is none of the formats.
 *
 * @example
 * const parsed = await readImport(bytes, { filename: 'Connections.csv' })
 * parsed.format // 'linkedin'
 * parsed.rows === parsed.contacts.length + parsed.skipped.length // true
 */
export async function readImport(
  bytes: Uint8Array,
  options: ReadImportOptions = {},
): Promise<ImportParse> {
  if (isZip(bytes)) {
    if (options.format && options.format !== 'linkedin') {
      throw refuse(`This is a ZIP archive, not a ${formatNames[options.format]} file.`)
    }
    const entry = await extractConnectionsCsv(bytes)
    return parseLinkedinConnections(decodeText(entry.bytes))
  }
  const format = options.format ?? detectFormat(bytes, options.filename).format
  if (format === 'vcard') return parseVcards(bytes)
  const decoded = decodeText(bytes)
  if (format === 'linkedin') return parseLinkedinConnections(decoded)
  return parseContactsCsv(decoded, format)
}

const formatNames: Record<ImportFormat, string> = {
  linkedin: 'LinkedIn',
  google: 'Google Contacts CSV',
  outlook: 'Outlook CSV',
  vcard: 'vCard',
}
