import { crc32, deflateRawSync } from 'node:zlib'

/** One file to put into an archive. */
export interface ZipEntry {
  path: string
  bytes: Uint8Array
}

/**
 * Writes a ZIP archive (DEFLATE, UTF-8 names, no extras): enough for a
 * handful of export files, readable by every unzip tool and by yauzl. The
 * date is fixed to the given day so the same data gives the same bytes.
 *
 * @example writeZip([{ path: 'people.csv', bytes }], new Date('2026-03-02T09:00:00Z'))
 */
export function writeZip(entries: readonly ZipEntry[], date: Date): Uint8Array<ArrayBuffer> {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5)
  const day =
    ((Math.max(1980, date.getUTCFullYear()) - 1980) << 9) |
    ((date.getUTCMonth() + 1) << 5) |
    date.getUTCDate()
  const parts: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const entry of entries) {
    const name = Buffer.from(entry.path, 'utf8')
    const data = deflateRawSync(entry.bytes)
    const crc = crc32(entry.bytes)
    const header = (signature: number, size: number) => {
      const b = Buffer.alloc(size)
      b.writeUInt32LE(signature, 0)
      return b
    }
    const local = header(0x04034b50, 30)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // names are UTF-8
    local.writeUInt16LE(8, 8)
    local.writeUInt16LE(time, 10)
    local.writeUInt16LE(day, 12)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(entry.bytes.length, 22)
    local.writeUInt16LE(name.length, 26)
    parts.push(local, name, data)
    const record = header(0x02014b50, 46)
    record.writeUInt16LE(20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(0x0800, 8)
    record.writeUInt16LE(8, 10)
    record.writeUInt16LE(time, 12)
    record.writeUInt16LE(day, 14)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(data.length, 20)
    record.writeUInt32LE(entry.bytes.length, 24)
    record.writeUInt16LE(name.length, 28)
    record.writeUInt32LE(offset, 42)
    central.push(record, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return new Uint8Array(Buffer.concat([...parts, directory, end]))
}
