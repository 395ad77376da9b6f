import type { Insertable, Selectable } from 'kysely'
import { updateInstanceRow } from '../../../db/instance-rows.ts'
import type { InvitationsTable } from '../../../db/tables.ts'
import type { InstanceCtx } from '../sessions.ts'

export type InvitationRow = Selectable<InvitationsTable>

/** The invitation with this token hash, if any. */
export function selectInvitation(
  ctx: InstanceCtx,
  tokenHash: string,
): Promise<InvitationRow | undefined> {
  return ctx.db
    .selectFrom('invitations')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst()
}

/** Keeps a new invitation (its token only hashed). */
export async function insertInvitation(
  ctx: InstanceCtx,
  row: Insertable<InvitationsTable>,
): Promise<void> {
  await ctx.db.insertInto('invitations').values(row).execute()
}

/** Marks the invitation with this token hash accepted at `at`. */
export async function updateInvitationAccepted(
  ctx: InstanceCtx,
  tokenHash: string,
  at: string,
): Promise<void> {
  await updateInstanceRow(ctx, 'invitations', 'token_hash', tokenHash, { accepted_at: at })
}
