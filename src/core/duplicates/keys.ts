import { fold, tidy } from '../text.ts'

/**
 * The keys that make two people likely the same: the pure half of the
 * duplicate suggestions. Each person gets a few keys; people who share a key
 * are a candidate pair, so finding them is one pass over the people, never a
 * comparison of every pair.
 */

/** The words of a folded name, without the dots and commas of initials ("k." is "k"). */
export function nameWords(nameKey: string): string[] {
  const words: string[] = []
  for (const word of nameKey.split(' ')) {
    const last = word.charCodeAt(word.length - 1)
    // "k." and "king," are "k" and "king" (46 is ".", 44 ","); most words need no copy.
    const bare = last === 46 || last === 44 ? word.replace(/[.,]+$/u, '') : word
    if (bare) words.push(bare)
  }
  return words
}

/**
 * The folded name without its middle parts: first and last word. A name of
 * one or two words is its own short name.
 *
 * @example shortName('ada king lovelace') // 'ada lovelace'
 * @example shortName('ada k. lovelace') // 'ada lovelace'
 */
export function shortName(nameKey: string): string {
  const words = nameWords(nameKey)
  if (words.length < 3) return words.join(' ')
  return `${words[0]} ${words[words.length - 1]}`
}

/**
 * True when two names with the same first and last word differ only by
 * middle parts that can be the same: one has none, or each middle part
 * matches or is the other's initial ("K" and "King"). "Ada King Lovelace" and
 * "Ada Byron Lovelace" are two people.
 *
 * @example compatibleMiddles('ada king lovelace', 'ada lovelace') // true
 * @example compatibleMiddles('ada k lovelace', 'ada king lovelace') // true
 * @example compatibleMiddles('ada byron lovelace', 'ada king lovelace') // false
 */
export function compatibleMiddles(a: string, b: string): boolean {
  const middleA = nameWords(a).slice(1, -1)
  const middleB = nameWords(b).slice(1, -1)
  if (middleA.length === 0 || middleB.length === 0) return true
  if (middleA.length !== middleB.length) return false
  return middleA.every((word, i) => {
    const other = middleB[i] ?? ''
    if (word === other) return true
    return (
      (word.length === 1 && other.startsWith(word)) ||
      (other.length === 1 && word.startsWith(other))
    )
  })
}

const gmailDomains = new Set(['gmail.com', 'googlemail.com'])

/** An email address as its mailbox: lower-cased, and for Gmail without dots or `+tag`, on gmail.com. */
export interface CanonicalEmail {
  key: string
  /** True when the address is a Gmail one (gmail.com or googlemail.com). */
  gmail: boolean
}

/**
 * The mailbox an address reaches. Case never matters in practice; Gmail
 * ignores dots and anything after `+` in the local part, and googlemail.com
 * is gmail.com.
 *
 * @example canonicalEmail('A.Lovelace+work@GoogleMail.com').key // 'alovelace@gmail.com'
 * @example canonicalEmail('Ada@Example.org').key // 'ada@example.org'
 */
export function canonicalEmail(address: string): CanonicalEmail | null {
  const lower = address.trim().toLowerCase()
  const at = lower.lastIndexOf('@')
  if (at <= 0 || at === lower.length - 1) return null
  const local = lower.slice(0, at)
  const domain = lower.slice(at + 1)
  if (!gmailDomains.has(domain)) return { key: lower, gmail: false }
  const mailbox = (local.split('+')[0] ?? '').replaceAll('.', '')
  if (!mailbox) return null
  return { key: `${mailbox}@gmail.com`, gmail: true }
}

/**
 * Why two addresses with the same mailbox are the same, in words.
 *
 * @example emailReason('ada.l@gmail.com', 'adal@gmail.com') // 'same Gmail address without dots: ada.l@gmail.com, adal@gmail.com'
 * @example emailReason('Ada@x.org', 'ada@x.org') // 'same email address but for capitals: Ada@x.org, ada@x.org'
 */
export function emailReason(a: string, b: string): string {
  if (a === b) return `same email address: ${a}`
  const lowerA = a.toLowerCase()
  const lowerB = b.toLowerCase()
  if (lowerA === lowerB) return `same email address but for capitals: ${a}, ${b}`
  const [localA, domainA] = splitAddress(lowerA)
  const [localB, domainB] = splitAddress(lowerB)
  const differences: string[] = []
  if (localA.split('+')[0] !== localB.split('+')[0]) differences.push('dots')
  if (localA.includes('+') || localB.includes('+')) differences.push('+tag')
  const words = differences.length > 0 ? ` without ${differences.join(' or ')}` : ''
  const domains = domainA !== domainB ? ' (googlemail.com is gmail.com)' : ''
  return `same Gmail address${words}${domains}: ${a}, ${b}`
}

function splitAddress(address: string): [string, string] {
  const at = address.lastIndexOf('@')
  return [address.slice(0, at), address.slice(at + 1)]
}

/** A person's folded name, as `people.name_key` holds it. */
export function nameKeyOf(name: string): string {
  return fold(tidy(name))
}
