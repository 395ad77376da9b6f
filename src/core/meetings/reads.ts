/**
 * What other features may read of meeting mode: a conversation's meeting row
 * and the people someone referred you to.
 *
 * @example const meeting = await selectMeeting(ctx, conversationId)
 */
export { selectMeeting, selectReferralsOf } from './repo.ts'
