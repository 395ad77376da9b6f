/** A piece of a snippet; `match` pieces are what the query found. */
export interface SnippetPart {
  text: string
  match: boolean
}

/**
 * Splits a query into folded search terms: letters and digits only, so no
 * query text ever reaches the engines' own query syntax.
 *
 * @example searchTerms('Crème-brûlée  2026') // ['creme', 'brulee', '2026']
 */
export function searchTerms(query: string, fold: (text: string) => string): string[] {
  return [...new Set(fold(query).match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 12)
}

/**
 * Cuts a window of `text` around the first word that starts with a term and
 * marks every such word prefix. Works on the original text, so accents and
 * case are kept in what is shown.
 */
export function snippet(
  text: string,
  terms: string[],
  fold: (text: string) => string,
  width = 160,
): SnippetPart[] {
  const normalized = text.normalize('NFC')
  // ASCII text (most of it) is cut as a string: each character one code unit,
  // so the same positions as its list of characters give the same pieces.
  const ascii = isAsciiText(normalized)
  const chars = ascii ? undefined : [...normalized]
  const length = chars ? chars.length : normalized.length
  const ranges = chars ? matchRanges(chars, terms, fold) : asciiMatchRanges(normalized, terms)
  const slice = chars
    ? (from: number, to: number) => chars.slice(from, to).join('')
    : (from: number, to: number) => normalized.slice(from, to)
  return windowParts(ranges, length, width, slice)
}

/**
 * The pieces of a text of `length` characters in a window of `width`
 * around the first of the matched `ranges` (character positions), each
 * match its own piece; `slice` cuts the text between two positions. An
 * ellipsis marks where the window cuts the text off.
 */
export function windowParts(
  ranges: ReadonlyArray<readonly [number, number]>,
  length: number,
  width: number,
  slice: (from: number, to: number) => string,
): SnippetPart[] {
  const first = ranges[0]
  let start = 0
  if (first && length > width) {
    start = Math.max(0, Math.min(first[0] - Math.floor(width / 3), length - width))
  }
  const end = Math.min(length, start + width)
  const parts: SnippetPart[] = []
  const push = (from: number, to: number, match: boolean) => {
    if (to > from) parts.push({ text: slice(from, to), match })
  }
  let cursor = start
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue
    push(cursor, Math.max(cursor, from), false)
    push(Math.max(cursor, from), Math.min(to, end), true)
    cursor = Math.min(to, end)
  }
  push(cursor, end, false)
  if (parts.length === 0) return []
  const head = parts[0]
  const tail = parts[parts.length - 1]
  if (head && start > 0) head.text = `…${head.text.trimStart()}`
  if (tail && end < length) tail.text = `${tail.text.trimEnd()}…`
  return parts
}

function matchRanges(chars: string[], terms: string[], fold: (text: string) => string) {
  const ranges: Array<[number, number]> = []
  let i = 0
  while (i < chars.length) {
    if (!isWordChar(chars[i] ?? '')) {
      i++
      continue
    }
    let j = i
    while (j < chars.length && isWordChar(chars[j] ?? '')) j++
    const folded = chars
      .slice(i, j)
      .map((char) => (isAscii(char) ? char.toLowerCase() : fold(char)))
    const word = folded.join('')
    const term = terms.find((t) => word.startsWith(t))
    if (term) {
      // Map the matched prefix back to original characters.
      let length = 0
      let k = i
      while (k < j && length < term.length) length += (folded[k++ - i] ?? '').length
      ranges.push([i, k])
    }
    i = j
  }
  return ranges
}

function isAsciiText(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) return false
  return true
}

/** `matchRanges` for ASCII text, on the string itself: the same ranges, without a string per character. */
function asciiMatchRanges(text: string, terms: string[]) {
  const ranges: Array<[number, number]> = []
  let i = 0
  while (i < text.length) {
    if (!isAsciiWordCode(text.charCodeAt(i))) {
      i++
      continue
    }
    let j = i
    while (j < text.length && isAsciiWordCode(text.charCodeAt(j))) j++
    const word = text.slice(i, j).toLowerCase()
    const term = terms.find((t) => word.startsWith(t))
    // Each folded ASCII character is one character: the prefix ends term.length on.
    if (term) ranges.push([i, i + term.length])
    i = j
  }
  return ranges
}

function isAsciiWordCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
}

// Most characters of a snippet are ASCII: folding one (no accents, no
// compatibility forms) only lower-cases it, and its letters and digits are
// the only word characters. Asking Unicode for each was a tenth of a search.
// (So `fold` must treat ASCII as core/text.ts does: lower-case it, nothing more.)
function isAscii(char: string): boolean {
  return char.length === 1 && char.charCodeAt(0) < 0x80
}

const asciiWordChar = /[A-Za-z0-9]/

function isWordChar(char: string): boolean {
  if (isAscii(char)) return asciiWordChar.test(char)
  return /[\p{L}\p{N}\p{M}]/u.test(char)
}
