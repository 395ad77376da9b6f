import type { Insertable, Selectable } from 'kysely'
import type { McpConfirmationsTable } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

export type ConfirmationRow = Selectable<McpConfirmationsTable>

/** Keeps a new confirmation, and forgets the explorer's expired ones. */
export async function insertConfirmation(
  ctx: Ctx,
  row: Insertable<McpConfirmationsTable>,
): Promise<void> {
  await ctx.db
    .deleteFrom('mcp_confirmations')
    .where('account_id', '=', ctx.ownerId)
    .where('expires_at', '<=', row.created_at)
    .execute()
  await ctx.db.insertInto('mcp_confirmations').values(row).execute()
}

/**
 * Takes the explorer's confirmation with this hash out of the table and
 * answers it: whichever call deletes it first has it, so it is used once.
 * Another account's token finds nothing.
 */
export async function takeConfirmation(
  ctx: Ctx,
  tokenHash: string,
): Promise<ConfirmationRow | undefined> {
  return ctx.db
    .deleteFrom('mcp_confirmations')
    .where('token_hash', '=', tokenHash)
    .where('account_id', '=', ctx.ownerId)
    .returningAll()
    .executeTakeFirst()
}
