import type { Insertable, Selectable } from 'kysely'
import { selectConversationPersonNames } from '../../db/conversation-people.ts'
import {
  fullTextSearch,
  pauseNewestIndex,
  rebuildNewestIndex,
  type SearchHit,
} from '../../db/dialect.ts'
import { selectOwnedColumn } from '../../db/owned-rows.ts'
import type {
  CareersTable,
  ConversationsTable,
  MeetingsTable,
  OrganizationsTable,
  PayEntriesTable,
  PeopleTable,
  PlanItemsTable,
  ReflectionsTable,
  SearchDocumentsTable,
} from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

/** An index entry's text, as `documentText` makes it. */
export type SearchDocumentText = Pick<
  Insertable<SearchDocumentsTable>,
  'title' | 'body' | 'title_folded' | 'body_folded'
>

/** An index entry to write; the repository adds the owner. */
export type SearchDocumentValues = Omit<Insertable<SearchDocumentsTable>, 'id' | 'owner_id'>

/** Writes one record's index entry, replacing the one it had. */
export async function upsertSearchDocument(
  ctx: Ctx,
  kind: string,
  recordId: string,
  values: SearchDocumentText,
): Promise<void> {
  await ctx.db
    .insertInto('search_documents')
    .values({ owner_id: ctx.ownerId, kind, record_id: recordId, ...values })
    .onConflict((oc) => oc.columns(['owner_id', 'kind', 'record_id']).doUpdateSet(values))
    .execute()
}

/** The statement that writes the owner's index entries, before what a conflict does. */
function insertDocuments(ctx: Ctx, rows: readonly SearchDocumentValues[]) {
  return ctx.db
    .insertInto('search_documents')
    .values(rows.map((row) => ({ owner_id: ctx.ownerId, ...row })))
}

/** Writes index entries of records not indexed yet, in one statement. */
export async function insertSearchDocuments(
  ctx: Ctx,
  rows: readonly SearchDocumentValues[],
): Promise<void> {
  await insertDocuments(ctx, rows).execute()
}

/** Writes many index entries in one statement, replacing those of the same records. */
export async function upsertSearchDocuments(
  ctx: Ctx,
  rows: readonly SearchDocumentValues[],
): Promise<void> {
  await insertDocuments(ctx, rows)
    .onConflict((oc) =>
      oc.columns(['owner_id', 'kind', 'record_id']).doUpdateSet((eb) => ({
        title: eb.ref('excluded.title'),
        body: eb.ref('excluded.body'),
        title_folded: eb.ref('excluded.title_folded'),
        body_folded: eb.ref('excluded.body_folded'),
      })),
    )
    .execute()
}

/** Removes one record's index entry. */
export async function deleteSearchDocument(
  ctx: Ctx,
  kind: string,
  recordId: string,
): Promise<void> {
  await ctx.db
    .deleteFrom('search_documents')
    .where('owner_id', '=', ctx.ownerId)
    .where('kind', '=', kind)
    .where('record_id', '=', recordId)
    .execute()
}

/** Removes the whole index of the explorer, before a rebuild. */
export async function deleteAllSearchDocuments(ctx: Ctx): Promise<void> {
  await ctx.db.deleteFrom('search_documents').where('owner_id', '=', ctx.ownerId).execute()
}

/** Stops keeping the index of the newest documents for one bulk write (see `pauseNewestIndex`). */
export async function pauseNewestDocuments(ctx: Ctx): Promise<void> {
  await pauseNewestIndex(ctx.db, ctx.engine)
}

/** Builds the index of the newest documents again after a bulk write (see `rebuildNewestIndex`). */
export async function rebuildNewestDocuments(ctx: Ctx): Promise<void> {
  await rebuildNewestIndex(ctx.db, ctx.engine)
}

