import type { Kysely, Selectable } from 'kysely'
import { linkedToCareer } from '../../db/career-links.ts'
import { containsText, countRows, toCount } from '../../db/dialect.ts'
import { fixedListQuery, fixedQuery } from '../../db/fixed-query.ts'
import {
  deleteOwnedRows,
  replaceOwnedLinks,
  selectOwnedColumn,
  selectOwnedRow,
  selectOwnedRows,
  writeOwnedRow,
} from '../../db/owned-rows.ts'
import type { Database, PeopleTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import { groupBy } from '../shared/group-by.ts'

export type PersonRow = Selectable<PeopleTable>
export type PersonListRow = PersonRow & {
  organization_name: string | null
  referred_by_name: string | null
}

export interface PersonFilter {
  nameKey?: string | undefined
  careerId?: string | undefined
  organizationId?: string | undefined
  tag?: string | undefined
  referredById?: string | undefined
}

function filtered(ctx: Ctx, filter: PersonFilter) {
  let query = ctx.db.selectFrom('people as p').where('p.owner_id', '=', ctx.ownerId)
  if (filter.nameKey) query = query.where(containsText(ctx.engine, 'p.name_key', filter.nameKey))
  if (filter.organizationId) query = query.where('p.organization_id', '=', filter.organizationId)
  if (filter.referredById) query = query.where('p.referred_by_id', '=', filter.referredById)
  if (filter.tag)
    query = query.where(containsText(ctx.engine, 'p.tags', JSON.stringify(filter.tag)))
  if (filter.careerId) query = query.where(linkedToCareer('people', 'p.id', filter.careerId))
  return query
}

const hasFilter = (filter: PersonFilter) =>
  Boolean(
    filter.nameKey || filter.organizationId || filter.referredById || filter.tag || filter.careerId,
  )

// Every page tells the total, and counting every person of the owner is the
// one part of a page that grows with the people held: on SQLite the count is
// remembered until anything writes (db/sqlite-adapter.ts).
const countAll = fixedQuery(
  (db: Kysely<Database>, owner: string) =>
    db
      .selectFrom('people as p')
      .where('p.owner_id', '=', owner)
      .select((eb) => eb.fn.countAll().as('n')),
  { untilDataChanges: true },
)

export async function countPeople(ctx: Ctx, filter: PersonFilter): Promise<number> {
  if (!hasFilter(filter)) return toCount((await countAll(ctx, ctx.ownerId))[0]?.n)
  return countRows(filtered(ctx, filter))
}

function pageQuery(db: Kysely<Database>, owner: string) {
  return db
    .selectFrom('people as p')
    .where('p.owner_id', '=', owner)
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .selectAll('p')
    .select(['o.name as organization_name', 'r.name as referred_by_name'])
}

// The unfiltered page in either order, as the people page asks for it: the
// same statements `selectPeople` builds, compiled once.
const pageByName = fixedQuery(
  (db: Kysely<Database>, owner: string, limit: number, offset: number) =>
    pageQuery(db, owner).orderBy('p.name_key').orderBy('p.id').limit(limit).offset(offset),
)
const pageByRecent = fixedQuery(
  (db: Kysely<Database>, owner: string, limit: number, offset: number) =>
    pageQuery(db, owner)
      .orderBy('p.updated_at', 'desc')
      .orderBy('p.id')
      .limit(limit)
      .offset(offset),
)

export async function selectPeople(
  ctx: Ctx,
  filter: PersonFilter,
  sort: 'name' | 'recent',
  page: { limit: number; offset: number } | undefined,
  ids?: string[],
): Promise<PersonListRow[]> {
  if (page && !ids && !hasFilter(filter))
    return (sort === 'recent' ? pageByRecent : pageByName)(
      ctx,
      ctx.ownerId,
      page.limit,
      page.offset,
    )
  let query = filtered(ctx, filter)
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .leftJoin('people as r', 'r.id', 'p.referred_by_id')
    .selectAll('p')
    .select(['o.name as organization_name', 'r.name as referred_by_name'])
  if (ids) query = query.where('p.id', 'in', ids.length > 0 ? ids : [''])
  query = sort === 'recent' ? query.orderBy('p.updated_at', 'desc') : query.orderBy('p.name_key')
  query = query.orderBy('p.id')
  if (page) query = query.limit(page.limit).offset(page.offset)
  return query.execute()
}

export async function selectPerson(ctx: Ctx, id: string): Promise<PersonRow | undefined> {
  return selectOwnedRow(ctx, 'people', 'id', id)
}

export async function selectPeopleByNameKey(ctx: Ctx, nameKey: string): Promise<PersonRow[]> {
  return selectOwnedRows(ctx, 'people', 'name_key', nameKey)
}

function careersQuery(db: Kysely<Database>, owner: string) {
  return db
    .selectFrom('person_careers as pc')
    .innerJoin('careers as c', 'c.id', 'pc.career_id')
    .select(['pc.person_id', 'c.id', 'c.name'])
    .where('pc.owner_id', '=', owner)
}

// A page's careers: one compiled statement per page length.
const careersOf = fixedListQuery((db: Kysely<Database>, ids: readonly string[], owner: string) =>
  careersQuery(db, owner).where('pc.person_id', 'in', ids).orderBy('c.name_key'),
)

/** Career ids and names of each person in `ids` (of everyone when `ids` is undefined). */
export async function selectPersonCareers(
  ctx: Ctx,
  ids: string[] | undefined,
): Promise<Map<string, Array<{ id: string; name: string }>>> {
  const rows = ids
    ? await careersOf(ctx, ids.length > 0 ? ids : [''], ctx.ownerId)
    : await careersQuery(ctx.db, ctx.ownerId).orderBy('c.name_key').execute()
  return groupBy(
    rows,
    (row) => row.person_id,
    ({ id, name }) => ({ id, name }),
  )
}

export async function insertPerson(ctx: Ctx, row: PersonRow): Promise<void> {
  await ctx.db.insertInto('people').values(row).execute()
}

export async function updatePersonRow(ctx: Ctx, row: PersonRow): Promise<void> {
  await writeOwnedRow(ctx, 'people', row)
}

export async function replacePersonCareers(
  ctx: Ctx,
  id: string,
  careerIds: string[],
): Promise<void> {
  await replaceOwnedLinks(ctx, 'person_careers', 'person_id', id, 'career_id', careerIds)
}

export async function deletePersonRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'people', 'id', id)
}

/** Ids of the person's conversations, so their index entries can go with them. */
export async function selectConversationIdsOfPerson(ctx: Ctx, personId: string): Promise<string[]> {
  return selectOwnedColumn(ctx, 'conversations', 'id', 'person_id', personId)
}
