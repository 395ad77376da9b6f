import type { Selectable } from 'kysely'
import { linkedToCareer } from '../../db/career-links.ts'
import { containsText, countRows, toCount } from '../../db/dialect.ts'
import {
  deleteOwnedRows,
  replaceOwnedLinks,
  selectOwnedRow,
  selectOwnedRows,
  writeOwnedRow,
} from '../../db/owned-rows.ts'
import type { OrganizationsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import { groupBy } from '../shared/group-by.ts'
import type { Ref } from '../shared/schema.ts'

export type OrganizationRow = Selectable<OrganizationsTable>

export interface OrganizationFilter {
  nameKey?: string | undefined
  careerId?: string | undefined
  ids?: string[] | undefined
}

function filtered(ctx: Ctx, filter: OrganizationFilter) {
  let query = ctx.db.selectFrom('organizations as o').where('o.owner_id', '=', ctx.ownerId)
  if (filter.nameKey) query = query.where(containsText(ctx.engine, 'o.name_key', filter.nameKey))
  if (filter.ids) query = query.where('o.id', 'in', filter.ids.length > 0 ? filter.ids : [''])
  if (filter.careerId) query = query.where(linkedToCareer('organizations', 'o.id', filter.careerId))
  return query
}

export async function countOrganizations(ctx: Ctx, filter: OrganizationFilter): Promise<number> {
  return countRows(filtered(ctx, filter))
}

export async function selectOrganizations(
  ctx: Ctx,
  filter: OrganizationFilter,
  sort: 'lamp' | 'name' | 'recent',
  limit: number | undefined,
  offset: number,
): Promise<OrganizationRow[]> {
  let query = filtered(ctx, filter).selectAll('o')
  if (sort === 'lamp') {
    query = query
      .orderBy('o.motivation', (ob) => ob.desc().nullsLast())
      .orderBy('o.posting', (ob) => ob.desc().nullsLast())
      .orderBy('o.advocacy', 'desc')
  } else if (sort === 'recent') {
    query = query.orderBy('o.updated_at', 'desc')
  }
  query = query.orderBy('o.name_key').orderBy('o.id')
  if (limit !== undefined) query = query.limit(limit).offset(offset)
  return query.execute()
}

export async function selectOrganization(
  ctx: Ctx,
  id: string,
): Promise<OrganizationRow | undefined> {
  return selectOwnedRow(ctx, 'organizations', 'id', id)
}

export async function selectOrganizationsByNameKey(
  ctx: Ctx,
  nameKey: string,
): Promise<OrganizationRow[]> {
  return selectOwnedRows(ctx, 'organizations', 'name_key', nameKey)
}

/** Target careers of each organization in `ids` (all of them when `ids` is undefined). */
export async function selectOrganizationCareers(
  ctx: Ctx,
  ids: string[] | undefined,
): Promise<Map<string, Ref[]>> {
  let query = ctx.db
    .selectFrom('organization_careers as oc')
    .innerJoin('careers as c', 'c.id', 'oc.career_id')
    .select(['oc.organization_id', 'c.id', 'c.name'])
    .where('oc.owner_id', '=', ctx.ownerId)
  if (ids) query = query.where('oc.organization_id', 'in', ids.length > 0 ? ids : [''])
  const rows = await query.orderBy('c.name_key').execute()
  return groupBy(
    rows,
    (row) => row.organization_id,
    ({ id, name }) => ({ id, name }),
  )
}

export async function countPeopleByOrganization(
  ctx: Ctx,
  ids: string[] | undefined,
): Promise<Map<string, number>> {
  let query = ctx.db
    .selectFrom('people')
    .select(['organization_id', (eb) => eb.fn.countAll().as('n')])
    .where('owner_id', '=', ctx.ownerId)
    .where('organization_id', 'is not', null)
  if (ids) query = query.where('organization_id', 'in', ids.length > 0 ? ids : [''])
  const rows = await query.groupBy('organization_id').execute()
  return new Map(rows.map((r) => [r.organization_id ?? '', toCount(r.n)]))
}

export async function insertOrganization(ctx: Ctx, row: OrganizationRow): Promise<void> {
  await ctx.db.insertInto('organizations').values(row).execute()
}

export async function updateOrganizationRow(ctx: Ctx, row: OrganizationRow): Promise<void> {
  await writeOwnedRow(ctx, 'organizations', row)
}

export async function replaceOrganizationCareers(
  ctx: Ctx,
  id: string,
  careerIds: string[],
): Promise<void> {
  await replaceOwnedLinks(
    ctx,
    'organization_careers',
    'organization_id',
    id,
    'career_id',
    careerIds,
  )
}

export async function deleteOrganizationRow(ctx: Ctx, id: string): Promise<void> {
  await deleteOwnedRows(ctx, 'organizations', 'id', id)
}
