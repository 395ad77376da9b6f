import { isUtf8 } from 'node:buffer'
import iconv from 'iconv-lite'
import { type ByteSource, scanChunks } from './byte-source.ts'
import type { TextEncoding } from './contact.ts'
import { declaredEncoding, decodingWarnings } from './decode.ts'
import { isMostlyUtf8, mixedUtf8Decoder, utf8Tally } from './mixed-utf8.ts'

/**
 * A file's text as the parsers read it, streamed: UTF-8 bytes without a byte
 * order mark, every line ending `\n`. Decoded the way `decodeText` decodes a
 * whole file (a BOM or UTF-16's NUL bytes decide; else strict UTF-8; else,
 * when the file is mostly UTF-8, UTF-8 with each stray byte read as
 * Windows-1252; else Windows-1252), so the same file gives the same text
 * either way.
 */
export interface TextStream {
  encoding: TextEncoding
  /** The text, chunk by chunk; each call reads the source again. */
  chunks(): AsyncIterable<Buffer>
  /** After a full read: `decodeText`'s warnings (encoding, damaged characters). */
  warnings(): string[]
}

const replacement = Buffer.from('\uFFFD')
const CR = 0x0d
const LF = 0x0a

/**
 * Decides how `source` is decoded (reading it once to check for UTF-8 when
 * there is no byte order mark) and returns its text as a stream.
 *
 * @example const text = await decodeSource(source, head); for await (const chunk of text.chunks()) …
 */
export async function decodeSource(source: ByteSource, head: Uint8Array): Promise<TextStream> {
  const declared = declaredEncoding(head)
  const reading: Reading = declared ?? (await undeclaredReading(source))
  const { encoding } = reading
  let replacements = 0
  let mixed: string | null = null
  return {
    encoding,
    async *chunks() {
      const counter = replacementCounter()
      const newlines = newlineNormalizer()
      const decoded =
        reading.encoding === 'utf-8' && 'mixed' in reading
          ? mixedChunks(source, (warning) => {
              mixed = warning
            })
          : transcode(source, reading)
      for await (const text of decoded) {
        const normalized = newlines.write(text)
        replacements = counter.count(normalized)
        if (normalized.length > 0) yield normalized
      }
      const rest = newlines.end()
      if (rest.length > 0) {
        replacements = counter.count(rest)
        yield rest
      }
    },
    warnings: () => [...(mixed ? [mixed] : []), ...decodingWarnings(encoding, replacements)],
  }
}

/** How a stream's bytes are turned into text. */
type Reading = { encoding: TextEncoding; skip: number } | { encoding: 'utf-8'; mixed: true }

/** A file without a BOM: UTF-8, mostly UTF-8 (read value by value), or Windows-1252. */
async function undeclaredReading(source: ByteSource): Promise<Reading> {
  if (await isUtf8Source(source)) return { encoding: 'utf-8', skip: 0 }
  const tally = utf8Tally()
  for await (const chunk of scanChunks(source)) tally.add(chunk)
  return isMostlyUtf8(tally.end())
    ? { encoding: 'utf-8', mixed: true }
    : { encoding: 'windows-1252', skip: 0 }
}

/** The bytes of a mostly-UTF-8 source as UTF-8; `done` hears the sentence about its stray bytes. */
async function* mixedChunks(
  source: ByteSource,
  done: (warning: string | null) => void,
): AsyncGenerator<Buffer> {
  const decoder = mixedUtf8Decoder()
  for await (const chunk of source.chunks()) yield decoder.write(chunk)
  yield decoder.end()
  done(decoder.warning())
}

/**
 * A vCard file's bytes as the card reader takes them: UTF-16 (by its BOM)
 * converted to UTF-8, a UTF-8 BOM dropped, anything else as it is, since
 * cards decode each value by its own CHARSET. Line endings are left alone.
 *
 * @example const bytes = cardBytes(source, head)
 */
export function cardBytes(source: ByteSource, head: Uint8Array): TextStream {
  const declared = declaredEncoding(head)
  if (declared && declared.encoding !== 'utf-8-bom') {
    let replacements = 0
    return {
      encoding: declared.encoding,
      async *chunks() {
        const counter = replacementCounter()
        for await (const chunk of transcode(source, declared)) {
          replacements = counter.count(chunk)
          yield chunk
        }
      },
      warnings: () => decodingWarnings(declared.encoding, replacements),
    }
  }
  return {
    encoding: declared?.encoding ?? 'utf-8',
    chunks: () => afterBytes(source.chunks(), declared?.skip ?? 0),
    warnings: () => [],
  }
}

