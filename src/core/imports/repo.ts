import type { Insertable, Selectable } from 'kysely'
import type { OrganizationsTable, PeopleTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type PersonRow = Selectable<PeopleTable>
export type OrganizationRow = Selectable<OrganizationsTable>

/** Every person of the explorer, oldest first (so the oldest wins a shared key). */
export async function selectAllPeople(ctx: Ctx): Promise<PersonRow[]> {
  return ctx.db
    .selectFrom('people')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .orderBy('created_at')
    .orderBy('id')
    .execute()
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

/** Writes the fields an import may change; name, connection and source are never among them. */
export async function updateImportedPerson(
  ctx: Ctx,
  row: Pick<
    PersonRow,
    | 'id'
    | 'first_name'
    | 'organization_id'
    | 'title'
    | 'linkedin_url'
    | 'emails'
    | 'phones'
    | 'tags'
    | 'notes'
    | 'updated_at'
  >,
): Promise<void> {
  await ctx.db
    .updateTable('people')
    .set({
      first_name: row.first_name,
      organization_id: row.organization_id,
      title: row.title,
      linkedin_url: row.linkedin_url,
      emails: row.emails,
      phones: row.phones,
      tags: row.tags,
      notes: row.notes,
      updated_at: row.updated_at,
    })
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', row.id)
    .execute()
}
