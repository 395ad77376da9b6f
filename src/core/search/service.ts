import { fullTextSearch } from '../../db/dialect.ts'
import type { Ctx } from '../context.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { rank } from './rank.ts'
import { SearchQuery, type SearchResult } from './schema.ts'
import { searchTerms, snippet } from './snippet.ts'
import { resolveTargets } from './targets.ts'

/**
 * One record's entry in the search index, before it is written. Each kind's
 * is built in one place, `core/backup/search-documents.ts`, for the service
 * that writes the record and for the index rebuild alike.
 */
export interface SearchDocument {
  kind: string
  recordId: string
  title: string
  parts: ReadonlyArray<string | null | undefined>
}

/**
 * Keeps one record's text in the full-text index. Call it in the same
 * transaction as the write it reflects.
 *
 * @example await indexDocument(tx, personDocument(row))
 */
export async function indexDocument(ctx: Ctx, document: SearchDocument): Promise<void> {
  const values = documentText(document.title, document.parts)
  await ctx.db
    .insertInto('search_documents')
    .values({ owner_id: ctx.ownerId, kind: document.kind, record_id: document.recordId, ...values })
    .onConflict((oc) => oc.columns(['owner_id', 'kind', 'record_id']).doUpdateSet(values))
    .execute()
}

/**
 * Indexes many new records in one statement, for bulk loads (imports, the
 * benchmark's generator). Records must not be indexed yet.
 *
 * @example await indexDocuments(tx, notes.map((n) => ({ kind: 'conversation', recordId: n.id, title, parts: [n.notes] })))
 */
export async function indexDocuments(
  ctx: Ctx,
  documents: readonly SearchDocument[],
): Promise<void> {
  if (documents.length === 0) return
  await ctx.db
    .insertInto('search_documents')
    .values(
      documents.map((d) => ({
        owner_id: ctx.ownerId,
        kind: d.kind,
        record_id: d.recordId,
        ...documentText(d.title, d.parts),
      })),
    )
    .execute()
}

/** What the index stores of a document: tidied NFC text and its folded form. */
export function documentText(title: string, parts: ReadonlyArray<string | null | undefined>) {
  const cleanTitle = tidy(title.normalize('NFC'))
  const body = parts
    .filter((part): part is string => Boolean(part?.trim()))
    .join('\n')
    .normalize('NFC')
  return { title: cleanTitle, body, title_folded: fold(cleanTitle), body_folded: fold(body) }
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
  const limit = query.limit ?? 20
  // Rank a bounded set of candidates: ranking every match of a common word
  // in 100,000 notes would cost more than the whole search should.
  const candidates = await fullTextSearch(
    ctx.db,
    ctx.engine,
    ctx.ownerId,
    terms,
    Math.max(200, limit * 2),
    query.kinds,
  )
  const hits = rank(candidates, terms, limit)
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

/**
 * Removes from the index everything that belongs to these conversations —
 * the conversation, its meeting notes, its answers and its reflection. Call
 * it before the rows go (answers are found through their plan items).
 */
export async function unindexConversations(ctx: Ctx, conversationIds: string[]): Promise<void> {
  if (conversationIds.length === 0) return
  const answers = await ctx.db
    .selectFrom('plan_items')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .where('conversation_id', 'in', conversationIds)
    .execute()
  await ctx.db
    .deleteFrom('search_documents')
    .where('owner_id', '=', ctx.ownerId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('kind', 'in', ['conversation', 'meeting', 'reflection']),
          eb('record_id', 'in', conversationIds),
        ]),
        ...(answers.length > 0
          ? [
              eb.and([
                eb('kind', '=', 'answer'),
                eb(
                  'record_id',
                  'in',
                  answers.map((a) => a.id),
                ),
              ]),
            ]
          : []),
      ]),
    )
    .execute()
}
