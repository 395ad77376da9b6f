import type { Kysely, Selectable } from 'kysely'
import { toCount } from '../../db/dialect.ts'
import { fixedListQuery, fixedQuery } from '../../db/fixed-query.ts'
import {
  deleteOwnedRows,
  selectOwnedColumn,
  selectOwnedRow,
  updateOwnedRow,
} from '../../db/owned-rows.ts'
import type {
  CareersTable,
  ConversationCareersTable,
  ConversationsTable,
  Database,
  PeopleTable,
} from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type CareerRow = Selectable<CareersTable>

// The careers, whole or by name, and what coverage counts are read on every
// board and every Today: compiled once (db/fixed-query.ts).
const allCareers = fixedQuery((db: Kysely<Database>, owner: string) =>
  db.selectFrom('careers').selectAll().where('owner_id', '=', owner),
)

export async function selectCareers(ctx: Ctx): Promise<CareerRow[]> {
  return allCareers(ctx, ctx.ownerId)
}

export async function selectCareer(ctx: Ctx, id: string): Promise<CareerRow | undefined> {
  return selectOwnedRow(ctx, 'careers', 'id', id)
}

/** Which of `ids` name the explorer's careers. */
export async function selectKnownCareerIds(ctx: Ctx, ids: string[]): Promise<Set<string>> {
  return new Set(await selectOwnedColumn(ctx, 'careers', 'id', 'id', ids))
}

/** The names and hypotheses of the careers in `ids`, in name order. */
export async function selectCareerHypotheses(
  ctx: Ctx,
  ids: string[],
): Promise<Array<Pick<CareerRow, 'name' | 'hypothesis'>>> {
  return ctx.db
    .selectFrom('careers')
    .select(['name', 'hypothesis'])
    .where('owner_id', '=', ctx.ownerId)
    .where('id', 'in', ids.length > 0 ? ids : [''])
    .orderBy('name_key')
    .execute()
}

/** Every career's id, name, parent and status, by name (for coverage lines). */
export async function selectCareersByName(
  ctx: Ctx,
): Promise<
  Array<
    Pick<CareerRow, 'id' | 'name' | 'name_key' | 'status'> & { parentId: CareerRow['parent_id'] }
  >
> {
  return careersByName(ctx, ctx.ownerId)
}

const careersByName = fixedQuery(
  (db: Kysely<Database>, owner: string) =>
    db
      .selectFrom('careers')
      .select(['id', 'name', 'name_key', 'parent_id as parentId', 'status'])
      .where('owner_id', '=', owner)
      .orderBy('name_key'),
  { untilDataChanges: true },
)

/** The conversations in these statuses, with the careers they are about: what coverage counts. */
export async function selectSpokenConversations(
  ctx: Ctx,
  statuses: ReadonlySet<string>,
): Promise<
  Array<
    Pick<Selectable<ConversationsTable>, 'person_id' | 'status'> &
      Pick<Selectable<PeopleTable>, 'organization_id'> &
      Pick<Selectable<ConversationCareersTable>, 'career_id'>
  >
> {
  return spokenConversations(ctx, [...statuses], ctx.ownerId)
}

const spokenConversations = fixedListQuery(
  (db: Kysely<Database>, statuses: readonly string[], owner: string) =>
    db
      .selectFrom('conversation_careers as cc')
      .innerJoin('conversations as c', 'c.id', 'cc.conversation_id')
      .innerJoin('people as p', 'p.id', 'c.person_id')
      .select(['cc.career_id', 'c.person_id', 'p.organization_id', 'c.status'])
      .where('cc.owner_id', '=', owner)
      .where('c.status', 'in', statuses),
  100,
  { untilDataChanges: true },
)

/** People and conversations linked to each career, by career id. */
export async function countLinks(
  ctx: Ctx,
): Promise<{ people: Map<string, number>; conversations: Map<string, number> }> {
  const perCareer = async (table: 'person_careers' | 'conversation_careers') => {
    const rows = await ctx.db
      .selectFrom(table)
      .select(['career_id', (eb) => eb.fn.countAll().as('n')])
      .where('owner_id', '=', ctx.ownerId)
      .groupBy('career_id')
      .execute()
    return new Map(rows.map((r) => [r.career_id, toCount(r.n)]))
  }
  const [people, conversations] = await Promise.all([
    perCareer('person_careers'),
    perCareer('conversation_careers'),
  ])
  return { people, conversations }
}

export async function insertCareer(ctx: Ctx, row: CareerRow): Promise<void> {
  await ctx.db.insertInto('careers').values(row).execute()
}

export async function updateCareerRow(
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<CareerRow, 'id' | 'owner_id'>>,
): Promise<void> {
  await updateOwnedRow(ctx, 'careers', 'id', id, changes)
}

export async function deleteCareerRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'careers', 'id', id)
}
