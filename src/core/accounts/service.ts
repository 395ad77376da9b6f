import type { Db } from '../context.ts'
import { insertAccountIfMissing } from './repo/accounts.ts'

/** The one owner of a local (single-explorer) installation. */
export const LOCAL_OWNER_ID = 'local'

/** Makes sure the local owner exists; every explorer-owned row points at it. */
export async function ensureLocalAccount(db: Db, now: Date): Promise<void> {
  await insertAccountIfMissing(db, {
    id: LOCAL_OWNER_ID,
    email: null,
    display_name: 'Explorer',
    created_at: now.toISOString(),
  })
}
