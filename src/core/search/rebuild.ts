import {
  answerDocument,
  careerDocument,
  conversationDocument,
  meetingDocument,
  organizationDocument,
  personDocument,
  reflectionDocument,
  type SearchDocument,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { deleteAllSearchDocuments, selectSearchSources } from './repo.ts'
import { bulkIndexing, writeSearchDocuments } from './service.ts'

/**
 * Rebuilds the explorer's whole search index from their records: what a
 * restore does, since backups leave the index out (it is derived data).
 * Inside the restore's transaction.
 *
 * @example await rebuildSearchIndex(ctx)
 */
export async function rebuildSearchIndex(ctx: Ctx): Promise<void> {
  const indexing = bulkIndexing(ctx)
  const { careers, organizations, people, conversations, meetings, answers, reflections, pay } =
    await selectSearchSources(ctx)
  const personName = new Map(people.map((p) => [p.id, p.name]))
  const conversationPerson = new Map(
    conversations.map((c) => [c.id, personName.get(c.person_id) ?? null]),
  )
  const payOf = new Map<string, typeof pay>()
  for (const entry of pay) {
    payOf.set(entry.conversation_id, [...(payOf.get(entry.conversation_id) ?? []), entry])
  }
  const documents: Array<SearchDocument | null> = [
    ...careers.map(careerDocument),
    ...organizations.map(organizationDocument),
    ...people.map(personDocument),
    ...conversations.map((c) => conversationDocument(c, personName.get(c.person_id) ?? '')),
    ...meetings.map((m) => meetingDocument(m, conversationPerson.get(m.conversation_id) ?? null)),
    ...answers.map((a) => answerDocument(a, conversationPerson.get(a.conversation_id) ?? null)),
    ...reflections.map((r) =>
      reflectionDocument(
        r,
        conversationPerson.get(r.conversation_id) ?? 'Someone',
        payOf.get(r.conversation_id) ?? [],
      ),
    ),
  ]
  const written = documents.filter((d): d is SearchDocument => d !== null)
  // The old entries leave and the new arrive as one bulk write.
  await indexing.wrote(written.length)
  await deleteAllSearchDocuments(ctx)
  await writeSearchDocuments(ctx, written)
  await indexing.finish()
}
