import { selectKnownCareerIds } from '../careers/reads.ts'
import type { Ctx } from '../context.ts'
import { invalid } from '../errors.ts'

/** Checks that every id names one of the explorer's careers; returns them without duplicates. */
export async function requireCareerIds(ctx: Ctx, ids: string[], path: string): Promise<string[]> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return []
  const known = await selectKnownCareerIds(ctx, unique)
  const missing = unique.findIndex((id) => !known.has(id))
  if (missing >= 0)
    throw invalid(
      `${path}.${ids.indexOf(unique[missing] ?? '')}`,
      `no career with id ${unique[missing]}`,
    )
  return unique
}
