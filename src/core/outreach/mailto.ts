/**
 * `mailto:` links (RFC 6068): the address, then `subject` and `body` as
 * percent-encoded UTF-8 (`encodeURIComponent`, so a space is `%20`, never
 * `+`), with every line break written as CRLF (`%0D%0A`). Mail programs
 * and browsers cut long links in different places, so a link longer than
 * the `mailtoMaxLength` setting (2,000) is not offered at all: the other
 * ways out (copy, `.eml`, SMTP) carry any length.
 */

export interface MailtoParts {
  to: string | null
  subject: string
  body: string
}

/**
 * The whole link, however long.
 *
 * @example mailtoHref({ to: 'ana@example.org', subject: 'Hi there', body: 'Line 1\nLine 2' })
 * // 'mailto:ana@example.org?subject=Hi%20there&body=Line%201%0D%0ALine%202'
 */
export function mailtoHref(parts: MailtoParts): string {
  // "@" may stay literal in the address (RFC 6068 §2); everything else is encoded.
  const to = parts.to ? encodeURIComponent(parts.to.trim()).replace(/%40/g, '@') : ''
  const fields: string[] = []
  const subject = oneLine(parts.subject)
  if (subject) fields.push(`subject=${encodeURIComponent(subject)}`)
  if (parts.body) fields.push(`body=${encodeURIComponent(crlf(parts.body))}`)
  return `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`
}

/**
 * The link when it fits within `maxLength` characters, else null; with its
 * length either way, so the explorer can be told why it is not offered.
 *
 * @example mailtoLink({ to: null, subject: 'x', body: 'y'.repeat(3000) }, 2000).href // null
 */
export function mailtoLink(
  parts: MailtoParts,
  maxLength: number,
): { href: string | null; length: number; maxLength: number } {
  const href = mailtoHref(parts)
  return { href: href.length <= maxLength ? href : null, length: href.length, maxLength }
}

/** Every line break as CRLF, as RFC 6068 asks for the body. */
export function crlf(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\r\n')
}

/** A header value on one line: CR and LF (and other controls) become spaces. */
export function oneLine(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim()
}
