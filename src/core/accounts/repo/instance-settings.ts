import { selectInstanceValue } from '../../../db/instance-rows.ts'
import type { InstanceCtx } from '../sessions.ts'

/** The settings of the whole instance, as opposed to an explorer's. */
export type InstanceSettingKey = 'signUpMode'

/** The stored value of an instance setting, or undefined when it was never set. */
export async function selectInstanceSetting(
  ctx: InstanceCtx,
  key: InstanceSettingKey,
): Promise<string | undefined> {
  return selectInstanceValue(ctx, 'instance_settings', 'value', 'key', key)
}

/** Sets an instance setting, replacing its value if it has one. */
export async function upsertInstanceSetting(
  ctx: InstanceCtx,
  key: InstanceSettingKey,
  value: string,
): Promise<void> {
  await ctx.db
    .insertInto('instance_settings')
    .values({ key, value })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value }))
    .execute()
}
