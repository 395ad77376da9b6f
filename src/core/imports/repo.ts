import type { Insertable, Selectable } from 'kysely'
import { tryTransactionLock } from '../../db/dialect.ts'
import { selectOwnedColumns, selectOwnedRows, selectOwnedValue } from '../../db/owned-rows.ts'
import { refreshStatistics } from '../../db/statistics.ts'
import type { ImportReportsTable, OrganizationsTable, PeopleTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'
import { jsonList } from '../shared/stored-lists.ts'
import type { PersonKeys } from './matcher.ts'

export type PersonRow = Selectable<PeopleTable>
export type OrganizationRow = Selectable<OrganizationsTable>
export type ImportReportRow = Selectable<ImportReportsTable>

/**
 * What the matcher needs of every person of the explorer (see `PersonKeys`),
 * oldest first so the oldest wins a shared key; the rest of a person is read
 * by id when a row matches (`selectPeopleByIds`).
 */
export async function selectPersonKeys(ctx: Ctx): Promise<PersonKeys[]> {
  const rows = await ctx.db
    .selectFrom('people')
    .select(['id', 'name', 'organization_id', 'linkedin_url', 'emails'])
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    organizationId: row.organization_id,
    linkedinUrl: row.linkedin_url,
    emails: jsonList(row.emails),
  }))
}

/** Ids per statement: far below both engines' parameter limits. */
const idsPerRead = 1000

/** The explorer's people with these ids, whole (ids of other explorers find nothing). */
export async function selectPeopleByIds(ctx: Ctx, ids: readonly string[]): Promise<PersonRow[]> {
  const found: PersonRow[] = []
  for (let start = 0; start < ids.length; start += idsPerRead) {
    found.push(
      ...(await selectOwnedRows(ctx, 'people', 'id', ids.slice(start, start + idsPerRead))),
    )
  }
  return found
}

/** Every organization's id and name, oldest first. */
export async function selectAllOrganizations(
  ctx: Ctx,
): Promise<Array<Pick<OrganizationRow, 'id' | 'name' | 'name_key'>>> {
  return ctx.db
    .selectFrom('organizations')
    .select(['id', 'name', 'name_key'])
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
}

export async function insertOrganizations(
  ctx: Ctx,
  rows: Array<Insertable<OrganizationsTable>>,
): Promise<void> {
  await ctx.db.insertInto('organizations').values(rows).execute()
}

export async function insertPeople(ctx: Ctx, rows: Array<Insertable<PeopleTable>>): Promise<void> {
  await ctx.db.insertInto('people').values(rows).execute()
}

/**
 * Writes, for many people at once, the fields an import may change; name,
 * connection, source and the creation date are never among them. One
 * statement (an insert that always meets its row: the ids come from
 * `selectPeopleByIds`), so a batch of changed people costs what a batch of
 * new ones does.
 */
export async function updateImportedPeople(
  ctx: Ctx,
  rows: Array<Insertable<PeopleTable>>,
): Promise<void> {
  await ctx.db
    .insertInto('people')
    .values(rows)
    .onConflict((oc) =>
      oc
        .column('id')
        .doUpdateSet((eb) => ({
          first_name: eb.ref('excluded.first_name'),
          organization_id: eb.ref('excluded.organization_id'),
          title: eb.ref('excluded.title'),
          linkedin_url: eb.ref('excluded.linkedin_url'),
          emails: eb.ref('excluded.emails'),
          phones: eb.ref('excluded.phones'),
          tags: eb.ref('excluded.tags'),
          notes: eb.ref('excluded.notes'),
          birthday: eb.ref('excluded.birthday'),
          websites: eb.ref('excluded.websites'),
          profiles: eb.ref('excluded.profiles'),
          updated_at: eb.ref('excluded.updated_at'),
        }))
        .where('people.owner_id', '=', ctx.ownerId),
    )
    .execute()
}

/** The mapping remembered for a header (by `headerKey`), as stored: JSON of column → target. */
export async function selectImportMapping(ctx: Ctx, headerKey: string): Promise<string | null> {
  return (
    (await selectOwnedValue(ctx, 'import_mappings', 'mapping', 'header_key', headerKey)) ?? null
  )
}

/** Remembers a mapping for a header, replacing the one it had. */
export async function upsertImportMapping(
  ctx: Ctx,
  row: { header_key: string; header: string; mapping: string },
): Promise<void> {
  const updated_at = ctx.now().toISOString()
  await ctx.db
    .insertInto('import_mappings')
    .values({ owner_id: ctx.ownerId, ...row, updated_at })
    .onConflict((oc) =>
      oc.columns(['owner_id', 'header_key']).doUpdateSet({
        header: row.header,
        mapping: row.mapping,
        updated_at,
      }),
    )
    .execute()
}

/** After an import that wrote many people: the planner learns how many there now are. */
export async function refreshImportStatistics(ctx: Ctx): Promise<void> {
  await refreshStatistics(ctx.db, ctx.engine, [
    'people',
    'organizations',
    'person_careers',
    'search_documents',
  ])
}

/**
 * Takes one of the account's `slots` import locks for the rest of the
 * transaction `ctx` is in, or answers false when all are held (see
 * `tryTransactionLock`).
 */
export async function tryImportLock(ctx: Ctx, name: string, slots: number): Promise<boolean> {
  return tryTransactionLock(ctx.db, ctx.engine, name, slots)
}

/** Keeps one full report. */
export async function insertImportReport(ctx: Ctx, row: ImportReportRow): Promise<void> {
  await ctx.db.insertInto('import_reports').values(row).execute()
}

/** Lets go of the account's full reports older than `cutoff` or past the newest `kept`. */
export async function deleteOldImportReports(
  ctx: Ctx,
  cutoff: string,
  kept: number,
): Promise<void> {
  const newest = ctx.db
    .selectFrom('import_reports')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(kept)
  await ctx.db
    .deleteFrom('import_reports')
    .where('owner_id', '=', ctx.ownerId)
    .where((eb) => eb.or([eb('created_at', '<', cutoff), eb('id', 'not in', newest)]))
    .execute()
}

/** A kept full report, as stored. */
export async function selectImportReport(
  ctx: Ctx,
  id: string,
): Promise<Pick<ImportReportRow, 'filename' | 'dry_run' | 'report_gzip_base64'> | undefined> {
  const columns = ['filename', 'dry_run', 'report_gzip_base64'] as const
  return selectOwnedColumns(ctx, 'import_reports', columns, 'id', id)
}
