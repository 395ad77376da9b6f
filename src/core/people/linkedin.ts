/**
 * The canonical form of a LinkedIn profile address, or null when `input` is
 * not one: `https://www.linkedin.com/in/<slug>`, without query, fragment or
 * trailing slash, whatever the scheme, host variant or case typed.
 *
 * @example normalizeLinkedinUrl('linkedin.com/in/ada-lovelace/?trk=x') // 'https://www.linkedin.com/in/ada-lovelace'
 */
export function normalizeLinkedinUrl(input: string): string | null {
  const trimmed = input.trim()
  if (!trimmed) return null
  let url: URL
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`)
  } catch {
    return null
  }
  const host = url.hostname.toLowerCase()
  if (host !== 'linkedin.com' && !host.endsWith('.linkedin.com')) return null
  const match = url.pathname.match(/^\/(in|pub)\/([^/]+)/i)
  if (!match?.[2]) return null
  return `https://www.linkedin.com/in/${match[2]}`
}

/**
 * A key that two spellings of the same profile share: the slug,
 * percent-decoded and lower-cased. For matching, never for display.
 */
export function linkedinKey(url: string): string | null {
  const canonical = normalizeLinkedinUrl(url)
  if (!canonical) return null
  const slug = canonical.slice('https://www.linkedin.com/in/'.length)
  try {
    return decodeURIComponent(slug).toLowerCase()
  } catch {
    return slug.toLowerCase()
  }
}
