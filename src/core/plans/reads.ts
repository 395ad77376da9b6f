/**
 * What other features may read of question plans beside the service's
 * `Plan`: a conversation's plan rows, in order.
 *
 * @example const items = await selectPlanItems(ctx, conversationId)
 */
export { selectPlanItems } from './repo.ts'
