import type { Person } from '../core/people/schema.ts'

/** What the vCard export needs of a person. */
export type VcardPerson = Pick<
  Person,
  | 'id'
  | 'name'
  | 'firstName'
  | 'organization'
  | 'title'
  | 'emails'
  | 'phones'
  | 'linkedinUrl'
  | 'notes'
  | 'tags'
  | 'birthday'
  | 'websites'
  | 'profiles'
> &
  Partial<Pick<Person, 'updatedAt'>>

const maxOctets = 75
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * Writes people as vCard 3.0 (what Apple and Google export themselves, so
 * every address book reads it): CRLF line ends, `VERSION` right after
 * `BEGIN`, text escaped (`\\ \, \; \n`), lines folded at 75 octets without
 * splitting a UTF-8 character. `parseVcards` reads the result back to the same
 * name, first name, organization, title, emails, phones, LinkedIn address,
 * birthday, web sites, other profiles, notes (line breaks as `\n`) and tags.
 *
 * @example writeVcards([ada]).startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\n') // true
 */
export function writeVcards(people: readonly VcardPerson[]): string {
  return people.map(writeVcard).join('')
}

/**
 * One person as one vCard 3.0 block, ending in CRLF.
 *
 * @example writeVcard(ada).includes('FN:Ada Lovelace\r\n') // true
 */
export function writeVcard(person: VcardPerson): string {
  const { given, family } = nameParts(person.name, person.firstName)
  const lines = [
    'BEGIN:VCARD',
    'VERSION:3.0',
    'PRODID:-//coffeechat//coffeechat export//EN',
    uuidPattern.test(person.id)
      ? `UID:urn:uuid:${person.id.toLowerCase()}`
      : `UID:${escapeText(person.id)}`,
    `FN:${escapeText(person.name)}`,
    `N:${escapeText(family)};${escapeText(given)};;;`,
  ]
  if (person.organization) lines.push(`ORG:${escapeText(person.organization)}`)
  if (person.title) lines.push(`TITLE:${escapeText(person.title)}`)
  for (const email of person.emails) lines.push(`EMAIL;TYPE=INTERNET:${escapeText(email)}`)
  for (const phone of person.phones) lines.push(`TEL:${escapeText(phone)}`)
  if (person.linkedinUrl)
    lines.push(`URL;TYPE=linkedin:${person.linkedinUrl.replace(/[\r\n]/g, '')}`)
  if (person.birthday) lines.push(`BDAY:${person.birthday}`)
  for (const site of person.websites) lines.push(`URL:${site.replace(/[\r\n]/g, '')}`)
  for (const { service, address } of person.profiles) {
    const value = address.replace(/[\r\n]/g, '')
    // Apple's forms: web profiles as X-SOCIALPROFILE, handles (xmpp:, skype:…) as IMPP.
    lines.push(
      /^https?:\/\//i.test(value)
        ? `X-SOCIALPROFILE;TYPE=${paramValue(service)}:${value}`
        : `IMPP;X-SERVICE-TYPE=${paramValue(service)}:${value}`,
    )
  }
  if (person.notes) lines.push(`NOTE:${escapeText(person.notes)}`)
  if (person.tags.length > 0) lines.push(`CATEGORIES:${person.tags.map(escapeText).join(',')}`)
  if (person.updatedAt) lines.push(`REV:${person.updatedAt.replace(/\.\d+Z$/, 'Z')}`)
  lines.push('END:VCARD')
  return lines.map((line) => `${foldLine(line)}\r\n`).join('')
}

/**
 * A parameter value, quoted when it holds `,`, `;` or `:`, with RFC 6868's
 * `^'` `^n` `^^` for what a quoted value cannot hold.
 *
 * @example paramValue('Mastodon, fedi') // '"Mastodon, fedi"'
 */
export function paramValue(value: string): string {
  const escaped = value
    .replace(/\^/g, '^^')
    .replace(/"/g, "^'")
    .replace(/\r\n?|\n/g, '^n')
  return /[,;:^]/.test(escaped) || escaped !== value ? `"${escaped}"` : escaped
}

/**
 * Given and family name for `N`: the first name when the person has one and
 * the name starts with it, else the first word (what the app greets with
 * anyway).
 */
function nameParts(name: string, firstName: string | null): { given: string; family: string } {
  const given = firstName ?? name.split(/\s/u)[0] ?? ''
  if (name === given) return { given, family: '' }
  if (name.startsWith(`${given} `)) return { given, family: name.slice(given.length + 1) }
  return { given, family: '' }
}

/**
 * Escapes a TEXT value for vCard 3.0/4.0: backslash, comma, semicolon, and
 * any line break as `\n`.
 *
 * @example escapeText('Engines, Ltd.\nR&D') // 'Engines\\, Ltd.\\nR&D'
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n?|\n/g, '\\n')
    .replace(/([,;])/g, '\\$1')
}

/**
 * Folds a content line at 75 octets (RFC 6350 §3.2): CRLF plus one space,
 * never inside a UTF-8 sequence or a surrogate pair.
 *
 * @example foldLine('NOTE:' + 'é'.repeat(40)).split('\r\n ').length // 2
 */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= maxOctets) return line
  const out: string[] = []
  let current = ''
  let octets = 0
  let limit = maxOctets
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8')
    if (octets + size > limit) {
      out.push(current)
      current = ''
      octets = 0
      limit = maxOctets - 1
    }
    current += ch
    octets += size
  }
  out.push(current)
  return out.join('\r\n ')
}
