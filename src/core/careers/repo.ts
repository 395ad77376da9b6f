import type { Selectable } from 'kysely'
import { toCount } from '../../db/dialect.ts'
import type { CareersTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type CareerRow = Selectable<CareersTable>

export async function selectCareers(ctx: Ctx): Promise<CareerRow[]> {
  return ctx.db.selectFrom('careers').selectAll().where('owner_id', '=', ctx.ownerId).execute()
}

export async function selectCareer(ctx: Ctx, id: string): Promise<CareerRow | undefined> {
  return ctx.db
    .selectFrom('careers')
    .selectAll()
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .executeTakeFirst()
}

/** People and conversations linked to each career, by career id. */
export async function countLinks(
  ctx: Ctx,
): Promise<{ people: Map<string, number>; conversations: Map<string, number> }> {
  const [people, conversations] = await Promise.all([
    ctx.db
      .selectFrom('person_careers')
      .select(['career_id', (eb) => eb.fn.countAll().as('n')])
      .where('owner_id', '=', ctx.ownerId)
      .groupBy('career_id')
      .execute(),
    ctx.db
      .selectFrom('conversation_careers')
      .select(['career_id', (eb) => eb.fn.countAll().as('n')])
      .where('owner_id', '=', ctx.ownerId)
      .groupBy('career_id')
      .execute(),
  ])
  return {
    people: new Map(people.map((r) => [r.career_id, toCount(r.n)])),
    conversations: new Map(conversations.map((r) => [r.career_id, toCount(r.n)])),
  }
}

export async function insertCareer(ctx: Ctx, row: CareerRow): Promise<void> {
  await ctx.db.insertInto('careers').values(row).execute()
}

export async function updateCareerRow(
  ctx: Ctx,
  id: string,
  changes: Partial<Omit<CareerRow, 'id' | 'owner_id'>>,
): Promise<void> {
  await ctx.db
    .updateTable('careers')
    .set(changes)
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .execute()
}

export async function deleteCareerRow(ctx: Ctx, id: string): Promise<void> {
  await ctx.db
    .deleteFrom('careers')
    .where('owner_id', '=', ctx.ownerId)
    .where('id', '=', id)
    .execute()
}
