/**
 * Why the explorer asked someone for referrals against the advice, kept on
 * this device per message: the messages table has no place for it, and a
 * reason matters to the one who wrote it, on the draft it was given for.
 */

const storageKey = (messageId: string) => `coffeechat:referral-ask-reason:${messageId}`

/**
 * The reason given for asking in this message, if this device has it.
 *
 * @example referralReasonFor(message.id) // 'She offered names herself'
 */
export function referralReasonFor(messageId: string): string | null {
  try {
    return localStorage.getItem(storageKey(messageId))
  } catch {
    // Storage switched off: the explorer is asked again, nothing breaks.
    return null
  }
}

/**
 * Keeps the reason for asking anyway with the message it was given for.
 *
 * @example rememberReferralReason(message.id, 'She offered names herself')
 */
export function rememberReferralReason(messageId: string, reason: string): void {
  try {
    localStorage.setItem(storageKey(messageId), reason)
  } catch {
    // Private mode or a full disk: the reason lasts as long as the page.
  }
}
