/**
 * The one write another feature makes to a conversation row as it is:
 * unsending a message puts back the status (and dates) the message's sending
 * moved, without the service's status-transition rules, which would refuse
 * the step back.
 *
 * @example await updateConversationRow(tx, { ...conversation, status: 'requested' })
 */
export { updateConversationRow } from './repo.ts'
