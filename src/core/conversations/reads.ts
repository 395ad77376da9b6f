import type { Ctx } from '../context.ts'
import { NotFoundError } from '../errors.ts'
import { type ConversationRow, selectConversation } from './repo.ts'

/**
 * What other features may read of conversations beside the service's
 * `Conversation` (which costs its list query): the stored row by id and the
 * careers of conversations. They take a transaction's ctx like any other, so
 * a caller's reads stay inside its transaction.
 *
 * @example const conversation = await selectConversation(tx, conversationId)
 */
export { type ConversationRow, selectConversation, selectConversationCareers } from './repo.ts'

/**
 * The stored conversation, or the NotFoundError every feature answers for a
 * conversation id that names none of the explorer's.
 *
 * @example const conversation = await requireConversationRow(tx, conversationId)
 */
export async function requireConversationRow(ctx: Ctx, id: string): Promise<ConversationRow> {
  const conversation = await selectConversation(ctx, id)
  if (!conversation) throw new NotFoundError('conversation', id)
  return conversation
}
