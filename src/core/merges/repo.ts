import type { Selectable } from 'kysely'
import { containsText } from '../../db/dialect.ts'
import {
  deleteOwnedRows,
  moveOwnedRows,
  selectOwnedColumn,
  selectOwnedRow,
  selectOwnedRows,
  selectOwnedRowsColumns,
  updateOwnedRow,
} from '../../db/owned-rows.ts'
import type { DuplicateDismissalsTable, PersonMergesTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type MergeRow = Selectable<PersonMergesTable>
export type DismissalRow = Selectable<DuplicateDismissalsTable>

/** The tables whose rows belong to a person through `person_id`. */
export type PersonTable = 'conversations' | 'messages' | 'mail_findings'

/** Ids of the rows of `table` that belong to the person. */
export async function selectIdsOfPerson(
  ctx: Ctx,
  table: PersonTable,
  personId: string,
): Promise<string[]> {
  return selectOwnedColumn(ctx, table, 'id', 'person_id', personId, 'id')
}

/** Moves the rows `ids` of `table` from one person to another; only those that are still `from`'s. */
export async function moveToPerson(
  ctx: Ctx,
  table: PersonTable,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<string[]> {
  return moveOwnedRows(ctx, table, 'person_id', ids, from, to)
}

/** People the person referred you to, but `except`. */
export async function selectReferredBy(
  ctx: Ctx,
  personId: string,
  except: string,
): Promise<string[]> {
  const rows = await ctx.db
    .selectFrom('people')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .where('referred_by_id', '=', personId)
    .where('id', '!=', except)
    .orderBy('id')
    .execute()
  return rows.map((r) => r.id)
}

export async function moveReferrals(
  ctx: Ctx,
  ids: readonly string[],
  from: string,
  to: string,
): Promise<void> {
  await moveOwnedRows(ctx, 'people', 'referred_by_id', ids, from, to)
}

/** Reflections whose next people may name the person (their id appears in the JSON). */
export async function selectReflectionsNaming(
  ctx: Ctx,
  personId: string,
): Promise<Array<{ conversation_id: string; next_people: string }>> {
  return ctx.db
    .selectFrom('reflections')
    .select(['conversation_id', 'next_people'])
    .where('owner_id', '=', ctx.ownerId)
    .where(containsText(ctx.engine, 'next_people', JSON.stringify(personId)))
    .execute()
}

export async function selectReflectionNextPeople(
  ctx: Ctx,
  conversationIds: readonly string[],
): Promise<Array<{ conversation_id: string; next_people: string }>> {
  const columns = ['conversation_id', 'next_people'] as const
  return selectOwnedRowsColumns(ctx, 'reflections', columns, 'conversation_id', conversationIds)
}

/** Writes a reflection's next people; its `updated_at` stays, as nothing the explorer wrote changed. */
export async function updateNextPeople(
  ctx: Ctx,
  conversationId: string,
  nextPeople: string,
): Promise<void> {
  await updateOwnedRow(ctx, 'reflections', 'conversation_id', conversationId, {
    next_people: nextPeople,
  })
}

export async function selectDismissalsOf(ctx: Ctx, personId: string): Promise<DismissalRow[]> {
  return ctx.db
    .selectFrom('duplicate_dismissals')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where((eb) => eb.or([eb('person_id', '=', personId), eb('other_id', '=', personId)]))
    .orderBy('person_id')
    .orderBy('other_id')
    .execute()
}

export async function insertDismissals(ctx: Ctx, rows: readonly DismissalRow[]): Promise<void> {
  if (rows.length === 0) return
  await ctx.db
    .insertInto('duplicate_dismissals')
    .values([...rows])
    .onConflict((oc) => oc.columns(['person_id', 'other_id']).doNothing())
    .execute()
}

export async function selectMergesKeeping(ctx: Ctx, personId: string): Promise<MergeRow[]> {
  return selectOwnedRows(ctx, 'person_merges', 'kept_person_id', personId, 'id')
}

export async function insertMerges(ctx: Ctx, rows: readonly MergeRow[]): Promise<void> {
  if (rows.length === 0) return
  await ctx.db
    .insertInto('person_merges')
    .values([...rows])
    .execute()
}

/** The explorer's merges, newest first, with the kept person's name. */
export async function selectMerges(
  ctx: Ctx,
  limit: number,
): Promise<Array<MergeRow & { kept_name: string }>> {
  return ctx.db
    .selectFrom('person_merges as m')
    .innerJoin('people as p', 'p.id', 'm.kept_person_id')
    .selectAll('m')
    .select('p.name as kept_name')
    .where('m.owner_id', '=', ctx.ownerId)
    .orderBy('m.seq', 'desc')
    .limit(limit)
    .execute()
}

/** The number the next merge gets: one more than the last. */
export async function nextMergeSeq(ctx: Ctx): Promise<number> {
  const row = await ctx.db
    .selectFrom('person_merges')
    .select((eb) => eb.fn.max('seq').as('last'))
    .where('owner_id', '=', ctx.ownerId)
    .executeTakeFirst()
  return Number(row?.last ?? 0) + 1
}

export async function selectMerge(ctx: Ctx, id: string): Promise<MergeRow | undefined> {
  return selectOwnedRow(ctx, 'person_merges', 'id', id)
}

export async function deleteMerge(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'person_merges', 'id', id)
}

/** Names by id, of the explorer's rows of `table` among `ids` (the ones that still exist). */
export async function selectNames(
  ctx: Ctx,
  table: 'people' | 'organizations' | 'careers',
  ids: ReadonlyArray<string | null>,
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))]
  if (wanted.length === 0) return new Map()
  const rows = await ctx.db
    .selectFrom(table)
    .select(['id', 'name'])
    .where('owner_id', '=', ctx.ownerId)
    .where('id', 'in', wanted)
    .execute()
  return new Map(rows.map((r) => [r.id, r.name]))
}

/** Everything the search index holds of these conversations, to index them under their new person. */
export async function selectConversationRecords(ctx: Ctx, ids: readonly string[]) {
  if (ids.length === 0)
    return { conversations: [], meetings: [], answers: [], reflections: [], pay: [] }
  const owner = ctx.ownerId
  const list = [...ids]
  const [conversations, meetings, answers, reflections, pay] = await Promise.all([
    selectOwnedRows(ctx, 'conversations', 'id', list),
    selectOwnedRows(ctx, 'meetings', 'conversation_id', list),
    ctx.db
      .selectFrom('plan_items')
      .select(['id', 'conversation_id', 'text', 'answer'])
      .where('owner_id', '=', owner)
      .where('conversation_id', 'in', list)
      .execute(),
    selectOwnedRows(ctx, 'reflections', 'conversation_id', list),
    ctx.db
      .selectFrom('pay_entries')
      .selectAll()
      .where('owner_id', '=', owner)
      .where('conversation_id', 'in', list)
      .orderBy('position')
      .orderBy('id')
      .execute(),
  ])
  return { conversations, meetings, answers, reflections, pay }
}

export async function insertMergeRow(ctx: Ctx, row: MergeRow): Promise<void> {
  await ctx.db.insertInto('person_merges').values(row).execute()
}
