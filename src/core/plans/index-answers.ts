import { answerDocument } from '../backup/search-documents.ts'
import type { Ctx } from '../context.ts'
import { indexDocument, unindexDocument } from '../search/service.ts'
import { type PlanItemRow, selectPersonNamesOfConversations } from './repo.ts'

/** The search kind of an answer; its record id is the plan item's id. */
export const answerKind = 'answer'

/**
 * Keeps an answer findable: indexed under the person's name and the
 * question while it has text, out of the index once it is emptied.
 */
export async function indexAnswer(
  ctx: Ctx,
  item: Pick<PlanItemRow, 'id' | 'conversation_id' | 'text' | 'answer'>,
): Promise<void> {
  if (item.answer.trim() === '') {
    await unindexDocument(ctx, answerKind, item.id)
    return
  }
  const names = await selectPersonNamesOfConversations(ctx, [item.conversation_id])
  const document = answerDocument(item, names.get(item.conversation_id) ?? null)
  if (document) await indexDocument(ctx, document)
}

export async function forgetAnswer(ctx: Ctx, itemId: string): Promise<void> {
  await unindexDocument(ctx, answerKind, itemId)
}
