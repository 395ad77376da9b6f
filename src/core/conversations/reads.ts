/**
 * What other features may read of conversations beside the service's
 * `Conversation` (which costs its list query): the stored row by id and the
 * careers of conversations. They take a transaction's ctx like any other, so
 * a caller's reads stay inside its transaction.
 *
 * @example const conversation = await selectConversation(tx, conversationId)
 */
export { type ConversationRow, selectConversation, selectConversationCareers } from './repo.ts'
