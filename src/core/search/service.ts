import { fullTextSearch } from '../../db/dialect.ts'
import type { Ctx } from '../context.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { SearchQuery, type SearchResult } from './schema.ts'
import { searchTerms, snippet } from './snippet.ts'
import { resolveTargets } from './targets.ts'

/**
 * Keeps one record's text in the full-text index. Call it in the same
 * transaction as the write it reflects.
 */
export async function indexDocument(
  ctx: Ctx,
  kind: string,
  recordId: string,
  title: string,
  parts: ReadonlyArray<string | null | undefined>,
): Promise<void> {
  const cleanTitle = tidy(title.normalize('NFC'))
  const body = parts
    .filter((part): part is string => Boolean(part?.trim()))
    .join('\n')
    .normalize('NFC')
  const values = {
    title: cleanTitle,
    body,
    title_folded: fold(cleanTitle),
    body_folded: fold(body),
  }
  await ctx.db
    .insertInto('search_documents')
    .values({ owner_id: ctx.ownerId, kind, record_id: recordId, ...values })
    .onConflict((oc) => oc.columns(['owner_id', 'kind', 'record_id']).doUpdateSet(values))
    .execute()
}

export async function unindexDocument(ctx: Ctx, kind: string, recordId: string): Promise<void> {
  await ctx.db
    .deleteFrom('search_documents')
    .where('owner_id', '=', ctx.ownerId)
    .where('kind', '=', kind)
    .where('record_id', '=', recordId)
    .execute()
}

/**
 * Full-text search over the explorer's records, accent- and case-insensitive,
 * each word a prefix; best matches first, with a highlighted snippet.
 *
 * @example await search(ctx, { q: 'creme' }) // finds "Crème"
 */
export async function search(ctx: Ctx, input: unknown): Promise<SearchResult[]> {
  const query = parseInput(SearchQuery, input)
  const terms = searchTerms(query.q, fold)
  const hits = await fullTextSearch(
    ctx.db,
    ctx.engine,
    ctx.ownerId,
    terms,
    query.limit ?? 20,
    query.kinds,
  )
  return (await resolveTargets(ctx, hits)).map(({ hit, title, target }) => {
    const inBody = snippet(hit.body, terms, fold)
    return {
      kind: hit.kind,
      id: hit.recordId,
      title,
      snippet: inBody.some((part) => part.match) ? inBody : snippet(hit.title, terms, fold),
      target,
    }
  })
}
