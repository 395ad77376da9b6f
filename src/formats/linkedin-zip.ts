import yauzl from 'yauzl'
import { ValidationError } from '../core/errors.ts'
import { defaultImportLimits, sizeInWords } from '../core/settings/import-limits.ts'
import type { ByteSource } from './byte-source.ts'
import { refuse } from './contact.ts'

/** The Connections.csv found inside a ZIP, with its path there. */
export interface ZipMember {
  path: string
  bytes: Uint8Array
}

/** Connections.csv in an open ZIP: its path there and its bytes, inflated as they are read. */
export interface ConnectionsEntry {
  path: string
  /** The member's bytes; refuses past `maxBytes` whatever the ZIP declares. */
  source: ByteSource
  close(): void
}

/**
 * True when the bytes start like a ZIP archive (`PK\x03\x04`, or `PK\x05\x06`
 * for an empty one).
 *
 * @example isZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04])) // true
 */
export function isZip(bytes: Uint8Array): boolean {
  return (
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06))
  )
}

/**
 * Finds Connections.csv in a LinkedIn data export ZIP
 * (`Basic_LinkedInDataExport_…zip` or `Complete_…`), given as bytes or as
 * the path of a file. The ZIP is read through its central directory, so
 * exports whose local headers carry zero sizes (general-purpose flag bit 3)
 * open fine. The entry name is matched case-insensitively, in any folder;
 * the shallowest match wins. A ZIP without it is refused with a message
 * that says what the ZIP holds instead; a member that unpacks to more than
 * `maxBytes` is refused before a byte of it is inflated (by its declared
 * size) or as soon as it passes that size (if the declaration lies).
 *
 * @example const entry = await openConnectionsCsv(zipBytes, 100 * 1024 * 1024) // entry.path: 'Connections.csv'
 */
export async function openConnectionsCsv(
  zip: Uint8Array | string,
  maxBytes: number,
): Promise<ConnectionsEntry> {
  const options = {
    lazyEntries: true,
    autoClose: false,
    decodeStrings: true,
    validateEntrySizes: true,
    strictFileNames: false,
  }
  let file: yauzl.ZipFile
  try {
    file =
      typeof zip === 'string'
        ? await yauzl.openPromise(zip, options)
        : await yauzl.fromBufferPromise(
            Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength),
            options,
          )
  } catch (error) {
    throw refuse(
      `The ZIP file could not be opened (${reason(error)}). It may be incomplete: download the export again.`,
    )
  }
  try {
    const entries: yauzl.Entry[] = []
    for await (const entry of file.eachEntry()) entries.push(entry)
    const entry = pickConnections(entries)
    if (!entry) throw refuse(describeZip(entries.map((e) => e.fileName)))
    if (entry.isEncrypted()) {
      throw refuse(
        `${entry.fileName} in the ZIP is password-protected; unzip it yourself and import the CSV.`,
      )
    }
    const tooLarge = (): never => {
      throw refuse(tooLargeMessage(entry.fileName, entry.uncompressedSize, maxBytes))
    }
    if (entry.uncompressedSize > maxBytes) tooLarge()
    const source: ByteSource = {
      size: entry.uncompressedSize,
      async *chunks() {
        let total = 0
        try {
          for await (const chunk of await file.openReadStreamPromise(entry)) {
            if (!(chunk instanceof Uint8Array)) continue
            total += chunk.length
            if (total > maxBytes) tooLarge()
            yield chunk
          }
        } catch (error) {
          if (error instanceof ValidationError) throw error
          throw refuse(`The ZIP file is damaged (${reason(error)}). Download the export again.`)
        }
      },
    }
    return { path: entry.fileName, source, close: () => file.close() }
  } catch (error) {
    file.close()
    if (error instanceof ValidationError) throw error
    throw refuse(`The ZIP file is damaged (${reason(error)}). Download the export again.`)
  }
}

