import { namedKinds, type SearchHit } from '../../db/dialect.ts'

const named = new Set<string>(namedKinds)

/** How often words of `text` start with `term` (text and term already folded), capped. */
function prefixCount(text: string, term: string, cap: number): number {
  let count = 0
  let from = 0
  while (count < cap) {
    const at = text.indexOf(term, from)
    if (at < 0) break
    const before = at === 0 ? '' : text[at - 1]
    if (!before || !/[\p{L}\p{N}]/u.test(before)) count++
    from = at + term.length
  }
  return count
}

/**
 * How well a document answers the terms, the same on both engines: words
 * in the title count most, a named record (a person, an organization, a
 * career) beats a note that mentions it, repetition helps a little and
 * length a little less.
 *
 * @example score({ kind: 'person', titleFolded: 'amara okafor', bodyFolded: '' }, ['amara']) // 7
 */
export function score(
  hit: Pick<SearchHit, 'kind' | 'titleFolded' | 'bodyFolded'>,
  terms: readonly string[],
): number {
  let total = 0
  for (const term of terms) {
    total += 4 * prefixCount(hit.titleFolded, term, 2) + prefixCount(hit.bodyFolded, term, 5)
  }
  const lengthPenalty = Math.log10(10 + hit.bodyFolded.length / 20)
  return (total + (named.has(hit.kind) ? 3 : 0)) / lengthPenalty
}

/**
 * The best `limit` hits, best first; equal scores newest first.
 *
 * @example rank(candidates, ['data', 'sci'], 20)
 */
export function rank(
  hits: readonly SearchHit[],
  terms: readonly string[],
  limit: number,
): SearchHit[] {
  return hits
    .map((hit) => ({ hit, score: score(hit, terms) }))
    .sort((a, b) => b.score - a.score || b.hit.rowId - a.hit.rowId)
    .slice(0, limit)
    .map((s) => s.hit)
}