/** Ids of the plan items of these conversations: their answers' index entries go with them. */
export async function selectPlanItemIdsOfConversations(
  ctx: Ctx,
  conversationIds: string[],
): Promise<string[]> {
  return selectOwnedColumn(ctx, 'plan_items', 'id', 'conversation_id', conversationIds)
}

/** Removes the index entries of these conversations (and their meetings and reflections) and of these answers. */
export async function deleteConversationSearchDocuments(
  ctx: Ctx,
  conversationIds: string[],
  answerIds: string[],
): Promise<void> {
  await ctx.db
    .deleteFrom('search_documents')
    .where('owner_id', '=', ctx.ownerId)
    .where((eb) =>
      eb.or([
        eb.and([
          eb('kind', 'in', ['conversation', 'meeting', 'reflection']),
          eb('record_id', 'in', conversationIds),
        ]),
        ...(answerIds.length > 0
          ? [eb.and([eb('kind', '=', 'answer'), eb('record_id', 'in', answerIds)])]
          : []),
      ]),
    )
    .execute()
}

/** The best candidates for these terms, for ranking (see `fullTextSearch`). */
export async function selectSearchCandidates(
  ctx: Ctx,
  terms: string[],
  candidates: number,
  kinds: string[] | undefined,
): Promise<SearchHit[]> {
  return fullTextSearch(ctx.db, ctx.engine, ctx.ownerId, terms, candidates, kinds)
}

/** Each answer's conversation, topic and the person's name, to title its hit. */
export async function selectAnswerTargets(
  ctx: Ctx,
  answerIds: string[],
): Promise<
  Array<
    Pick<Selectable<PlanItemsTable>, 'id' | 'conversation_id' | 'topic'> &
      Pick<Selectable<PeopleTable>, 'name'>
  >
> {
  return ctx.db
    .selectFrom('plan_items as i')
    .innerJoin('conversations as c', 'c.id', 'i.conversation_id')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .select(['i.id', 'i.conversation_id', 'i.topic', 'p.name'])
    .where('i.owner_id', '=', ctx.ownerId)
    .where('i.id', 'in', answerIds)
    .execute()
}

/** Each conversation's person's name, to title its meeting's and reflection's hits. */
export async function selectConversationPeople(
  ctx: Ctx,
  conversationIds: string[],
): Promise<Array<{ id: string; name: string }>> {
  return selectConversationPersonNames(ctx, conversationIds)
}

/** Every record of the explorer the index is built from. */
export interface SearchSources {
  careers: Array<Selectable<CareersTable>>
  organizations: Array<Selectable<OrganizationsTable>>
  people: Array<Selectable<PeopleTable>>
  conversations: Array<Selectable<ConversationsTable>>
  meetings: Array<Selectable<MeetingsTable>>
  answers: Array<Pick<Selectable<PlanItemsTable>, 'id' | 'conversation_id' | 'text' | 'answer'>>
  reflections: Array<Selectable<ReflectionsTable>>
  /** In each conversation's order. */
  pay: Array<Selectable<PayEntriesTable>>
}

/** Reads every record the index is built from, for a rebuild. */
export async function selectSearchSources(ctx: Ctx): Promise<SearchSources> {
  const owner = ctx.ownerId
  const [careers, organizations, people, conversations, meetings, answers, reflections, pay] =
    await Promise.all([
      ctx.db.selectFrom('careers').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db.selectFrom('organizations').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db.selectFrom('people').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db.selectFrom('conversations').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db.selectFrom('meetings').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db
        .selectFrom('plan_items')
        .select(['id', 'conversation_id', 'text', 'answer'])
        .where('owner_id', '=', owner)
        .execute(),
      ctx.db.selectFrom('reflections').selectAll().where('owner_id', '=', owner).execute(),
      ctx.db
        .selectFrom('pay_entries')
        .selectAll()
        .where('owner_id', '=', owner)
        .orderBy('position')
        .orderBy('id')
        .execute(),
    ])
  return { careers, organizations, people, conversations, meetings, answers, reflections, pay }
}
