import { selectEveryOwnedRow, selectOwnedColumn } from '../../db/owned-rows.ts'
import type { Ctx } from '../context.ts'

/** What the duplicate rules read of each person: no notes, no lists but emails. */
export interface CandidateRow {
  id: string
  name: string
  name_key: string
  organization_id: string | null
  organization_name: string | null
  title: string
  emails: string
  created_at: string
}

/**
 * Every person of the explorer with the columns the rules need, in one
 * statement: the keys are built in one pass over them.
 */
export async function selectCandidates(ctx: Ctx): Promise<CandidateRow[]> {
  return ctx.db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select([
      'p.id',
      'p.name',
      'p.name_key',
      'p.organization_id',
      'o.name as organization_name',
      'p.title',
      'p.emails',
      'p.created_at',
    ])
    .where('p.owner_id', '=', ctx.ownerId)
    .execute()
}

/** The pairs the explorer dismissed, each as `person_id` < `other_id`. */
export async function selectDismissals(
  ctx: Ctx,
): Promise<Array<{ person_id: string; other_id: string }>> {
  return selectEveryOwnedRow(ctx, 'duplicate_dismissals', ['person_id', 'other_id'])
}

export async function insertDismissal(
  ctx: Ctx,
  row: { person_id: string; other_id: string; created_at: string },
): Promise<void> {
  await ctx.db
    .insertInto('duplicate_dismissals')
    .values({ owner_id: ctx.ownerId, ...row })
    .onConflict((oc) => oc.columns(['person_id', 'other_id']).doNothing())
    .execute()
}

/** Ids among `ids` that are people of this explorer. */
export async function selectExistingPeople(ctx: Ctx, ids: string[]): Promise<string[]> {
  return selectOwnedColumn(ctx, 'people', 'id', 'id', ids)
}
