import type { Readable } from 'node:stream'
import yauzl from 'yauzl'
import { ValidationError } from '../core/errors.ts'
import { refuse } from './contact.ts'

/** The Connections.csv found inside a ZIP, with its path there. */
export interface ZipMember {
  path: string
  bytes: Uint8Array
}

/** Large enough for any real Connections.csv (30,000 rows are ~5 MB); small enough to stop a ZIP bomb. */
const maxEntryBytes = 256 * 1024 * 1024

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
 * Finds and extracts Connections.csv from a LinkedIn data export ZIP
 * (`Basic_LinkedInDataExport_…zip` or `Complete_…`). The ZIP is read through
 * its central directory, so exports whose local headers carry zero sizes
 * (general-purpose flag bit 3) open fine. The entry name is matched
 * case-insensitively, in any folder; the shallowest match wins. A ZIP without
 * it is refused with a message that says what the ZIP holds instead.
 *
 * @example const { path, bytes } = await extractConnectionsCsv(zipBytes) // path: 'Connections.csv'
 */
export async function extractConnectionsCsv(bytes: Uint8Array): Promise<ZipMember> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      {
        lazyEntries: true,
        decodeStrings: true,
        validateEntrySizes: true,
        strictFileNames: false,
      },
    )
  } catch (error) {
    throw refuse(
      `The ZIP file could not be opened (${reason(error)}). It may be incomplete: download the export again.`,
    )
  }
  try {
    const entries: yauzl.Entry[] = []
    for await (const entry of zip.eachEntry()) entries.push(entry)
    const entry = pickConnections(entries)
    if (!entry) throw refuse(describeZip(entries.map((e) => e.fileName)))
    if (entry.isEncrypted()) {
      throw refuse(
        `${entry.fileName} in the ZIP is password-protected; unzip it yourself and import the CSV.`,
      )
    }
    if (entry.uncompressedSize > maxEntryBytes) {
      throw refuse(
        `${entry.fileName} in the ZIP is larger than 256 MB, far beyond any real LinkedIn export.`,
      )
    }
    return { path: entry.fileName, bytes: await readEntry(zip, entry) }
  } catch (error) {
    if (error instanceof ValidationError) throw error
    throw refuse(`The ZIP file is damaged (${reason(error)}). Download the export again.`)
  } finally {
    zip.close()
  }
}

function pickConnections(entries: yauzl.Entry[]): yauzl.Entry | undefined {
  const matches = entries.filter((e) => baseName(e.fileName).toLowerCase() === 'connections.csv')
  return matches.sort((a, b) => depth(a.fileName) - depth(b.fileName))[0]
}

async function readEntry(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Uint8Array> {
  const stream: Readable = await zip.openReadStreamPromise(entry)
  const chunks: Buffer[] = []
  for await (const chunk of stream) {
    if (Buffer.isBuffer(chunk)) chunks.push(chunk)
  }
  return new Uint8Array(Buffer.concat(chunks))
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
