import iconv from 'iconv-lite'

/**
 * Text that is UTF-8 but for a few bytes: a row pasted in from a file saved
 * as Windows-1252, one program's export appended to another's. Reading the
 * whole file as Windows-1252 would garble every correct accented name
 * ("JosÃ© MÃ¼ller"); instead each valid UTF-8 sequence is kept as it is and
 * each byte that is no UTF-8 is read as Windows-1252, value by value, as
 * the vCard reader does. The lines that held such bytes are noted for the
 * report.
 */

/** Each byte as Windows-1252 text, in UTF-8. */
const cp1252 = Array.from({ length: 256 }, (_, b) =>
  Buffer.from(iconv.decode(Buffer.from([b]), 'windows-1252')),
)

const LF = 0x0a
const CR = 0x0d

/**
 * The length of the well-formed UTF-8 sequence at `i` (Unicode's table 3-7),
 * 0 when the byte starts none, -1 when the bytes end before it could be told.
 */
function sequenceAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0
  if (b < 0x80) return 1
  let length: number
  let low = 0x80
  let high = 0xbf
  if (b >= 0xc2 && b <= 0xdf) length = 2
  else if (b >= 0xe0 && b <= 0xef) {
    length = 3
    if (b === 0xe0) low = 0xa0
    if (b === 0xed) high = 0x9f
  } else if (b >= 0xf0 && b <= 0xf4) {
    length = 4
    if (b === 0xf0) low = 0x90
    if (b === 0xf4) high = 0x8f
  } else return 0
  for (let k = 1; k < length; k++) {
    if (i + k >= bytes.length) return -1
    const c = bytes[i + k] ?? 0
    if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0
  }
  return length
}

/** How many well-formed multi-byte sequences and how many stray bytes some bytes hold. */
export interface Utf8Tally {
  sequences: number
  stray: number
}

/**
 * Counts well-formed multi-byte UTF-8 sequences and stray bytes, chunk by
 * chunk (a sequence cut between chunks is joined).
 *
 * @example const t = utf8Tally(); t.add(bytes); t.end() // { sequences: 2, stray: 1 }
 */
export function utf8Tally(): { add(chunk: Uint8Array): void; end(): Utf8Tally } {
  const tally: Utf8Tally = { sequences: 0, stray: 0 }
  let carry: Uint8Array = new Uint8Array(0)
  const scan = (bytes: Uint8Array, final: boolean): Uint8Array => {
    let i = 0
    while (i < bytes.length) {
      const b = bytes[i] ?? 0
      if (b < 0x80) {
        i++
        continue
      }
      const length = sequenceAt(bytes, i)
      // A copy of the cut sequence: the caller may read into the chunk again.
      if (length === -1 && !final) return new Uint8Array(bytes.subarray(i))
      if (length > 1) {
        tally.sequences++
        i += length
      } else {
        tally.stray++
        i++
      }
    }
    return new Uint8Array(0)
  }
  return {
    add(chunk) {
      carry = scan(carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk, false)
    },
    end() {
      scan(carry, true)
      carry = new Uint8Array(0)
      return tally
    },
  }
}

/** True when the bytes are mostly UTF-8: more well-formed sequences than stray bytes. */
export function isMostlyUtf8(tally: Utf8Tally): boolean {
  return tally.sequences > tally.stray
}

/** Lines past this many are counted, not listed. */
const shownLines = 10

/**
 * A streaming decoder of mostly-UTF-8 bytes to UTF-8: valid sequences kept,
 * every other byte read as Windows-1252. `warning` names the lines (1-based;
 * CRLF, LF and a lone CR each end one) that held such bytes.
 *
 * @example
 * const d = mixedUtf8Decoder()
 * d.write(bytes).toString() + d.end().toString() // 'José Zoë'
 */
export function mixedUtf8Decoder(): {
  write(chunk: Uint8Array): Buffer
  end(): Buffer
  /** The report's sentence about the lines with stray bytes, or null when there were none. */
  warning(): string | null
} {
  let carry: Uint8Array = new Uint8Array(0)
  let line = 1
  let afterCr = false
  const lines: number[] = []
  let lineCount = 0
  const mark = () => {
    if (lines[lines.length - 1] === line) return
    lineCount++
    if (lines.length < shownLines) lines.push(line)
  }
  const decode = (bytes: Uint8Array, final: boolean): Buffer => {
    const parts: Uint8Array[] = []
    let runStart = 0
    let i = 0
    while (i < bytes.length) {
      const b = bytes[i] ?? 0
      if (b < 0x80) {
        if (b === LF) {
          if (!afterCr) line++
          afterCr = false
        } else if (b === CR) {
          line++
          afterCr = true
        } else afterCr = false
        i++
        continue
      }
      afterCr = false
      const length = sequenceAt(bytes, i)
      if (length === -1 && !final) {
        parts.push(bytes.subarray(runStart, i))
        carry = Buffer.from(bytes.subarray(i))
        return Buffer.concat(parts)
      }
      if (length > 1) {
        i += length
        continue
      }
      parts.push(bytes.subarray(runStart, i), cp1252[b] ?? Buffer.alloc(0))
      mark()
      i++
      runStart = i
    }
    parts.push(bytes.subarray(runStart))
    carry = new Uint8Array(0)
    return Buffer.concat(parts)
  }
  return {
    write: (chunk) => decode(carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk, false),
    end: () => decode(carry, true),
    warning() {
      if (lineCount === 0) return null
      const more = lineCount > lines.length ? ` and ${lineCount - lines.length} more` : ''
      const listed =
        lines.length === 1 && !more
          ? `Line ${lines[0]} holds`
          : `Lines ${lines.join(', ')}${more} hold`
      const those = lineCount === 1 ? 'that line' : 'those lines'
      return (
        `${listed} bytes that are not UTF-8; they were read as Windows-1252 (the rest of the ` +
        `file is UTF-8). Check the names on ${those}.`
      )
    },
  }
}
