import {
  answerDocument,
  conversationDocument,
  meetingDocument,
  personDocument,
  reflectionDocument,
  type SearchDocument,
} from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import type { PersonRow } from '../people/repo.ts'
import { writeSearchDocuments } from '../search/service.ts'
import { storedArray } from '../shared/stored-lists.ts'
import { selectConversationRecords } from './repo.ts'

/** Positions in a reflection's next people (JSON) whose `personId` is `personId`. */
export function entriesNaming(nextPeople: string, personId: string): number[] {
  const list = storedArray(nextPeople)
  return list.flatMap((entry, index) =>
    isEntry(entry) && entry.personId === personId ? [index] : [],
  )
}

/**
 * The next people with `from` replaced by `to` (at `only` positions when
 * given), as JSON; null when nothing changed. Everything else of each entry
 * stays as it was written.
 */
export function renamePerson(
  nextPeople: string,
  from: string,
  to: string,
  only?: readonly number[],
): string | null {
  const list = storedArray(nextPeople)
  let changed = false
  const next = list.map((entry, index) => {
    if (!isEntry(entry) || entry.personId !== from) return entry
    if (only && !only.includes(index)) return entry
    changed = true
    return { ...entry, personId: to }
  })
  return changed ? JSON.stringify(next) : null
}

function isEntry(value: unknown): value is { personId?: unknown } {
  return typeof value === 'object' && value !== null
}

/**
 * Indexes the person again, and the conversations that are now theirs (a
 * conversation's entries carry its person's name).
 */
export async function reindex(
  ctx: Ctx,
  person: PersonRow,
  conversationIds: readonly string[],
): Promise<void> {
  const records = await selectConversationRecords(ctx, conversationIds)
  const payOf = new Map<string, typeof records.pay>()
  for (const entry of records.pay)
    payOf.set(entry.conversation_id, [...(payOf.get(entry.conversation_id) ?? []), entry])
  const name = person.name
  const documents: Array<SearchDocument | null> = [
    personDocument(person),
    ...records.conversations.map((c) => conversationDocument(c, name)),
    ...records.meetings.map((m) => meetingDocument(m, name)),
    ...records.answers.map((a) => answerDocument(a, name)),
    ...records.reflections.map((r) =>
      reflectionDocument(r, name, payOf.get(r.conversation_id) ?? []),
    ),
  ]
  await writeSearchDocuments(
    ctx,
    documents.filter((d): d is SearchDocument => d !== null),
  )
}
