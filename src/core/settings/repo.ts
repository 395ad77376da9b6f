import { deleteOwnedRows } from '../../db/owned-rows.ts'
import type { Ctx } from '../context.ts'

export async function readSettingRows(ctx: Ctx): Promise<Array<{ key: string; value: string }>> {
  return ctx.db
    .selectFrom('settings')
    .select(['key', 'value'])
    .where('owner_id', '=', ctx.ownerId)
    .execute()
}

export async function writeSetting(ctx: Ctx, key: string, value: string): Promise<void> {
  await ctx.db
    .insertInto('settings')
    .values({ owner_id: ctx.ownerId, key, value, updated_at: ctx.now().toISOString() })
    .onConflict((oc) =>
      oc.columns(['owner_id', 'key']).doUpdateSet({ value, updated_at: ctx.now().toISOString() }),
    )
    .execute()
}

export async function deleteSetting(ctx: Ctx, key: string): Promise<void> {
  await deleteOwnedRows(ctx, 'settings', 'key', key)
}