/**
 * Extracts Connections.csv whole (what a test or a small caller wants; an
 * import streams it with `openConnectionsCsv`).
 *
 * @example const { path, bytes } = await extractConnectionsCsv(zipBytes) // path: 'Connections.csv'
 */
export async function extractConnectionsCsv(
  bytes: Uint8Array,
  maxBytes = defaultImportLimits.textBytes,
): Promise<ZipMember> {
  const entry = await openConnectionsCsv(bytes, maxBytes)
  try {
    const chunks: Uint8Array[] = []
    for await (const chunk of entry.source.chunks()) chunks.push(chunk)
    return { path: entry.path, bytes: new Uint8Array(Buffer.concat(chunks)) }
  } finally {
    entry.close()
  }
}

function tooLargeMessage(name: string, declared: number, maxBytes: number): string {
  const size = declared > maxBytes ? `${sizeInWords(declared)}, more` : 'more'
  return (
    `${name} in the ZIP unpacks to ${size} than the ${sizeInWords(maxBytes)} one import reads. ` +
    'A LinkedIn export of 30,000 connections is about 5 MB, so this is not the file LinkedIn sent. ' +
    `To import it anyway, unzip it and split ${baseName(name)} into files under ` +
    `${sizeInWords(maxBytes)}, each starting with the header line.`
  )
}

function pickConnections(entries: yauzl.Entry[]): yauzl.Entry | undefined {
  const matches = entries.filter((e) => baseName(e.fileName).toLowerCase() === 'connections.csv')
  return matches.sort((a, b) => depth(a.fileName) - depth(b.fileName))[0]
}

/** LinkedIn export members whose header tells nothing about connections, by lower-case base name. */
const linkedinMembers = new Set([
  'messages.csv',
  'invitations.csv',
  'profile.csv',
  'positions.csv',
  'education.csv',
  'skills.csv',
  'email addresses.csv',
  'phonenumbers.csv',
  'registration.csv',
  'company follows.csv',
  'recommendations_received.csv',
  'recommendations_given.csv',
  'endorsement_received_info.csv',
  'endorsement_given_info.csv',
  'rich_media.csv',
  'ad_targeting.csv',
])

/**
 * Says what a ZIP without Connections.csv holds, for the refusal.
 *
 * @example describeZip(['messages.csv']) // 'This LinkedIn data export has no Connections.csv …'
 */
export function describeZip(paths: string[]): string {
  const files = paths.filter((p) => !p.endsWith('/'))
  const names = files.map(baseName)
  const lower = names.map((n) => n.toLowerCase())
  if (lower.length === 0) return 'The ZIP file is empty.'
  if (
    files.some((p) => p === 'xl/workbook.xml' || p === '[Content_Types].xml') &&
    files.some((p) => p.startsWith('xl/'))
  ) {
    return (
      'This is an Excel workbook (.xlsx), not a CSV. In Excel choose File → Save As → ' +
      '"CSV UTF-8 (Comma delimited)" and import that file.'
    )
  }
  if (files.some((p) => p.startsWith('word/')) && lower.includes('[content_types].xml')) {
    return 'This is a Word document (.docx), not a contacts file.'
  }
  const listed = listNames(names)
  if (lower.some((n) => linkedinMembers.has(n))) {
    return (
      `This LinkedIn data export has no Connections.csv (it holds ${listed}). Request your data ` +
      'again under Settings & Privacy → Data privacy → Get a copy of your data, and tick Connections.'
    )
  }
  return `This ZIP holds no Connections.csv (it holds ${listed}). Import LinkedIn's data export ZIP or its Connections.csv.`
}

function listNames(names: string[]): string {
  const shown = names.slice(0, 6).join(', ')
  return names.length > 6 ? `${shown} and ${names.length - 6} more files` : shown
}

function baseName(path: string): string {
  return path.slice(path.replace(/\\/g, '/').lastIndexOf('/') + 1)
}

function depth(path: string): number {
  return path.split('/').length
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
