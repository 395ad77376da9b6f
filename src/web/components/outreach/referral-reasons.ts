/**
 * Reasons for asking someone for referrals against the advice, as earlier
 * versions of the web app kept them: in this device's localStorage, per
 * message, before messages had a column for them. The server keeps them now
 * (`message.overrideReason`); these two functions only read such an old
 * reason once, so it can be moved to the server, and then forget it.
 */

const storageKey = (messageId: string) => `coffeechat:referral-ask-reason:${messageId}`

/**
 * The reason this device kept for the message before the server did, if any.
 *
 * @example legacyReferralReason(message.id) // 'She offered names herself'
 */
export function legacyReferralReason(messageId: string): string | null {
  try {
    return localStorage.getItem(storageKey(messageId))?.trim() || null
  } catch {
    // Storage switched off: there is nothing to move.
    return null
  }
}

/**
 * Drops the device's copy once the server has the reason.
 *
 * @example forgetLegacyReferralReason(message.id)
 */
export function forgetLegacyReferralReason(messageId: string): void {
  try {
    localStorage.removeItem(storageKey(messageId))
  } catch {
    // Storage switched off: nothing was kept.
  }
}
