/**
 * What other features may read of the question bank beside the service's
 * `Question`: the stored row by id and the rows matching a filter, in bank
 * order.
 *
 * @example const bank = await selectQuestions(tx, { retired: 'false' })
 */
export { type QuestionListRow, selectQuestion, selectQuestions } from './repo.ts'
