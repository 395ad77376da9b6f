/**
 * vCard 2.1 / 3.0 / 4.0 reader.
 *
 * Why not ical.js for the values: with ical.js 2.2.1 a `\;` stays escaped in
 * FN, NOTE and EMAIL; `ORG:x\\;y` is split in the wrong place; a category
 * ending in a backslash swallows the next one; URL is never unescaped while a
 * 4.0 TEL sometimes is; and it has no 2.1, quoted-printable or byte-level
 * unfolding. Each of those corrupts a name or a tag, and working around them
 * took more code than reading the escapes here (RFC 6350 §3.4, RFC 2426 §5).
 */

import {
  addUnique,
  blankContact,
  type ImportedContact,
  type ImportParse,
  isEmailAddress,
  joinName,
  linkedinUrlOf,
  refuse,
  type SkippedRow,
} from './contact.ts'
import type { DecodedText } from './decode.ts'
import { decodeText } from './decode.ts'
import { type RowWarnings, rowWarnings } from './row-warnings.ts'
import { type ContentLine, type RawCard, readCards } from './vcard-lines.ts'

export { type VcardPerson, writeVcard, writeVcards } from './vcard-write.ts'

/**
 * Reads every card of a .vcf file (2.1 with quoted-printable and CHARSET,
 * 3.0, 4.0; several cards per file; folds inside multibyte characters; UTF-8,
 * UTF-16 with BOM, or Windows-1252). Each card becomes a contact whose `line`
 * is its `BEGIN:VCARD` line; cards with no name and no email, and Apple's
 * company cards, are skipped with a reason.
 *
 * @example parseVcards(new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ada\r\nEND:VCARD\r\n')).contacts[0]?.name // 'Ada'
 */
export function parseVcards(bytes: Uint8Array): ImportParse {
  const { utf8, decoded } = asUtf8(bytes)
  const { cards, warnings: lineWarnings, usedWindows1252 } = readCards(utf8)
  if (cards.length === 0) {
    throw refuse(noCardsMessage)
  }
  const warnings = rowWarnings()
  const contacts: ImportedContact[] = []
  const skipped: SkippedRow[] = []
  for (const card of cards) {
    const contact = cardToContact(card, warnings)
    if (typeof contact === 'string') skipped.push({ row: card.line, reason: contact })
    else contacts.push(contact)
  }
  return {
    format: 'vcard',
    rows: cards.length,
    contacts,
    skipped,
    warnings: [...decoded.warnings, ...lineWarnings, ...warnings.list()],
    encoding: usedWindows1252 && decoded.encoding === 'utf-8' ? 'windows-1252' : decoded.encoding,
  }
}

