import type { Kysely } from 'kysely'
import { fixedQuery } from '../../db/fixed-query.ts'
import { deleteOwnedRows } from '../../db/owned-rows.ts'
import type { Database } from '../../db/tables.ts'
import type { Ctx } from '../context.ts'

// Read by Today, the boards and every deadline: compiled once (db/fixed-query.ts).
// Remembered by SQLite until the data changes: read by nearly every request.
const settingRows = fixedQuery(
  (db: Kysely<Database>, owner: string) =>
    db.selectFrom('settings').select(['key', 'value']).where('owner_id', '=', owner),
  { untilDataChanges: true },
)

export async function readSettingRows(ctx: Ctx): Promise<Array<{ key: string; value: string }>> {
  return settingRows(ctx, ctx.ownerId)
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
