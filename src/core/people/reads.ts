/**
 * What other features may read of people beside the service's `Person`: the
 * stored row by id and the careers of people. They take a transaction's ctx
 * like any other, so a caller's reads stay inside its transaction.
 *
 * @example const person = await selectPerson(tx, conversation.person_id)
 */
export { type PersonRow, selectPerson, selectPersonCareers } from './repo.ts'