function asUtf8(bytes: Uint8Array): { utf8: Uint8Array; decoded: Omit<DecodedText, 'text'> } {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  if (utf16) {
    const { text, ...decoded } = decodeText(bytes)
    return { utf8: new TextEncoder().encode(text), decoded }
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const body = bom ? bytes.subarray(3) : bytes
  // Values are decoded one by one in readCards (after unfolding), which also tells about Windows-1252.
  const encoding = bom ? 'utf-8-bom' : 'utf-8'
  return { utf8: body, decoded: { encoding, warnings: [], replacementCount: 0 } }
}

/** The refusal of a file without a single card. */
export const noCardsMessage =
  'No vCard was found in the file: a vCard file has BEGIN:VCARD … END:VCARD blocks.'

/**
 * One card as a contact, or the reason it is skipped (no name and no email,
 * an Apple company card).
 *
 * @example cardToContact(readCards(bytes).cards[0]!, rowWarnings())
 */
export function cardToContact(card: RawCard, warnings: RowWarnings): ImportedContact | string {
  const legacy =
    card.version === '2.1' || (card.version === '' && card.properties.some(isQuotedPrintable))
  const read = readers(legacy)
  const contact = blankContact(card.line, 'vCard')
  const first = (name: string) => card.properties.find((p) => p.name === name)
  const all = (name: string) => card.properties.filter((p) => p.name === name)
  for (const p of card.properties) {
    if (p.name === 'VERSION') continue
    contact.raw[p.name] =
      contact.raw[p.name] === undefined ? p.value : `${contact.raw[p.name]}\n${p.value}`
  }
  const n = first('N')
  const [family = '', given = '', additional = '', , suffix = ''] = n
    ? read.compound(n.value).map(singleLine)
    : []
  contact.firstName = given
  contact.lastName = family
  const org = first('ORG')
  contact.organization = org ? singleLine(read.compound(org.value)[0] ?? '') : ''
  const title = first('TITLE')
  contact.title = title ? singleLine(read.text(title.value)) : ''
  for (const p of all('EMAIL')) {
    const email = singleLine(read.text(p.value))
    if (isEmailAddress(email)) addUnique(contact.emails, email)
    else if (email) warnings.add(card.line, 'EMAIL is not an email address, left out', email)
  }
  for (const p of all('TEL')) {
    const isUri = /^tel:/i.test(p.value) || p.params.get('VALUE')?.[0]?.toLowerCase() === 'uri'
    const phone = isUri ? uri(p.value).replace(/^tel:/i, '') : read.text(p.value)
    addUnique(contact.phones, singleLine(phone))
  }
  for (const p of [...all('URL'), ...all('X-SOCIALPROFILE')]) {
    contact.linkedinUrl ??= linkedinUrlOf(uri(p.value))
  }
  contact.notes = all('NOTE')
    .map((p) => read.text(p.value).replace(/\r\n?/g, '\n'))
    .filter((note) => note !== '')
    .join('\n\n')
  for (const p of all('CATEGORIES')) {
    for (const tag of read.list(p.value).map(singleLine)) {
      if (tag && tag.toLowerCase() !== 'mycontacts') addUnique(contact.tags, tag)
    }
  }
  const formatted = first('FN')
  const nickname = first('NICKNAME')
  contact.name =
    (formatted ? singleLine(read.text(formatted.value)) : '') ||
    joinName(joinName(given, additional, family), suffix) ||
    (nickname ? singleLine(read.list(nickname.value)[0] ?? '') : '')
  if (first('X-ABSHOWAS')?.value.trim().toUpperCase() === 'COMPANY') {
    return `a company card (${contact.organization || contact.name}), not a person`
  }
  if (!contact.name && contact.emails[0]) {
    contact.name = contact.emails[0]
    warnings.add(card.line, 'the card has no name, so its email address stands in for it')
  }
  if (!contact.name) return 'the card has no name (FN or N) and no email address'
  return contact
}

function isQuotedPrintable(p: ContentLine): boolean {
  return (p.params.get('ENCODING')?.[0] ?? '').toUpperCase() === 'QUOTED-PRINTABLE'
}

/** Value readers for one vCard version's escaping rules. */
interface ValueReaders {
  text(value: string): string
  /** Components of N, ADR, ORG. */
  compound(value: string): string[]
  /** Comma-separated values of CATEGORIES, NICKNAME. */
  list(value: string): string[]
}

function readers(legacy: boolean): ValueReaders {
  if (legacy) {
    // 2.1: backslash escapes only `;` inside compound values; commas are not separators.
    const text = (value: string) => value.replace(/\\;/g, ';')
    return {
      text,
      compound: (value) => splitEscaped(value, ';').map(text),
      list: (value) => [text(value)],
    }
  }
  return {
    text: unescapeText,
    compound: (value) => splitEscaped(value, ';').map(unescapeText),
    list: (value) => splitEscaped(value, ',').map(unescapeText),
  }
}

/**
 * Splits on `separator` where it is not escaped by a backslash; the parts keep
 * their escapes.
 *
 * @example splitEscaped('a\\;b;c', ';') // ['a\\;b', 'c']
 */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = []
  let start = 0
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]
    if (ch === '\\') i++
    else if (ch === separator) {
      parts.push(value.slice(start, i))
      start = i + 1
    }
  }
  parts.push(value.slice(start))
  return parts
}

/**
 * Undoes RFC 6350 / 2426 text escapes: `\n` `\N` `\\` `\,` `\;`, and the
 * invalid but common `\:`. Any other backslash is kept as it is.
 *
 * @example unescapeText('Engines\\, Ltd.\\nR\\&D') // 'Engines, Ltd.\nR\\&D'
 */
export function unescapeText(value: string): string {
  if (!value.includes('\\')) return value
  return value.replace(/\\([\s\S]?)/g, (sequence, ch: string) => {
    if (ch === 'n' || ch === 'N') return '\n'
    if (ch === '\\' || ch === ',' || ch === ';' || ch === ':') return ch
    return sequence
  })
}

/** URIs are not escaped by the RFCs, but writers escape them anyway (`https\://`). */
function uri(value: string): string {
  return value.replace(/\\([\\,;:])/g, '$1').trim()
}

function singleLine(value: string): string {
  return value.replace(/[\r\n]+/g, ' ').trim()
}