/** True when every byte of the source is valid UTF-8 (checked chunk by chunk, sequences split between chunks joined). */
async function isUtf8Source(source: ByteSource): Promise<boolean> {
  let carry: Uint8Array = new Uint8Array(0)
  for await (const chunk of scanChunks(source)) {
    const bytes = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk
    const cut = completePrefix(bytes)
    if (!isUtf8(bytes.subarray(0, cut))) return false
    // A copy: the chunk's memory is read into again (see scanChunks).
    carry = new Uint8Array(bytes.subarray(cut))
  }
  return carry.length === 0 || isUtf8(carry)
}

/** How many leading bytes end on a whole UTF-8 sequence (a sequence cut by the chunk's end is left for the next). */
function completePrefix(bytes: Uint8Array): number {
  let i = bytes.length - 1
  for (let back = 0; i >= 0 && back < 3 && ((bytes[i] ?? 0) & 0xc0) === 0x80; back++) i--
  if (i < 0) return bytes.length
  const lead = bytes[i] ?? 0
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1
  return i + length > bytes.length ? i : bytes.length
}

/** The source's bytes as UTF-8 without a BOM. */
async function* transcode(
  source: ByteSource,
  { encoding, skip }: { encoding: TextEncoding; skip: number },
): AsyncGenerator<Buffer> {
  if (encoding === 'utf-8') {
    for await (const chunk of source.chunks()) yield asBuffer(chunk)
    return
  }
  if (encoding === 'utf-8-bom') {
    // Invalid sequences behind a BOM become U+FFFD (counted), as decodeText does.
    const decoder = new TextDecoder('utf-8')
    for await (const chunk of afterBytes(source.chunks(), 3)) {
      yield Buffer.from(decoder.decode(chunk, { stream: true }))
    }
    yield Buffer.from(decoder.decode())
    return
  }
  if (encoding === 'windows-1252') {
    for await (const chunk of source.chunks()) {
      yield Buffer.from(iconv.decode(asBuffer(chunk), 'windows-1252'))
    }
    return
  }
  // TextDecoder keeps a surrogate pair cut between two chunks whole.
  const decoder = new TextDecoder(encoding)
  for await (const chunk of afterBytes(source.chunks(), skip)) {
    yield Buffer.from(decoder.decode(chunk, { stream: true }))
  }
  yield Buffer.from(decoder.decode())
}

/** The chunks without their first `count` bytes (a byte order mark), however they are cut. */
async function* afterBytes(
  chunks: AsyncIterable<Uint8Array>,
  count: number,
): AsyncGenerator<Buffer> {
  let skip = count
  for await (const chunk of chunks) {
    const rest = skip > 0 ? chunk.subarray(Math.min(skip, chunk.length)) : chunk
    skip -= chunk.length - rest.length
    if (rest.length > 0) yield asBuffer(rest)
  }
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
}

/**
 * `\r\n` and a lone `\r` become `\n`, across chunk boundaries (a chunk may
 * end between the two bytes of a CRLF).
 */
function newlineNormalizer(): { write(chunk: Buffer): Buffer; end(): Buffer } {
  let pendingCr = false
  return {
    write(chunk) {
      if (chunk.length === 0 || (!pendingCr && chunk.indexOf(CR) === -1)) return chunk
      const out = Buffer.allocUnsafe(chunk.length + 1)
      let n = 0
      let i = 0
      if (pendingCr) {
        out[n++] = LF
        if (chunk[0] === LF) i = 1
        pendingCr = false
      }
      for (; i < chunk.length; i++) {
        const byte = chunk[i] ?? 0
        if (byte !== CR) out[n++] = byte
        else if (i === chunk.length - 1) pendingCr = true
        else {
          out[n++] = LF
          if (chunk[i + 1] === LF) i++
        }
      }
      return out.subarray(0, n)
    },
    end() {
      return pendingCr ? Buffer.from([LF]) : Buffer.alloc(0)
    },
  }
}

/** Counts U+FFFD in UTF-8 chunks, a character split between chunks included; returns the running total. */
function replacementCounter(): { count(chunk: Buffer): number } {
  let total = 0
  let tail = Buffer.alloc(0)
  return {
    count(chunk) {
      const bytes = tail.length > 0 ? Buffer.concat([tail, chunk]) : chunk
      for (let i = bytes.indexOf(replacement); i !== -1; i = bytes.indexOf(replacement, i + 3)) {
        total++
      }
      // Keep what could be the start of a U+FFFD cut by the chunk's end.
      const keep = bytes.subarray(Math.max(0, bytes.length - 2))
      tail = keep.indexOf(0xef) === -1 ? Buffer.alloc(0) : Buffer.from(keep)
      return total
    },
  }
}
