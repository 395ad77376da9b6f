const schemes = new Set(['http:', 'https:', 'mailto:', 'tel:', 'webcal:'])

/**
 * The one filter every link the web app renders passes: the address to put
 * in `href`, or null to show the text without a link. Web, mail, phone and
 * calendar addresses only — never `javascript:`, `data:` or `vbscript:`,
 * however they are spelled (the URL parser drops tabs, newlines and case
 * tricks before the scheme is compared) — and paths inside this app.
 * `bare: 'https'` reads an address typed without a scheme as a web one.
 *
 * @example safeHref('javascript:alert(1)') // null
 * @example safeHref('example.org', { bare: 'https' }) // 'https://example.org/'
 */
export function safeHref(
  value: string | null | undefined,
  options: { bare?: 'https' } = {},
): string | null {
  const text = value?.trim() ?? ''
  if (!text) return null
  if (/^\/(?![/\\])/.test(text)) return text
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text.replace(/[\t\n\r]/g, ''))
  const absolute = hasScheme || options.bare !== 'https' ? text : `https://${text}`
  try {
    const url = new URL(absolute)
    return schemes.has(url.protocol) ? url.href : null
  } catch {
    return null
  }
}
