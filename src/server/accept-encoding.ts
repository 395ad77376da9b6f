/** The content codings this server sends, in the order it prefers them (brotli is smaller). */
export type ContentCoding = 'br' | 'gzip'

export const contentCodings: readonly ContentCoding[] = ['br', 'gzip']

/** `x-gzip` is the same coding as `gzip` (RFC 9110 §8.4.1.3). */
const aliases: Record<string, string> = { 'x-gzip': 'gzip' }

/**
 * The coding to send, from a request's `Accept-Encoding` (RFC 9110
 * §12.5.3): the one with the highest weight among `available`, ties going
 * to the server's preference (the order of `available`); `q=0` refuses a
 * coding, `*` stands for every coding not named. Null means the answer goes
 * as it is (identity), which is also what no header at all asks for.
 *
 * @example negotiateEncoding('gzip, deflate, br, zstd', ['br', 'gzip']) // 'br'
 * @example negotiateEncoding('br;q=0, *;q=0.5', ['br', 'gzip']) // 'gzip'
 * @example negotiateEncoding(undefined, ['br', 'gzip']) // null
 */
export function negotiateEncoding(
  header: string | null | undefined,
  available: readonly ContentCoding[] = contentCodings,
): ContentCoding | null {
  if (!header) return null
  const weights = new Map<string, number>()
  for (const part of header.split(',')) {
    const [rawName = '', ...params] = part.split(';')
    const name = rawName.trim().toLowerCase()
    if (!name) continue
    let weight = 1
    for (const param of params) {
      const [key = '', value = ''] = param.split('=')
      if (key.trim().toLowerCase() !== 'q') continue
      const q = Number(value.trim())
      weight = Number.isFinite(q) ? Math.min(Math.max(q, 0), 1) : 0
    }
    const coding = aliases[name] ?? name
    weights.set(coding, Math.max(weights.get(coding) ?? 0, weight))
  }
  const wildcard = weights.get('*')
  let best: ContentCoding | null = null
  let bestWeight = 0
  for (const coding of available) {
    const weight = weights.get(coding) ?? wildcard ?? 0
    if (weight > bestWeight) {
      best = coding
      bestWeight = weight
    }
  }
  return best
}

/**
 * Whether a header that lists header names (`Vary`) names `name` already.
 *
 * @example listsHeader('Origin, accept-encoding', 'Accept-Encoding') // true
 */
export function listsHeader(value: string | null, name: string): boolean {
  if (!value) return false
  const wanted = name.toLowerCase()
  return value.split(',').some((item) => {
    const listed = item.trim().toLowerCase()
    return listed === wanted || listed === '*'
  })
}

/**
 * Whether an `If-None-Match` header matches an entity tag, by the weak
 * comparison that `If-None-Match` calls for (RFC 9110 §13.1.2): `W/"a"`
 * and `"a"` match each other.
 *
 * @example noneMatch('W/"a1", "b2"', '"a1"') // true
 */
export function noneMatch(header: string | null | undefined, etag: string): boolean {
  if (!header) return false
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  const wanted = opaque(etag)
  return header.split(',').some((tag) => tag.trim() === '*' || opaque(tag) === wanted)
}
