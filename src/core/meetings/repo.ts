import type { Selectable } from 'kysely'
import { selectOwnedRow } from '../../db/owned-rows.ts'
import type { MeetingsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type MeetingRow = Selectable<MeetingsTable>

export async function selectMeeting(
  ctx: Ctx,
  conversationId: string,
): Promise<MeetingRow | undefined> {
  return selectOwnedRow(ctx, 'meetings', 'conversation_id', conversationId)
}

/** Writes a meeting row, creating it on the first write. */
export async function upsertMeeting(ctx: Ctx, row: MeetingRow): Promise<void> {
  const { conversation_id, owner_id, ...changes } = row
  await ctx.db
    .insertInto('meetings')
    .values(row)
    .onConflict((oc) => oc.column('conversation_id').doUpdateSet(changes))
    .execute()
}

/** The people someone referred you to, by name. */
export async function selectReferralsOf(
  ctx: Ctx,
  personId: string,
): Promise<Array<{ id: string; name: string; name_key: string; organization: string | null }>> {
  return ctx.db
    .selectFrom('people as p')
    .leftJoin('organizations as o', 'o.id', 'p.organization_id')
    .select(['p.id', 'p.name', 'p.name_key', 'o.name as organization'])
    .where('p.owner_id', '=', ctx.ownerId)
    .where('p.referred_by_id', '=', personId)
    .orderBy('p.created_at')
    .orderBy('p.name_key')
    .orderBy('p.id')
    .execute()
}
