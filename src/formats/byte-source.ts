import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'

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
  return {
    size: source.size,
    async *chunks() {
      let total = 0
      for await (const chunk of source.chunks()) {
        total += chunk.length
        if (total > max) refuse()
        yield chunk
      }
    },
  }
}
