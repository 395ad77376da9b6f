import type { Ctx } from '../context.ts'
import { newId } from '../ids.ts'
import { insertSeedRows, type QuestionRow, selectSeedKeys } from './repo.ts'
import { seedQuestions } from './seed.ts'

/**
 * Gives the explorer every seed question they do not have yet: the whole
 * bank on first use, and questions added to the seed file later. Idempotent
 * by seed key (a unique index), so two requests seeding at once insert each
 * question once; a seed question the explorer edited or retired stays as
 * they left it. Returns how many were added.
 *
 * @example await ensureSeeded(ctx) // 55 the first time, 0 after
 */
export async function ensureSeeded(ctx: Ctx): Promise<number> {
  const have = await selectSeedKeys(ctx)
  const missing = seedQuestions.filter((q) => !have.has(q.key))
  if (missing.length === 0) return 0
  const base = ctx.now().getTime()
  const now = ctx.now().toISOString()
  const rows: QuestionRow[] = missing.map((q, index) => ({
    // One millisecond apart, so ids keep the seed file's order.
    id: newId(new Date(base + index)),
    owner_id: ctx.ownerId,
    text: q.text,
    topic: q.topic,
    tiara: q.tiara,
    specificity: q.specificity,
    career_id: null,
    origin: 'seed',
    seed_key: q.key,
    raised_in_conversation_id: null,
    rating: null,
    retired_at: null,
    created_at: now,
    updated_at: now,
  }))
  await insertSeedRows(ctx, rows)
  return rows.length
}
