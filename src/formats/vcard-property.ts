import iconv from 'iconv-lite'
import { countReplacements, decodeCharset, tryUtf8 } from './decode.ts'

// One content line of a vCard: its name, group and parameters, and its value
// decoded to text (quoted-printable, base64, the charset it names or UTF-8 with
// a Windows-1252 fallback). vcard-lines.ts frames the file into these lines.

/** One property of a card, unfolded and decoded to text, its value still escaped as the version escapes it. */
export interface ContentLine {
  /** 1-based line where the property starts in the file. */
  line: number
  /** Upper-case property name without its group (`EMAIL` for `item1.EMAIL`). */
  name: string
  group: string
  /** Upper-case parameter names to their values (bare 2.1 parameters are `TYPE` values). */
  params: Map<string, string[]>
  value: string
}

/** What one read of a file has said so far. */
export interface ReadState {
  warnings: string[]
  warnedNonUtf8: boolean
  /** Line notes past `maxLineWarnings`, counted instead of kept. */
  dropped: number
}

/** Keeps a note about one line, or counts it once `maxLineWarnings` are kept. */
export function note(state: ReadState, text: string): void {
  if (state.warnings.length < maxLineWarnings) state.warnings.push(text)
  else state.dropped++
}

/** Notes about single lines kept for the report; past this many they are counted. */
const maxLineWarnings = 100

const lenientUtf8 = new TextDecoder()
const EQUALS = 0x3d

/** Bytes as Latin-1 text: one character a byte, for ASCII syntax around undecoded values. */
export function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1')
}

const binaryProperties = new Set([
  'PHOTO',
  'LOGO',
  'SOUND',
  'KEY',
  'X-MS-CARDPICTURE',
  'X-MS-OL-DESIGN',
])

/** A property, the name of a binary one (left out), or null for a line that is none. */
export function parseContentLine(
  line: number,
  bytes: Uint8Array,
  state: ReadState,
): ContentLine | string | null {
  const colon = findColon(bytes)
  if (colon === -1) {
    note(state, `Line ${line}: not a vCard property (no ":"), ignored.`)
    return null
  }
  const head = lenientUtf8.decode(bytes.subarray(0, colon))
  const [nameToken = '', ...paramTokens] = splitOutsideQuotes(head, ';')
  const dot = nameToken.lastIndexOf('.')
  const name = nameToken
    .slice(dot + 1)
    .trim()
    .toUpperCase()
  if (binaryProperties.has(name)) return name
  const params = parseParams(paramTokens)
  const value = decodeValue(line, name, params, bytes.subarray(colon + 1), state)
  return { line, name, group: dot === -1 ? '' : nameToken.slice(0, dot), params, value }
}

function findColon(bytes: Uint8Array): number {
  let quoted = false
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x22) quoted = !quoted
    else if (bytes[i] === 0x3a && !quoted) return i
  }
  return bytes.indexOf(0x3a)
}

/**
 * Splits on `separator` outside double quotes.
 *
 * @example splitOutsideQuotes('TYPE="a;b";PREF=1', ';') // ['TYPE="a;b"', 'PREF=1']
 */
export function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = []
  let quoted = false
  let start = 0
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (ch === '"') quoted = !quoted
    else if (ch === separator && !quoted) {
      parts.push(text.slice(start, i))
      start = i + 1
    }
  }
  parts.push(text.slice(start))
  return parts
}

const bareEncodings = new Set(['QUOTED-PRINTABLE', 'BASE64', '8BIT', '7BIT', 'B'])

function parseParams(tokens: string[]): Map<string, string[]> {
  const params = new Map<string, string[]>()
  const add = (key: string, values: string[]) =>
    params.set(key, [...(params.get(key) ?? []), ...values])
  for (const token of tokens) {
    const eq = token.indexOf('=')
    if (eq === -1) {
      const bare = token.trim()
      if (bare) add(bareEncodings.has(bare.toUpperCase()) ? 'ENCODING' : 'TYPE', [bare])
      continue
    }
    const key = token.slice(0, eq).trim().toUpperCase()
    const values = splitOutsideQuotes(token.slice(eq + 1), ',').map(unquoteParam)
    add(key, values)
  }
  return params
}

function unquoteParam(value: string): string {
  const trimmed = value.trim()
  if (!(trimmed.startsWith('"') && trimmed.endsWith('"') && trimmed.length >= 2)) return trimmed
  return trimmed
    .slice(1, -1)
    .replace(/\^(n|'|\^)/g, (_, c: string) => (c === 'n' ? '\n' : c === "'" ? '"' : '^'))
}

function decodeValue(
  line: number,
  name: string,
  params: Map<string, string[]>,
  raw: Uint8Array,
  state: ReadState,
): string {
  const encoding = (params.get('ENCODING')?.[0] ?? '').toUpperCase()
  const charset = params.get('CHARSET')?.[0]
  let bytes = raw
  if (encoding === 'QUOTED-PRINTABLE') bytes = decodeQuotedPrintable(latin1(raw))
  else if (encoding === 'B' || encoding === 'BASE64') bytes = Buffer.from(latin1(raw), 'base64')
  let text: string | null
  if (charset) {
    text = decodeCharset(bytes, charset)
    if (text === null) {
      note(
        state,
        `Line ${line}: ${name} names an unknown character set "${charset}"; it was read as UTF-8.`,
      )
      text = lenientUtf8.decode(bytes)
    }
  } else {
    text = tryUtf8(bytes)
    if (text === null) {
      text = iconv.decode(bytes, 'windows-1252')
      if (!state.warnedNonUtf8) {
        state.warnedNonUtf8 = true
        note(
          state,
          `Line ${line}: ${name} is not UTF-8 and was read as Windows-1252; check accented names.`,
        )
      }
    }
  }
  const damaged = countReplacements(text)
  if (damaged > 0) {
    note(
      state,
      `Line ${line}: ${name} holds ${damaged} "\uFFFD" character${damaged === 1 ? '' : 's'}, damaged before it reached coffeechat.`,
    )
  }
  return text
}

/**
 * Quoted-printable to bytes (RFC 2045 §6.7). Soft line breaks are already
 * joined by `readCards`; a stray `=` not followed by two hex digits is kept.
 *
 * @example new TextDecoder().decode(decodeQuotedPrintable('Andr=C3=A9')) // 'André'
 */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const out = new Uint8Array(text.length)
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === EQUALS && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[n++] = Number.parseInt(text.slice(i + 1, i + 3), 16)
      i += 2
    } else out[n++] = code & 0xff
  }
  return out.subarray(0, n)
}
