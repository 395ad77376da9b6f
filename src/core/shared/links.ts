import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'

/** Checks that every id names one of the explorer's careers; returns them without duplicates. */
export async function requireCareerIds(ctx: Ctx, ids: string[], path: string): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const found = await ctx.db
    .selectFrom('careers')
    .select('id')
    .where('owner_id', '=', ctx.ownerId)
    .where('id', 'in', unique)
    .execute()
  const known = new Set(found.map((r) => r.id))
  const missing = unique.findIndex((id) => !known.has(id))
  if (missing >= 0)
    throw invalid(
      `${path}.${ids.indexOf(unique[missing] ?? '')}`,
      `no career with id ${unique[missing]}`,
    )
  return unique
}
