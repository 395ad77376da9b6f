import iconv from 'iconv-lite'
import libmime from 'libmime'
import { decode as decodeWithLibmime } from 'libmime/lib/charset.js'
import type { TextEncoding } from './contact.ts'
import { isMostlyUtf8, mixedUtf8Decoder, utf8Tally } from './mixed-utf8.ts'

/** Text decoded from a file, with how it was decoded and what the explorer should know. */
export interface DecodedText {
  /** The text without any byte order mark. */
  text: string
  encoding: TextEncoding
  /** Sentences for the import report; empty for a clean UTF-8 file. */
  warnings: string[]
  /** How many U+FFFD replacement characters the text holds (damage done before it reached us). */
  replacementCount: number
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true })

/**
 * Turns the bytes of an uploaded file into text with the algorithm of
 * FORMATS.md §1.6 step 2: a BOM decides (UTF-8, UTF-16LE, UTF-16BE), and
 * so do UTF-16's NUL bytes when there is no BOM; otherwise strict UTF-8;
 * when that fails on a file that is mostly UTF-8, UTF-8 with each stray
 * byte read as Windows-1252 and the lines that held one named; otherwise
 * Windows-1252 (what Excel's "CSV (Comma delimited)" writes), with a
 * warning. U+FFFD characters already
 * in the file are counted and reported, since they mean an earlier program
 * destroyed characters (an Excel re-save of a UTF-8 file).
 *
 * @example
 * decodeText(new Uint8Array([0x43, 0x6f, 0x6c, 0xf3, 0x6e])).text // 'Colón' (Windows-1252)
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const { text, encoding, mixed } = decodeBytes(bytes)
  const replacementCount = countReplacements(text)
  return {
    text,
    encoding,
    warnings: [...(mixed ? [mixed] : []), ...decodingWarnings(encoding, replacementCount)],
    replacementCount,
  }
}

/** How a file announces its encoding before any text: a BOM, or UTF-16's NUL bytes. */
export interface DeclaredEncoding {
  encoding: 'utf-8-bom' | 'utf-16le' | 'utf-16be'
  /** Bytes of the byte order mark to skip (0 for UTF-16 told by its NULs). */
  skip: number
}

/**
 * The encoding the first bytes announce: a byte order mark, or UTF-16
 * without one, told by where its NUL bytes fall (ASCII in UTF-16LE is
 * `41 00`, in UTF-16BE `00 41`). Null for anything else.
 *
 * @example declaredEncoding(new Uint8Array([0x42, 0x00, 0x45, 0x00])) // { encoding: 'utf-16le', skip: 0 }
 */
export function declaredEncoding(bytes: Uint8Array): DeclaredEncoding | null {
  const bom = bomEncoding(bytes)
  if (bom) return { encoding: bom, skip: bom === 'utf-8-bom' ? 3 : 2 }
  const utf16 = sniffUtf16(bytes)
  return utf16 ? { encoding: utf16, skip: 0 } : null
}

/**
 * UTF-16 without a BOM: in the first 4 KB, at least a third of the code
 * units have a NUL high byte (ASCII letters, digits, commas, line breaks)
 * and almost none a NUL low byte. Binary files have NULs on both sides.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const units = Math.floor(Math.min(bytes.length, 4096) / 2)
  if (units < 8) return null
  let evenNul = 0
  let oddNul = 0
  // Control characters other than TAB, LF and CR mean binary data, in either byte order.
  let controlLe = 0
  let controlBe = 0
  const isControl = (unit: number) => unit < 0x20 && unit !== 0x09 && unit !== 0x0a && unit !== 0x0d
  for (let i = 0; i < units * 2; i += 2) {
    const even = bytes[i] ?? 0
    const odd = bytes[i + 1] ?? 0
    if (even === 0) evenNul++
    if (odd === 0) oddNul++
    if (isControl(even | (odd << 8))) controlLe++
    if (isControl((even << 8) | odd)) controlBe++
  }
  if (oddNul >= units / 3 && evenNul <= units / 50 && controlLe === 0) return 'utf-16le'
  if (evenNul >= units / 3 && oddNul <= units / 50 && controlBe === 0) return 'utf-16be'
  return null
}

/**
 * What the explorer should know about how a file's text was read: a
 * fallback to Windows-1252, a conversion from UTF-16, and characters
 * already destroyed before the file reached us (U+FFFD).
 *
 * @example decodingWarnings('utf-8', 0) // []
 */
