import {
  type ContentLine,
  latin1,
  note,
  parseContentLine,
  type ReadState,
} from './vcard-property.ts'

export type { ContentLine }

/** One `BEGIN:VCARD` … `END:VCARD` block. */
export interface RawCard {
  /** Line of `BEGIN:VCARD`. */
  line: number
  /** `2.1`, `3.0`, `4.0`, or `''` when the card has no VERSION. */
  version: string
  properties: ContentLine[]
  /** Names of the pictures, sounds and keys the card held (left out: coffeechat keeps none). */
  binary: string[]
  /** False when the file ended before `END:VCARD`. */
  ended: boolean
  /** True for a card inside another one (a vCard 2.1 `AGENT`). */
  nested: boolean
}

export interface CardsRead {
  cards: RawCard[]
  /** Sentences about repaired or damaged text, with lines. */
  warnings: string[]
  /** Some value was not UTF-8 and was read as Windows-1252. */
  usedWindows1252: boolean
}

/** One line of the file as bytes, its line ending left out. */
export interface Physical {
  line: number
  bytes: Uint8Array
}

interface Logical {
  line: number
  /** The first physical line and its continuations (each still starting with its fold whitespace). */
  pieces: Uint8Array[]
  folded: boolean[]
  quotedPrintable: boolean
}

const _lenientUtf8 = new TextDecoder()
const SPACE = 0x20
const TAB = 0x09
const EQUALS = 0x3d

/**
 * Splits vCard bytes into cards and properties. Works on bytes, so a fold in
 * the middle of a UTF-8 character (which RFC 6350 forbids and real writers
 * do) is undone before decoding. Handles 3.0/4.0 folding (CRLF + one space or
 * tab, removed), 2.1 folding (the whitespace is kept), 2.1 quoted-printable
 * soft line breaks (`=` at the end of a line, even inside a UTF-8 sequence)
 * and `CHARSET` parameters. Binary properties (photos, keys, sounds) are left
 * out.
 *
 * @example readCards(new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n')).cards[0]?.properties[1]?.value // 'Ada'
 */
export function readCards(bytes: Uint8Array): CardsRead {
  const reader = cardReader()
  const cards: RawCard[] = []
  for (const physical of physicalLines(bytes, lineSeparator(bytes))) {
    cards.push(...reader.line(physical))
  }
  cards.push(...reader.end())
  return { cards, warnings: reader.warnings(), usedWindows1252: reader.usedWindows1252() }
}

/**
 * The card reader behind `readCards`, fed one physical line at a time, so a
 * file can be read as it streams: `line` returns the cards its `END:VCARD`
 * finishes, `end` the cards the file ended inside. A card nested in another
 * (vCard 2.1 `AGENT:` followed by `BEGIN:VCARD` on the same or the next
 * line) is a card of its own, handed on right after the card that holds it,
 * whose properties after the nested card still count.
 *
 * @example const reader = cardReader(); for (const l of lines) cards.push(...reader.line(l))
 */
export function cardReader(): {
  line(physical: Physical): RawCard[]
  end(): RawCard[]
  warnings(): string[]
  usedWindows1252(): boolean
} {
  const state: ReadState = { warnings: [], warnedNonUtf8: false, dropped: 0 }
  /** The cards open now, the outermost first. */
  const open: Array<{ line: number; logical: Logical[] }> = []
  /** Nested cards already ended, waiting for the card that holds them. */
  let inner: RawCard[] = []
  const finish = (ended: boolean): RawCard[] => {
    const card = open.pop()
    if (!card) return []
    const raw = finishCard(card.line, card.logical, ended, open.length > 0, state)
    const all = [raw, ...raw.embedded]
    if (open.length > 0) {
      inner.push(...all)
      return []
    }
    const done = [...all, ...inner]
    inner = []
    return done
  }
  return {
    line(physical) {
      const { bytes: b, line } = physical
      const current = open[open.length - 1]
      if (!current) {
        if (isMarker(b, 'BEGIN:VCARD')) open.push({ line, logical: [] })
        return []
      }
      if (isMarker(b, 'END:VCARD')) return finish(true)
      const previous = current.logical[current.logical.length - 1]
      if (isMarker(b, 'BEGIN:VCARD')) {
        if (previous && isAgent(previous) && previous.pieces.length === 1) {
          open.push({ line, logical: [] })
          return []
        }
        // A BEGIN:VCARD that no AGENT announces: the card before it never ended.
        const unended: RawCard[] = []
        while (open.length > 0) {
          const at = open[open.length - 1]?.line
          note(
            state,
            `The card starting on line ${at} has no END:VCARD before the card on line ${line}; it was read up to there.`,
          )
          unended.push(...finish(false))
        }
        open.push({ line, logical: [] })
        return unended
      }
      if (previous?.quotedPrintable && endsWithSoftBreak(previous)) {
        const last = previous.pieces.length - 1
        previous.pieces[last] = trimSoftBreak(previous.pieces[last] ?? new Uint8Array())
        previous.pieces.push(b)
        previous.folded.push(false)
      } else if ((b[0] === SPACE || b[0] === TAB) && previous) {
        previous.pieces.push(b)
        previous.folded.push(true)
      } else if (b.length > 0) {
        const logical = {
          line,
          pieces: [b],
          folded: [false],
          quotedPrintable: isQuotedPrintable(b),
        }
        current.logical.push(logical)
        // `AGENT:BEGIN:VCARD` on one line opens the nested card at once.
        if (isAgent(logical) && /:\s*BEGIN:VCARD\s*$/i.test(latin1(b))) {
          open.push({ line, logical: [] })
        }
      }
      return []
    },
    end() {
      const cards: RawCard[] = []
      while (open.length > 0) {
        state.warnings.push(
          `The card starting on line ${open[open.length - 1]?.line} has no END:VCARD; it was read up to the end of the file.`,
        )
        cards.push(...finish(false))
      }
      return cards
    },
    warnings: () =>
      state.dropped === 0
        ? state.warnings
        : [
            ...state.warnings,
            `${state.dropped} more notes like these about single lines were left out; fix the lines above and import again to see them.`,
          ],
    usedWindows1252: () => state.warnedNonUtf8,
  }
}

