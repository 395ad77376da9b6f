/**
 * Words, sentences and accent-blind matching over message text, with every
 * result given as character offsets into the original text (UTF-16 indices,
 * as JavaScript strings and the web editor count them).
 */

/** A stretch of the original text: `text.slice(start, end)`. */
export interface Span {
  start: number
  end: number
}

/** A span together with the text it covers. */
export interface Token extends Span {
  text: string
}

const wordPattern = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu

/**
 * The words of a text: runs of letters and digits, with inner apostrophes and
 * hyphens kept (`don't`, `e-mail` and `twenty-five` are one word each).
 *
 * @example words('Hi Ana, I’m Sam.').map((w) => w.text) // ['Hi', 'Ana', 'I’m', 'Sam']
 */
export function words(text: string): Token[] {
  return [...text.matchAll(wordPattern)].map((m) => ({
    text: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }))
}

/**
 * How many words a text has, counted as `words` counts them.
 *
 * @example countWords('Would you have 20 minutes?') // 5
 */
export function countWords(text: string): number {
  return words(text).length
}

/** Text folded for matching, with a way back to the original offsets. */
export interface FoldedText {
  /** Lower-cased, accents removed, curly quotes and dashes made plain. */
  folded: string
  /** The original span of a span of `folded`. */
  original(span: Span): Span
}

const plainPunctuation: Record<string, string> = {
  '’': "'",
  '‘': "'",
  ʼ: "'",
  '“': '"',
  '”': '"',
  '–': '-',
  '—': '-',
  '\u00a0': ' ',
}

/**
 * Folds text for accent- and case-blind matching and remembers where each
 * folded character came from, so matches can be reported in the original
 * text ("Résumé", "RESUME" and a decomposed "Re\u0301sume\u0301" all fold to
 * "resume").
 *
 * @example foldText('Résumé').folded // 'resume'
 */
export function foldText(text: string): FoldedText {
  let folded = ''
  const starts: number[] = []
  let index = 0
  for (const char of text) {
    const plain =
      plainPunctuation[char] ??
      char
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toLowerCase()
    for (let i = 0; i < plain.length; i++) starts.push(index)
    folded += plain
    index += char.length
  }
  starts.push(text.length)
  return {
    folded,
    original: ({ start, end }) => ({
      start: starts[start] ?? text.length,
      end: end >= folded.length ? text.length : (starts[end] ?? text.length),
    }),
  }
}

/**
 * Every match of a pattern in the folded text, as spans of the original.
 * The pattern is written for folded text: lower case, no accents, plain
 * apostrophes. A `g` flag is added when missing.
 *
 * @example findFolded('Send my RÉSUMÉ', /\bresume\b/).map((t) => t.text) // ['RÉSUMÉ']
 */
export function findFolded(text: string, pattern: RegExp, folded = foldText(text)): Token[] {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`)
  const found: Token[] = []
  for (const m of folded.folded.matchAll(global)) {
    if (m[0].length === 0) continue
    const span = folded.original({ start: m.index, end: m.index + m[0].length })
    found.push({ ...span, text: text.slice(span.start, span.end) })
  }
  return found
}

const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'e.g',
  'i.e',
  'etc',
  'vs',
  'approx',
  'inc',
  'ltd',
  'jr',
  'sr',
  'no',
  'cf',
  'a.m',
  'p.m',
])

/**
 * Splits text into sentences. A sentence ends at `.`, `!`, `?` or `…`
 * followed by a space (not after abbreviations such as "Dr." or "e.g."), at
 * a blank line, and at a line break after punctuation or after a short line
 * (a greeting, a sign-off, a name). Hard-wrapped long lines continue the
 * sentence.
 *
 * @example sentences('Hi Ana,\nI found you via Maria. Would you have 20 minutes?').map((s) => s.text)
 * // ['Hi Ana,', 'I found you via Maria.', 'Would you have 20 minutes?']
 */
export function sentences(text: string): Token[] {
  const result: Token[] = []
  let start = 0
  const push = (end: number) => {
    const piece = text.slice(start, end)
    const lead = piece.length - piece.trimStart().length
    const trimmed = piece.trim()
    if (trimmed !== '') {
      result.push({ text: trimmed, start: start + lead, end: start + lead + trimmed.length })
    }
    start = end
  }
  for (const m of text.matchAll(/[.!?…]+["'”’)\]]*(?=\s|$)|\n/g)) {
    const end = m.index + m[0].length
    if (m[0] === '\n' ? endsLine(text, start, m.index) : endsSentence(text, m.index)) push(end)
  }
  push(text.length)
  return result
}

/** The parts of an email: an optional greeting line, the body, an optional sign-off and signature. */
export interface MessageParts {
  greeting: Token | null
  body: Token[]
  signOff: Token[]
}

const greetingPattern =
  /^(hi|hello|hey|dear|good (morning|afternoon|evening)|greetings)\b[^?]*[^.?]$/
const signOffPattern =
  /^(best|best wishes|best regards|kind regards|warm regards|warmest regards|regards|thanks|many thanks|thanks again|thank you|thank you again|with thanks|cheers|sincerely|yours|all the best|warmly|take care|talk soon)[,.!]?$/

/**
 * Splits a message into greeting, body sentences and sign-off (the closing
 * line such as "Best," and everything after it).
 *
 * @example messageParts('Hi Ana,\nWould you have 20 minutes?\nBest,\nSam').body[0]?.text
 * // 'Would you have 20 minutes?'
 */
export function messageParts(text: string): MessageParts {
  const all = sentences(text)
  const [first] = all
  const greeting =
    first && countWords(first.text) <= 6 && greetingPattern.test(foldText(first.text).folded)
      ? first
      : null
  const rest = greeting ? all.slice(1) : all
  const closing = rest.findIndex((s) => signOffPattern.test(foldText(s.text).folded))
  // "Thank you!" as the last words of the body is a sign-off only when a short signature follows.
  const isSignOff = closing >= 0 && rest.slice(closing + 1).every((s) => countWords(s.text) <= 6)
  return {
    greeting,
    body: isSignOff ? rest.slice(0, closing) : rest,
    signOff: isSignOff ? rest.slice(closing) : [],
  }
}

function endsSentence(text: string, at: number): boolean {
  if (text[at] !== '.') return true
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, at - 10), at))
  const word = before?.[1]?.toLowerCase() ?? ''
  if (abbreviations.has(word)) return false
  // A single letter before a dot is an initial ("J. Smith").
  return !/^\p{L}$/u.test(word)
}

function endsLine(text: string, sentenceStart: number, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  const line = text.slice(Math.max(lineStart, sentenceStart), at).trim()
  if (line === '') return false
  const next = text.slice(at + 1)
  if (/^[ \t]*(\n|$)/.test(next)) return true
  if (/^[ \t]*([-*•]|\d+[.)])\s/.test(next)) return true
  return /[,:;.!?]$/.test(line) || countWords(line) <= 4
}
