import { crc32, deflateRawSync } from 'node:zlib'

/** One file to put into an archive. */
export interface ZipEntry {
  path: string
  bytes: Uint8Array
}

/** One file compressed for an archive: what its headers say, and its DEFLATE data. */
export interface CompressedEntry {
  path: string
  crc: number
  /** Bytes before compression. */
  size: number
  data: Uint8Array
}

const u32Max = 0xffffffff
const u16Max = 0xffff

/**
 * Compresses one file for `zipWriter` (DEFLATE at zlib's default level).
 *
 * @example zipWriter(date).entry(compressEntry({ path: 'people.csv', bytes }))
 */
export function compressEntry(entry: ZipEntry): CompressedEntry {
  return {
    path: entry.path,
    crc: crc32(entry.bytes),
    size: entry.bytes.length,
    data: deflateRawSync(entry.bytes),
  }
}

/**
 * Writes a ZIP archive piece by piece (DEFLATE, UTF-8 names, no extras), so
 * an archive of many files streams out as it is made: `entry` gives each
 * file's local header and data, `end` the central directory. Readable by
 * every unzip tool and by yauzl. The date is fixed to the given day so the
 * same data gives the same bytes. Past 65,535 files (or a directory beyond
 * 4 GiB) the end record is ZIP64's; a smaller archive is plain ZIP.
 *
 * @example
 * const zip = zipWriter(now)
 * const parts = [zip.entry(compressEntry({ path: 'a.md', bytes })), zip.end()]
 */
export function zipWriter(date: Date): {
  entry: (entry: CompressedEntry) => Buffer
  end: () => Buffer
} {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5)
  const day =
    ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) |
    ((date.getUTCMonth() + 1) << 5) |
    date.getUTCDate()
  const central: Buffer[] = []
  let offset = 0
  let count = 0
  return {
    entry(entry) {
      if (offset > u32Max || entry.data.length > u32Max || entry.size > u32Max)
        throw new Error('an export archive past 4 GiB is not supported')
      const name = Buffer.from(entry.path, 'utf8')
      // The local header and the central record say the same from the flags
      // to the name's length; the central record has "made by" before them.
      const common = (header: Buffer, at: number) => {
        header.writeUInt16LE(0x0800, at) // names are UTF-8
        header.writeUInt16LE(8, at + 2)
        header.writeUInt16LE(time, at + 4)
        header.writeUInt16LE(day, at + 6)
        header.writeUInt32LE(entry.crc, at + 8)
        header.writeUInt32LE(entry.data.length, at + 12)
        header.writeUInt32LE(entry.size, at + 16)
        header.writeUInt16LE(name.length, at + 20)
        return header
      }
      const local = common(Buffer.alloc(30), 6)
      local.writeUInt32LE(0x04034b50, 0)
      local.writeUInt16LE(20, 4)
      const record = common(Buffer.alloc(46), 8)
      record.writeUInt32LE(0x02014b50, 0)
      record.writeUInt16LE(20, 4)
      record.writeUInt16LE(20, 6)
      record.writeUInt32LE(offset, 42)
      central.push(record, name)
      const written = Buffer.concat([local, name, entry.data])
      offset += written.length
      count++
      return written
    },
    end() {
      const directory = Buffer.concat(central)
      const zip64 = count > u16Max || directory.length > u32Max || offset > u32Max
      const end = Buffer.alloc(22)
      end.writeUInt32LE(0x06054b50, 0)
      end.writeUInt16LE(Math.min(count, u16Max), 8)
      end.writeUInt16LE(Math.min(count, u16Max), 10)
      end.writeUInt32LE(Math.min(directory.length, u32Max), 12)
      end.writeUInt32LE(Math.min(offset, u32Max), 16)
      if (!zip64) return Buffer.concat([directory, end])
      const record = Buffer.alloc(56)
      record.writeUInt32LE(0x06064b50, 0)
      record.writeBigUInt64LE(44n, 4) // the size of the rest of this record
      record.writeUInt16LE(45, 12)
      record.writeUInt16LE(45, 14)
      record.writeBigUInt64LE(BigInt(count), 24)
      record.writeBigUInt64LE(BigInt(count), 32)
      record.writeBigUInt64LE(BigInt(directory.length), 40)
      record.writeBigUInt64LE(BigInt(offset), 48)
      const locator = Buffer.alloc(20)
      locator.writeUInt32LE(0x07064b50, 0)
      locator.writeBigUInt64LE(BigInt(offset + directory.length), 8)
      locator.writeUInt32LE(1, 16)
      return Buffer.concat([directory, record, locator, end])
    },
  }
}

/**
 * Writes a whole ZIP archive at once: enough for a handful of export files.
 *
 * @example writeZip([{ path: 'people.csv', bytes }], new Date('2026-03-02T09:00:00Z'))
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array<ArrayBuffer> {
  const zip = zipWriter(date)
  const parts = entries.map((entry) => zip.entry(compressEntry(entry)))
  return new Uint8Array(Buffer.concat([...parts, zip.end()]))
}