export function decodingWarnings(encoding: TextEncoding, replacementCount: number): string[] {
  const warnings: string[] = []
  if (encoding === 'windows-1252') {
    warnings.push(
      'The file is not UTF-8, so it was read as Windows-1252 (what Excel writes when it saves ' +
        '"CSV (Comma delimited)"); check accented names in the preview.',
    )
  } else if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    warnings.push(`The file is ${encoding.toUpperCase()} text; it was converted to UTF-8.`)
  }
  if (replacementCount > 0) {
    warnings.push(
      `The file was already damaged before it reached coffeechat: ${replacementCount} ` +
        `character${replacementCount === 1 ? ' was' : 's were'} replaced by "\uFFFD" by the program ` +
        'that last saved it (often Excel). Those characters cannot be recovered; importing the ' +
        'original export instead keeps them.',
    )
  }
  return warnings
}

/**
 * The encoding a byte order mark announces, or null when there is none.
 *
 * @example bomEncoding(new Uint8Array([0xff, 0xfe])) // 'utf-16le'
 */
export function bomEncoding(bytes: Uint8Array): 'utf-8-bom' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

function decodeBytes(bytes: Uint8Array): {
  text: string
  encoding: TextEncoding
  /** The sentence about lines with stray bytes, for a mostly-UTF-8 file. */
  mixed?: string
} {
  const declared = declaredEncoding(bytes)
  if (declared?.encoding === 'utf-8-bom') {
    return { text: decodeUtf8Lenient(bytes.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (declared) {
    const { encoding, skip } = declared
    return { text: iconv.decode(Buffer.from(bytes.subarray(skip)), encoding), encoding }
  }
  const utf8 = tryUtf8(bytes)
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' }
  const tally = utf8Tally()
  tally.add(bytes)
  if (isMostlyUtf8(tally.end())) {
    const decoder = mixedUtf8Decoder()
    const text = Buffer.concat([decoder.write(bytes), decoder.end()]).toString('utf8')
    return { text, encoding: 'utf-8', mixed: decoder.warning() ?? undefined }
  }
  return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), encoding: 'windows-1252' }
}

/**
 * Strict UTF-8, or null when the bytes are not valid UTF-8.
 *
 * @example tryUtf8(new Uint8Array([0xc3, 0xa9])) // 'é'
 */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes)
  } catch {
    return null
  }
}

/**
 * UTF-8 with replacement characters for invalid sequences (used after a BOM
 * promised UTF-8: the damage is then counted rather than guessed away).
 *
 * @example decodeUtf8Lenient(new Uint8Array([0x61, 0xff])) // 'a\uFFFD'
 */
export function decodeUtf8Lenient(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes)
}

/**
 * Decodes bytes in a named character set (a vCard 2.1 `CHARSET` parameter).
 * UTF-8 and unnamed charsets use strict UTF-8 with a Windows-1252 fallback;
 * other names go through libmime (which knows the aliases and the Japanese
 * charsets phones use). Unknown names return null so the caller can say so.
 *
 * @example decodeCharset(new Uint8Array([0xe9]), 'ISO-8859-1') // 'é'
 */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string | null {
  const name = libmime.normalizeCharset(charset?.trim() || 'UTF-8')
  if (name === 'UTF-8') return tryUtf8(bytes) ?? iconv.decode(bytes, 'windows-1252')
  if (!iconv.encodingExists(name)) return null
  return decodeWithLibmime(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name)
}

/**
 * Counts U+FFFD replacement characters.
 *
 * @example countReplacements('Col\uFFFD') // 1
 */
export function countReplacements(text: string): number {
  let count = 0
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) count++
  return count
}
