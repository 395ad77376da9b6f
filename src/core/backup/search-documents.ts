import type { Selectable } from 'kysely'
import type {
  CareersTable,
  ConversationsTable,
  MeetingsTable,
  OrganizationsTable,
  PayEntriesTable,
  PeopleTable,
  PlanItemsTable,
  ReflectionsTable,
} from '../../db/tables.ts'
import type { SearchDocument } from '../search/service.ts'
import { jsonList, readNextPeople, storedProfiles } from '../shared/stored-lists.ts'

export type { SearchDocument }

// The one place each kind's document is built: the owning service indexes
// its record with it (indexPerson, indexOrganization… call these), and the
// rebuild after an import or a restore writes the same, in batches.

export function personDocument(
  row: Pick<
    Selectable<PeopleTable>,
    | 'id'
    | 'name'
    | 'title'
    | 'connection_note'
    | 'emails'
    | 'tags'
    | 'notes'
    | 'websites'
    | 'profiles'
  >,
): SearchDocument {
  return {
    kind: 'person',
    recordId: row.id,
    title: row.name,
    parts: [
      row.title,
      row.connection_note,
      jsonList(row.emails).join(' '),
      jsonList(row.tags).join(' '),
      row.notes,
      jsonList(row.websites).join(' '),
      storedProfiles(row.profiles)
        .map((p) => `${p.service} ${p.address}`)
        .join(' '),
    ],
  }
}

export function organizationDocument(
  row: Pick<Selectable<OrganizationsTable>, 'id' | 'name' | 'industry' | 'website' | 'notes'>,
): SearchDocument {
  return {
    kind: 'organization',
    recordId: row.id,
    title: row.name,
    parts: [row.industry, row.website, row.notes],
  }
}

export function careerDocument(
  row: Pick<Selectable<CareersTable>, 'id' | 'name' | 'hypothesis' | 'notes'>,
): SearchDocument {
  return { kind: 'career', recordId: row.id, title: row.name, parts: [row.hypothesis, row.notes] }
}

export function conversationDocument(
  row: Pick<Selectable<ConversationsTable>, 'id' | 'place' | 'notes'>,
  personName: string,
): SearchDocument {
  return {
    kind: 'conversation',
    recordId: row.id,
    title: `Conversation with ${personName}`,
    parts: [row.place, row.notes],
  }
}

/** Null when the meeting has no notes: the meetings service keeps such rows out of the index. */
export function meetingDocument(
  row: Pick<Selectable<MeetingsTable>, 'conversation_id' | 'research_notes' | 'free_notes'>,
  personName: string | null,
): SearchDocument | null {
  if (!row.research_notes.trim() && !row.free_notes.trim()) return null
  return {
    kind: 'meeting',
    recordId: row.conversation_id,
    title: `Meeting with ${personName ?? 'someone'}`,
    parts: [row.research_notes, row.free_notes],
  }
}

/** Null for an unanswered question: only answers are searchable. */
export function answerDocument(
  row: Pick<Selectable<PlanItemsTable>, 'id' | 'text' | 'answer'>,
  personName: string | null,
): SearchDocument | null {
  if (row.answer.trim() === '') return null
  return {
    kind: 'answer',
    recordId: row.id,
    title: `${personName ?? 'Someone'}: ${row.text}`,
    parts: [row.answer],
  }
}

export function reflectionDocument(
  row: Selectable<ReflectionsTable>,
  personName: string,
  pay: ReadonlyArray<Pick<Selectable<PayEntriesTable>, 'currency' | 'level' | 'location' | 'note'>>,
): SearchDocument {
  return {
    kind: 'reflection',
    recordId: row.conversation_id,
    title: `${personName} — reflection`,
    parts: [
      row.takeaways,
      row.surprises,
      row.aha,
      jsonList(row.pros).join('\n'),
      jsonList(row.cons).join('\n'),
      row.day_to_day,
      row.training,
      row.hypothesis_change,
      readNextPeople(row.next_people)
        .map((p) => (p.note ? `${p.name}: ${p.note}` : p.name))
        .join('\n'),
      pay
        .map((p) => [p.currency, p.level, p.location, p.note].filter(Boolean).join(' '))
        .join('\n'),
    ],
  }
}
