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
import { declaredEncoding, decodeText } from './decode.ts'
import {
  bookkeeping,
  type DetailsLedger,
  detailsLedger,
  type PlacedDetail,
  settleDetails,
} from './details.ts'
import { addProfile, birthdayOf, isWebsite, serviceOf } from './person-fields.ts'
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
  const ledger = detailsLedger()
  const contacts: ImportedContact[] = []
  const skipped: SkippedRow[] = []
  for (const card of cards) {
    const contact = cardToContact(card, warnings, ledger)
    if (typeof contact === 'string') skipped.push({ row: card.line, reason: contact })
    else contacts.push(contact)
  }
  return {
    format: 'vcard',
    rows: cards.length,
    contacts,
    skipped,
    warnings: [...decoded.warnings, ...lineWarnings, ...warnings.list(), ...ledger.sentences()],
    encoding: usedWindows1252 && decoded.encoding === 'utf-8' ? 'windows-1252' : decoded.encoding,
    columns: ledger.list(),
  }
}

function asUtf8(bytes: Uint8Array): { utf8: Uint8Array; decoded: Omit<DecodedText, 'text'> } {
  if (declaredEncoding(bytes)?.encoding.startsWith('utf-16')) {
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
 * an Apple company card). Every property no field holds is kept in the
 * notes' "Imported details" or, when it is a program's bookkeeping or a
 * picture, named in `ledger` as left out.
 *
 * @example cardToContact(readCards(bytes).cards[0]!, rowWarnings(), detailsLedger())
 */
export function cardToContact(
  card: RawCard,
  warnings: RowWarnings,
  ledger: DetailsLedger = detailsLedger(),
): ImportedContact | string {
  const legacy =
    card.version === '2.1' || (card.version === '' && card.properties.some(isQuotedPrintable))
  const read = readers(legacy)
  const contact = blankContact(card.line, 'vCard')
  const used = new Set<ContentLine>()
  const first = (name: string) => {
    const found = card.properties.find((p) => p.name === name)
    if (found) used.add(found)
    return found
  }
  const all = (name: string) => {
    const found = card.properties.filter((p) => p.name === name)
    for (const p of found) used.add(p)
    return found
  }
  for (const p of card.properties) {
    if (p.name === 'VERSION') continue
    contact.raw[p.name] =
      contact.raw[p.name] === undefined ? p.value : `${contact.raw[p.name]}\n${p.value}`
  }
  // Kept values with their property's place, so the notes list them in the card's order.
  const details: PlacedDetail[] = []
  const keep = (p: ContentLine, value: string, label = detailLabel(p, card)) => {
    if (!value.trim()) return
    details.push({ label, value, at: card.properties.indexOf(p) })
    ledger.kept(p.name)
  }
  const n = first('N')
  const [family = '', given = '', additional = '', , suffix = ''] = n
    ? read.compound(n.value).map(singleLine)
    : []
  contact.firstName = given
  contact.lastName = family
  all('ORG').forEach((org, i) => {
    const [name = '', ...units] = read.compound(org.value).map(singleLine)
    if (i === 0) contact.organization = name
    else keep(org, name, 'Another organization')
    const department = units.filter(Boolean).join(', ')
    if (department) keep(org, department, i === 0 ? 'Department' : `Department at ${name}`)
  })
  all('TITLE').forEach((title, i) => {
    if (i === 0) contact.title = singleLine(read.text(title.value))
    else keep(title, singleLine(read.text(title.value)), 'Another title')
  })
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
  for (const p of all('BDAY')) {
    const birthday = birthdayOf(read.text(p.value))
    if (birthday && !contact.birthday) contact.birthday = birthday
    else if (birthday !== contact.birthday) keep(p, detailValue(p, read))
  }
  // In the card's order, so web sites and profiles keep the order the explorer gave them.
  const linked = card.properties.filter(
    (p) => linkProperties.has(p.name) || imProperties.some(([name]) => name === p.name),
  )
  for (const p of linked) {
    used.add(p)
    const address = uri(p.value)
    const url = linkedinUrlOf(address)
    const named = imProperties.find(([name]) => name === p.name)?.[1]
    if (p.name !== 'IMPP' && !named && url && !contact.linkedinUrl) contact.linkedinUrl = url
    else if (url && url === contact.linkedinUrl) continue
    else if (p.name === 'URL') {
      if (isWebsite(address)) addUnique(contact.websites, address)
      else keep(p, address)
    } else {
      addProfile(contact.profiles, named ?? (profileService(p) || serviceOf(address)), address)
    }
  }
  contact.notes = all('NOTE')
    .map((p) => read.text(p.value).replace(/\r\n?/g, '\n'))
    .filter((note) => note !== '')
    .join('\n\n')
  for (const p of all('CATEGORIES')) {
    for (const tag of read.list(p.value).map(singleLine)) {
      const group = tag.toLowerCase()
      if (group === 'starred') {
        details.push({ label: 'Google Contacts', value: 'starred', at: card.properties.indexOf(p) })
      } else if (tag && !systemGroups.has(group)) addUnique(contact.tags, tag)
    }
  }
  const formatted = first('FN')
  const nickname = card.properties.find((p) => p.name === 'NICKNAME')
  contact.name =
    (formatted ? singleLine(read.text(formatted.value)) : '') ||
    joinName(joinName(given, additional, family), suffix)
  if (!contact.name && nickname) {
    contact.name = singleLine(read.list(nickname.value)[0] ?? '')
    used.add(nickname)
  }
  if (first('X-ABSHOWAS')?.value.trim().toUpperCase() === 'COMPANY') {
    return `a company card (${contact.organization || contact.name}), not a person`
  }
  if (!contact.name && contact.emails[0]) {
    contact.name = contact.emails[0]
    warnings.add(card.line, 'the card has no name, so its email address stands in for it')
  }
  if (!contact.name) return 'the card has no name (FN or N) and no email address'
  for (const p of card.properties) {
    if (used.has(p) || p.name === 'VERSION') continue
    const why = leftOutProperties.get(p.name)
    if (why) ledger.leftOut(p.name, why)
    else if (p.name === 'AGENT' && /^(BEGIN:VCARD.*)?$/is.test(p.value.trim())) {
      ledger.leftOut(p.name, 'the card inside it is imported as a person of its own')
    } else if (p.name === 'X-ABLABEL') {
      // An Apple label names the grouped value beside it; it is part of that value's label.
      const labelled = card.properties.find((o) => o !== p && o.group === p.group && p.group !== '')
      if (!labelled) keep(p, read.text(p.value), 'Label')
      else if (used.has(labelled) && p.value.trim()) {
        ledger.leftOut(p.name, 'the label of a value stored as a field')
      }
    } else keep(p, detailValue(p, read))
  }
  for (const name of card.binary)
    ledger.leftOut(name, 'a picture, sound or key; coffeechat keeps none')
  // Values of one property (ORG, then its department) keep their order.
  settleDetails(contact, details)
  return contact
}

/** Properties that hold a web site, a profile or a handle (besides `imProperties`). */
const linkProperties = new Set(['URL', 'X-SOCIALPROFILE', 'IMPP'])

/** Instant-messaging properties of vCard 3.0 writers (Evolution, KDE, Apple before IMPP), by service. */
const imProperties: ReadonlyArray<readonly [property: string, service: string]> = [
  ['X-AIM', 'AIM'],
  ['X-ICQ', 'ICQ'],
  ['X-JABBER', 'Jabber'],
  ['X-MSN', 'MSN'],
  ['X-YAHOO', 'Yahoo'],
  ['X-SKYPE', 'Skype'],
  ['X-SKYPE-USERNAME', 'Skype'],
  ['X-GADUGADU', 'Gadu-Gadu'],
  ['X-GROUPWISE', 'GroupWise'],
  ['X-GOOGLE-TALK', 'Google Talk'],
  ['X-TWITTER', 'Twitter'],
  ['X-MATRIX', 'Matrix'],
]

/** The service a profile or IM property names in its parameters (Apple's `X-SERVICE-TYPE`, `TYPE=twitter`). */
function profileService(p: ContentLine): string {
  const service = p.params.get('X-SERVICE-TYPE')?.[0]
  if (service) return service
  const types = (p.params.get('TYPE') ?? []).filter(
    (t) => !plainTypes.has(t.toLowerCase()) && !/^(home|work|other)$/i.test(t),
  )
  return types[0] ?? ''
}

/** Google's system groups, not labels the explorer made (`starred` is kept as a detail). */
const systemGroups = new Set(['mycontacts', 'my contacts'])

const leftOutProperties = new Map<string, string>(
  [
    'PRODID',
    'REV',
    'UID',
    'X-ABUID',
    'X-IRMC-LUID',
    'CLIENTPIDMAP',
    'X-MS-OL-DEFAULT-POSTAL-ADDRESS',
    'SORT-STRING',
    'X-ABSHOWAS',
    'KIND',
    'SOURCE',
    'NAME',
    'PROFILE',
    'MAILER',
    'CLASS',
  ].map((name) => [name, bookkeeping]),
)

/** Property names in the explorer's words. */
const propertyLabels: Record<string, string> = {
  BDAY: 'Birthday',
  ANNIVERSARY: 'Anniversary',
  'X-ANNIVERSARY': 'Anniversary',
  ADR: 'Address',
  LABEL: 'Address',
  NICKNAME: 'Nickname',
  URL: 'Web site',
  'X-SOCIALPROFILE': 'Profile',
  IMPP: 'Instant messaging',
  ROLE: 'Role',
  GENDER: 'Gender',
  RELATED: 'Related',
  'X-ABRELATEDNAMES': 'Related',
  'X-ABDATE': 'Date',
  TZ: 'Time zone',
  GEO: 'Location',
  LANG: 'Language',
  AGENT: 'Agent',
  EXPERTISE: 'Expertise',
  HOBBY: 'Hobby',
  INTEREST: 'Interest',
  'ORG-DIRECTORY': 'Directory',
}

const plainTypes = new Set(['pref', 'internet', 'voice', 'x400'])

/** `Address (home)`, `Web site (Blog)`: the property in words, with its type or Apple label. */
function detailLabel(p: ContentLine, card: RawCard): string {
  const name = propertyLabels[p.name] ?? p.name
  const appleLabel =
    p.group === ''
      ? undefined
      : card.properties.find((o) => o.group === p.group && o.name === 'X-ABLABEL')?.value
  const label = appleLabel?.replace(/^_\$!<(.*)>!\$_$/, '$1').trim()
  const types = (p.params.get('TYPE') ?? [])
    .flatMap((t) => t.split(','))
    .map((t) => t.trim().toLowerCase())
    .filter((t) => t && !plainTypes.has(t))
  const kind = label || types.join(', ')
  return kind ? `${name} (${kind})` : name
}

/** A property's value as text: compound values (ADR, N-like) joined by commas, escapes undone. */
function detailValue(p: ContentLine, read: ValueReaders): string {
  if (p.name === 'ADR' || p.name === 'GENDER') {
    return read
      .compound(p.value)
      .map((part) => part.trim())
      .filter(Boolean)
      .join(', ')
  }
  const text = read.text(p.value).replace(/\r\n?/g, '\n')
  // 4.0's basic dates (19061209) read better as 1906-12-09.
  const basic = /^(\d{4}|--)(\d{2})(\d{2})$/.exec(text.trim())
  return basic && /^(BDAY|ANNIVERSARY|X-ANNIVERSARY|X-ABDATE)$/.test(p.name)
    ? `${basic[1]}-${basic[2]}-${basic[3]}`.replace('---', '--')
    : text
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