/** An `AGENT` property line (grouped or not, with or without parameters). */
function isAgent(logical: Logical): boolean {
  const first = logical.pieces[0]
  return first !== undefined && /^([A-Za-z0-9-]+\.)?AGENT[;:]/i.test(latin1(first.subarray(0, 80)))
}

/**
 * The line separator of a vCard file: LF when it has any (CRLF and LF files),
 * else CR (old Mac files).
 *
 * @example lineSeparator(new TextEncoder().encode('BEGIN:VCARD\r')) // 0x0d
 */
export function lineSeparator(bytes: Uint8Array): number {
  return bytes.includes(0x0a) ? 0x0a : 0x0d
}

function* physicalLines(bytes: Uint8Array, separator: number): Generator<Physical> {
  let start = 0
  let line = 1
  while (start <= bytes.length) {
    let end = bytes.indexOf(separator, start)
    if (end === -1) end = bytes.length
    let stop = end
    if (separator === 0x0a && stop > start && bytes[stop - 1] === 0x0d) stop--
    yield { line, bytes: bytes.subarray(start, stop) }
    start = end + 1
    line++
  }
}

/**
 * The physical lines of a streamed file, split on `separator` (a CR before
 * an LF dropped), numbered from 1, lines that span chunks joined; handed on
 * a chunk's worth at a time.
 *
 * @example for await (const lines of streamPhysicalLines(source.chunks(), 0x0a)) for (const l of lines) reader.line(l)
 */
export async function* streamPhysicalLines(
  chunks: AsyncIterable<Uint8Array>,
  separator: number,
): AsyncGenerator<Physical[]> {
  let carry: Uint8Array[] = []
  let line = 1
  const take = (piece: Uint8Array): Physical => {
    const joined = carry.length === 0 ? piece : Buffer.concat([...carry, piece])
    carry = []
    let stop = joined.length
    if (separator === 0x0a && stop > 0 && joined[stop - 1] === 0x0d) stop--
    return { line: line++, bytes: joined.subarray(0, stop) }
  }
  for await (const chunk of chunks) {
    const lines: Physical[] = []
    let start = 0
    for (let end = chunk.indexOf(separator); end !== -1; end = chunk.indexOf(separator, start)) {
      lines.push(take(chunk.subarray(start, end)))
      start = end + 1
    }
    if (start < chunk.length) carry.push(chunk.subarray(start))
    if (lines.length > 0) yield lines
  }
  yield [take(new Uint8Array(0))]
}

/** `BEGIN:VCARD` / `END:VCARD` at the very start of a physical line (a folded continuation starts with a space). */
function isMarker(bytes: Uint8Array, marker: string): boolean {
  if (bytes.length < marker.length || bytes.length > marker.length + 8) return false
  return latin1(bytes).trimEnd().toUpperCase() === marker
}

function isQuotedPrintable(bytes: Uint8Array): boolean {
  const colon = bytes.indexOf(0x3a)
  const head = latin1(colon === -1 ? bytes : bytes.subarray(0, colon))
  return /QUOTED-PRINTABLE/i.test(head)
}

function endsWithSoftBreak(logical: Logical): boolean {
  const last = logical.pieces[logical.pieces.length - 1]
  if (!last) return false
  let end = last.length
  while (end > 0 && (last[end - 1] === SPACE || last[end - 1] === TAB)) end--
  return end > 0 && last[end - 1] === EQUALS
}

function trimSoftBreak(piece: Uint8Array): Uint8Array {
  let end = piece.length
  while (end > 0 && piece[end - 1] !== EQUALS) end--
  return piece.subarray(0, Math.max(0, end - 1))
}

function finishCard(
  line: number,
  logical: Logical[],
  ended: boolean,
  nested: boolean,
  state: ReadState,
): RawCard & { embedded: RawCard[] } {
  const versionLine = logical.find((l) =>
    /^VERSION:/i.test(latin1(l.pieces[0] ?? new Uint8Array())),
  )
  const version = versionLine ? latin1(join(versionLine, false)).slice(8).trim() : ''
  const keepFoldSpace = version === '2.1'
  const properties: ContentLine[] = []
  const binary: string[] = []
  const embedded: RawCard[] = []
  for (const l of logical) {
    const property = parseContentLine(l.line, join(l, keepFoldSpace), state)
    if (typeof property === 'string') binary.push(property)
    else if (property) {
      properties.push(property)
      // vCard 3.0 writes an agent's card as one escaped value (RFC 2426 §3.5.4).
      if (property.name === 'AGENT' && /^BEGIN:VCARD\\n/i.test(property.value)) {
        const text = property.value.replace(/\\([nN,;:\\])/g, (_, c: string) =>
          c === 'n' || c === 'N' ? '\r\n' : c,
        )
        for (const card of readCards(new TextEncoder().encode(text)).cards) {
          embedded.push({ ...card, line: l.line, nested: true })
        }
      }
    }
  }
  return { line, version, properties, binary, ended, nested, embedded }
}

function join(logical: Logical, keepFoldSpace: boolean): Uint8Array {
  if (logical.pieces.length === 1) return logical.pieces[0] ?? new Uint8Array()
  return Buffer.concat(
    logical.pieces.map((piece, i) =>
      logical.folded[i] && !keepFoldSpace ? piece.subarray(1) : piece,
    ),
  )
}
