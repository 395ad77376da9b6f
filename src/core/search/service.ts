import { type Ctx, inOpenTransaction } from '../context.ts'
import { fold, tidy } from '../text.ts'
import { parseInput } from '../validate.ts'
import { rank } from './rank.ts'
import {
  deleteConversationSearchDocuments,
  deleteSearchDocument,
  insertSearchDocuments,
  pauseNewestDocuments,
  rebuildNewestDocuments,
  selectPlanItemIdsOfConversations,
  selectSearchCandidates,
  upsertSearchDocument,
  upsertSearchDocuments,
} from './repo.ts'
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
  await upsertSearchDocument(ctx, document.kind, document.recordId, values)
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
  await insertSearchDocuments(
    ctx,
    documents.map((d) => ({
      kind: d.kind,
      record_id: d.recordId,
      ...documentText(d.title, d.parts),
    })),
  )
}

/**
 * From this many documents written by one bulk write, keeping the index of
 * the newest documents row by row costs more than building it once at the
 * end (about 70 µs a document against 0.1-0.3 s for the whole window).
 */
export const BULK_DOCUMENTS = 5_000

/** What `bulkIndexing` hands a bulk write. */
export interface BulkIndexing {
  /** Counts documents written; past `BULK_DOCUMENTS`, pauses the index of the newest. */
  wrote: (documents: number) => Promise<void>
  /** Rebuilds the index of the newest documents if it was paused. Call it last, in the same transaction. */
  finish: () => Promise<void>
}

/**
 * The search index's side of one bulk write (an import, a restore), inside
 * the transaction `tx`: SQLite's index of the newest documents stops being
 * kept row by row once the write is large, and is rebuilt once by `finish`
 * (on PostgreSQL nothing changes). A rollback undoes the pause with the rest.
 *
 * @example const indexing = bulkIndexing(tx); … await indexing.wrote(rows.length); … await indexing.finish()
 */
export function bulkIndexing(tx: Ctx, pauseFrom = BULK_DOCUMENTS): BulkIndexing {
  if (!inOpenTransaction(tx))
    throw new Error('a bulk write keeps the search index in a transaction')
  let written = 0
  let paused = false
  return {
    async wrote(documents) {
      written += documents
      if (paused || written < pauseFrom) return
      paused = true
      await pauseNewestDocuments(tx)
    },
    async finish() {
      if (!paused) return
      paused = false
      await rebuildNewestDocuments(tx)
    },
  }
}

/** Rows per statement: 7 parameters each keeps a batch far below both engines' limits. */
const batchSize = 1000

/**
 * Writes many index entries at once, replacing entries of the same records:
 * what `indexDocument` does for one, in batches, for imports and restores.
 *
 * @example await writeSearchDocuments(ctx, people.map(personDocument))
 */
export async function writeSearchDocuments(
  ctx: Ctx,
  documents: readonly SearchDocument[],
): Promise<void> {
  // One statement may not upsert the same record twice (PostgreSQL refuses): the last one wins.
  const latest = [...new Map(documents.map((d) => [`${d.kind}\u0000${d.recordId}`, d])).values()]
  for (let start = 0; start < latest.length; start += batchSize) {
    const values = latest.slice(start, start + batchSize).map((doc) => ({
      kind: doc.kind,
      record_id: doc.recordId,
      ...documentText(doc.title, doc.parts),
    }))
    await upsertSearchDocuments(ctx, values)
  }
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
  await deleteSearchDocument(ctx, kind, recordId)
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
  const candidates = await selectSearchCandidates(ctx, terms, Math.max(200, limit * 2), query.kinds)
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
  const answerIds = await selectPlanItemIdsOfConversations(ctx, conversationIds)
  await deleteConversationSearchDocuments(ctx, conversationIds, answerIds)
}
