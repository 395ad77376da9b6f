import { crc32, createDeflateRaw } from 'node:zlib'
import {
  centralDirectoryEntry,
  endOfCentralDirectory,
  localFileHeader,
  type ZipEntryHeader,
} from './fixtures/zip.ts'

export interface ZipBombOptions {
  /** Data rows of Connections.csv (each ~80 bytes). */
  rows: number
  /** Write this as the member's uncompressed size instead of the true one (a ZIP that lies). */
  declaredSize?: number
}

/**
 * A LinkedIn data export ZIP whose Connections.csv is `rows` rows long,
 * deflated as it is generated, so a 250 MB member never sits in memory:
 * the ZIP bomb of issue 11 (3.2 million rows, ~250 MB unzipped, a few
 * hundred KB zipped).
 *
 * @example const { zip, size } = await zipBomb({ rows: 3_200_000 }) // size ≈ 250 MB
 */
export async function zipBomb(options: ZipBombOptions): Promise<{ zip: Uint8Array; size: number }> {
  const header =
    'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n' +
    'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n'
  const row = 'Bomb,Row,https://www.linkedin.com/in/bomb-row,,Bomb Inc.,Engineer,05 Jan 2026\n'
  const block = Buffer.from(row.repeat(10_000))
  const deflate = createDeflateRaw({ level: 6 })
  const compressed: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => compressed.push(chunk))
  const finished = new Promise<void>((resolve, reject) => {
    deflate.once('end', resolve)
    deflate.once('error', reject)
  })
  let crc = 0
  let size = 0
  const write = async (bytes: Buffer) => {
    crc = crc32(bytes, crc)
    size += bytes.length
    if (!deflate.write(bytes)) await new Promise((resolve) => deflate.once('drain', resolve))
  }
  await write(Buffer.from(header))
  for (let left = options.rows; left > 0; left -= 10_000) {
    await write(left >= 10_000 ? block : Buffer.from(row.repeat(left)))
  }
  deflate.end()
  await finished
  const data = Buffer.concat(compressed)
  const declared = options.declaredSize ?? size
  const name = Buffer.from('Basic_LinkedInDataExport_01-05-2026/Connections.csv')
  const entry: ZipEntryHeader = {
    flags: 0x0800,
    method: 8,
    crc,
    compressedSize: data.length,
    size: declared,
    nameLength: name.length,
  }
  const local = localFileHeader(entry)
  const central = centralDirectoryEntry(entry, 0)
  const directoryOffset = local.length + name.length + data.length
  const end = endOfCentralDirectory(1, central.length + name.length, directoryOffset)
  const zip = Buffer.concat([local, name, data, central, name, end])
  return { zip: new Uint8Array(zip.buffer, zip.byteOffset, zip.length), size }
}
