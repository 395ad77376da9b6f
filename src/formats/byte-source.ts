import { createReadStream } from 'node:fs'
import { open, stat } from 'node:fs/promises'

/**
 * The bytes of a file that an import reads in chunks, as often as it needs
 * (once to check the encoding, once to parse), without ever holding more
 * than a chunk of them: an uploaded buffer, a file on disk, a ZIP member.
 */
export interface ByteSource {
  /** The size before reading, when known (a buffer, a file, a ZIP member's declared size). */
  readonly size: number | null
  /** The bytes from the start, chunk by chunk; each call reads them again. */
  chunks(): AsyncIterable<Uint8Array>
  /**
   * The bytes from the start again, for a pass that keeps none of them
   * (see `scanChunks`): each chunk is good only until the next one is asked
   * for, since a file is read into one buffer used again for every chunk.
   */
  scan?(): AsyncIterable<Uint8Array>
}

/**
 * The source's bytes for a pass that looks at each chunk and keeps none
 * (nor any view of one) past the next: its `scan` when it has one, else
 * its `chunks`. Reading a 40 MB file this way holds one chunk, where
 * `chunks` leaves every chunk it read to the garbage collector, which lets
 * tens of megabytes of them pile up (outside the JavaScript heap) before it
 * runs.
 *
 * @example for await (const chunk of scanChunks(source)) tally.add(chunk)
 */
export function scanChunks(source: ByteSource): AsyncIterable<Uint8Array> {
  return source.scan ? source.scan() : source.chunks()
}

const chunkSize = 256 * 1024

/**
 * Bytes already in memory, handed out in slices (no copy).
 *
 * @example for await (const chunk of bytesSource(bytes).chunks()) total += chunk.length
 */
export function bytesSource(bytes: Uint8Array, size = chunkSize): ByteSource {
  return {
    size: bytes.length,
    async *chunks() {
      for (let start = 0; start < bytes.length; start += size) {
        yield bytes.subarray(start, start + size)
      }
    },
  }
}

/**
 * A file on disk, streamed.
 *
 * @example const source = await fileSource('Connections.csv')
 */
export async function fileSource(path: string): Promise<ByteSource> {
  const { size } = await stat(path)
  return {
    size,
    async *chunks() {
      for await (const chunk of createReadStream(path, { highWaterMark: chunkSize })) {
        if (chunk instanceof Uint8Array) yield chunk
      }
    },
    async *scan() {
      const file = await open(path, 'r')
      try {
        const buffer = Buffer.allocUnsafeSlow(chunkSize)
        for (;;) {
          const { bytesRead } = await file.read(buffer, 0, chunkSize, null)
          if (bytesRead === 0) return
          yield buffer.subarray(0, bytesRead)
        }
      } finally {
        await file.close()
      }
    },
  }
}

/**
 * The first `max` bytes (fewer when the source is shorter), and whether
 * that is all of it. What detection looks at.
 *
 * @example const { head, whole } = await readHead(source)
 */
export async function readHead(
  source: ByteSource,
  max = 64 * 1024,
): Promise<{ head: Uint8Array; whole: boolean }> {
  const parts: Uint8Array[] = []
  let length = 0
  for await (const chunk of source.chunks()) {
    parts.push(chunk)
    length += chunk.length
    if (length > max) break
  }
  const joined = Buffer.concat(parts, length)
  return { head: joined.subarray(0, Math.min(max, length)), whole: length <= max }
}

/**
 * Counts what `source` yields and calls `refuse` (which throws) as soon as
 * it passes `max` bytes, whatever its declared size said: a ZIP member may
 * lie about its size, and a decoder may grow the text.
 *
 * @example capBytes(source, 100 * 1024 * 1024, () => { throw refuse('too large') })
 */
export function capBytes(source: ByteSource, max: number, refuse: () => never): ByteSource {
  async function* capped(chunks: AsyncIterable<Uint8Array>) {
    let total = 0
    for await (const chunk of chunks) {
      total += chunk.length
      if (total > max) refuse()
      yield chunk
    }
  }
  return {
    size: source.size,
    chunks: () => capped(source.chunks()),
    scan: () => capped(scanChunks(source)),
  }
}
