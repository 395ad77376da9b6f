import { sql } from 'kysely'
import { toCount } from '../../db/dialect.ts'
import { derivedTables, ownedTables } from '../../db/owned-tables.ts'
import type { Ctx } from '../context.ts'

/**
 * Rows the explorer has in each explorer-owned table (derived ones left out),
 * for "is this data directory empty?".
 *
 * @example (await countOwnedRows(ctx)).get('people') // 12
 */
export async function countOwnedRows(ctx: Ctx): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  for (const table of ownedTables) {
    const result = await sql<{
      n: string | number
    }>`select count(*) as n from ${sql.table(table.name)}
      where owner_id = ${ctx.ownerId}`.execute(ctx.db)
    counts.set(table.name, toCount(result.rows[0]?.n))
  }
  return counts
}

/**
 * Deletes every row of the explorer in every explorer-owned table, derived
 * ones included, children before parents; references inside a table (a
 * career's parent) are cleared first so the order of rows never matters.
 * Call it inside a transaction. The account itself stays.
 *
 * @example await inTransaction(ctx, (tx) => deleteOwnedData(tx))
 */
export async function deleteOwnedData(ctx: Ctx): Promise<void> {
  for (const table of ownedTables) {
    for (const column of table.deferred ?? []) {
      await sql`update ${sql.table(table.name)} set ${sql.ref(column)} = null
        where owner_id = ${ctx.ownerId}`.execute(ctx.db)
    }
  }
  for (const name of [...derivedTables, ...ownedTables.map((t) => t.name).reverse()]) {
    await sql`delete from ${sql.table(name)} where owner_id = ${ctx.ownerId}`.execute(ctx.db)
  }
}
